import Foundation
import TestSupport
import Testing

/// The attacks of the room server's review, each through the real binary over real sockets:
/// devices made by bare requests, answers repeated by dropping the cookie, phones locked out by
/// forged links, slow and greedy clients, answers without the security headers, foreign host
/// names, invisible characters in answers.
@Suite(.serialized) struct RoomHardeningTests {
    static func results(_ scenario: Scenario, _ poll: String) throws -> [String: Any] {
        try scenario.council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
    }

    @Test func onlyAJoinWithARightCodeMakesADevice() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(kind: "yesno", question: "Appareils ?", ["--voters", "room"])
        let serve = try RoomServe(scenario.council, session: scenario.session)
        let early = serve.phone()
        #expect(try early.join(serve).body.contains("<legend>Appareils ?</legend>"))

        // Bare requests, and wrong codes, make no device: no cookie, nothing remembered.
        for target in ["/", "/vote", "/?room=ZZZZZZ", "/?member=ZZZZZZZZ", "/room.css"] {
            let reply = try serve.http.request("GET", target)
            #expect(reply.cookies.isEmpty, "\(target): \(reply.cookies)")
        }
        let page = try serve.http.request("GET", "/")
        #expect(page.status == 200 && page.body.contains("name=\"room\""))

        // One address joining again and again keeps only its last devices (12 by default):
        // its first is forgotten, the other phones of the room are not.
        let flood = (0..<13).map { _ in serve.phone(from: "127.0.0.2") }
        for phone in flood { #expect(try phone.join(serve).status == 200) }
        #expect(try flood[0].get("/vote").body.contains("name=\"room\""), "the first is forgotten")
        #expect(try flood[1].get("/vote").body.contains("<legend>Appareils ?</legend>"))
        #expect(
            try early.submit(try early.get("/vote"), to: "/vote", [("poll", poll), ("option", "0")]).status
                == 200)
        #expect(try Self.results(scenario, poll)["base"] as? Int == 1)
    }

    @Test func droppingTheCookieGivesOnlyAFewAnswersPerAddress() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(kind: "yesno", question: "Triche ?", ["--voters", "room"])
        let serve = try RoomServe(scenario.council, session: scenario.session)
        var statuses: [Int] = []
        for _ in 0..<5 {
            // A new phone each time: the same person without their cookie.
            let phone = serve.phone(from: "127.0.0.3")
            let reply = try phone.submit(
                try phone.join(serve), to: "/vote", [("poll", poll), ("option", "0")])
            statuses.append(reply.status)
            if reply.status == 429 { #expect(reply.body.contains("Assez de réponses"), "\(reply.body)") }
        }
        #expect(statuses == [200, 200, 200, 429, 429], "\(statuses)")
        #expect(try Self.results(scenario, poll)["base"] as? Int == 3)
        // Another address is another phone.
        let other = serve.phone(from: "127.0.0.4")
        #expect(
            try other.submit(try other.join(serve), to: "/vote", [("poll", poll), ("option", "1")]).status
                == 200)
        #expect(try Self.results(scenario, poll)["base"] as? Int == 4)
    }

    @Test func aCouncilBehindOneAddressRaisesTheLimit() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(kind: "yesno", question: "Proxy ?", ["--voters", "room"])
        let serve = try RoomServe(
            scenario.council, session: scenario.session, options: ["--per-address", "6"])
        for _ in 0..<6 {
            let phone = serve.phone(from: "127.0.0.5")
            #expect(
                try phone.submit(try phone.join(serve), to: "/vote", [("poll", poll), ("option", "0")]).status
                    == 200)
        }
        #expect(try Self.results(scenario, poll)["base"] as? Int == 6)
        for bad in ["0", "douze"] {
            let refused = try scenario.council.run(
                ["serve", scenario.session, "--listen", "127.0.0.1:1", "--per-address", bad],
                as: Scenario.facilitator)
            #expect(refused.status != 0)
            #expect(
                refused.stderr.contains("--per-address") || refused.stderr.contains("per-address"),
                "\(refused.stderr)")
        }
    }

    @Test func forgedLinksAndFormsDoNotLockAPhoneOut() throws {
        let scenario = try Scenario()
        let serve = try RoomServe(scenario.council, session: scenario.session)
        // What any site the phone visits can make it request: links with wrong codes, and
        // join forms posted without this server's token.
        var statuses: [Int: Int] = [:]
        for number in 0..<300 {
            let reply = try serve.http.request("GET", "/?room=ZZZ\(String(format: "%03d", number))")
            statuses[reply.status, default: 0] += 1
        }
        for _ in 0..<20 {
            let reply = try serve.http.request("POST", "/join", body: formEncoded([("room", "ZZZZZZ")]))
            #expect(reply.status == 403 && reply.body.contains("formulaire a expiré"))
        }
        #expect(statuses[429] == nil, "\(statuses)")
        #expect(statuses[403] == 100, "the server checks 100 link codes a minute: \(statuses)")
        // Beyond, a link's code is only filled in the form, even the right one.
        let link = try serve.http.request("GET", "/?room=" + serve.roomCode)
        #expect(link.cookies.isEmpty && link.body.contains("value=\"\(serve.roomCode)\""), "\(link.body)")
        // The phone at the same address joins with the form.
        let phone = serve.phone()
        let joined = try phone.submit(try phone.get("/"), to: "/join", [("room", serve.roomCode)])
        #expect(joined.status == 200 && joined.body.contains("Pas de question ouverte"), "\(joined.body)")
    }

    @Test func aThousandWrongCodesFromTheFormAreRateLimited() throws {
        let scenario = try Scenario()
        let serve = try RoomServe(scenario.council, session: scenario.session)
        let phone = serve.phone()
        var statuses: [Int: Int] = [:]
        for number in 0..<1000 {
            let guess = String(format: "%06d", number).map { "ABCDEFGHJK".map { $0 }[Int(String($0))!] }
            let reply = try phone.submit(try phone.get("/"), to: "/join", [("room", String(guess))])
            statuses[reply.status, default: 0] += 1
        }
        #expect(statuses[403] == 10, "\(statuses)")
        #expect(statuses[429] == 990, "\(statuses)")
        // Even the right code waits now: trying is no way to find it.
        #expect(try phone.submit(try phone.get("/"), to: "/join", [("room", serve.roomCode)]).status == 429)
        // Another address is not held up.
        #expect(try serve.phone(from: "127.0.0.6").join(serve).status == 200)
    }

    /// Sends `head` then `trickle` one byte a second from `address`, until the server closes the
    /// connection; returns how long it held on (nil: still open after `limit` seconds).
    static func slowClient(
        _ serve: RoomServe, from address: String, head: String, trickle: String, limit: Double
    )
        throws -> Double?
    {
        let socket = try serve.http.from(address).connect(timeout: 2)
        defer { close(socket) }
        let started = Date()
        let first = Array(head.utf8)
        _ = first.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        for byte in Array(trickle.utf8) {
            var one = byte
            if send(socket, &one, 1, Int32(MSG_NOSIGNAL)) < 0 { return Date().timeIntervalSince(started) }
            var probe: UInt8 = 0
            if recv(socket, &probe, 1, Int32(MSG_DONTWAIT)) == 0 { return Date().timeIntervalSince(started) }
            if Date().timeIntervalSince(started) > limit { return nil }
            sleep(1)
        }
        return nil
    }

    @Test func aSlowClientIsCutWhileOthersVote() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(kind: "yesno", question: "Lent ?", ["--voters", "room"])
        let serve = try RoomServe(scenario.council, session: scenario.session)
        let held = Held()
        let slow = Thread {
            // A body announced, then sent a byte a second; then headers a byte a second.
            held.body = try? Self.slowClient(
                serve, from: "127.0.0.7",
                head:
                    "POST /join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 60\r\n\r\n",
                trickle: String(repeating: "a", count: 60), limit: 30)
            held.headers = try? Self.slowClient(
                serve, from: "127.0.0.7", head: "GET / HTTP/1.1\r\n",
                trickle: "Host: 127.0.0.1\r\nX-Slow: " + String(repeating: "b", count: 60), limit: 30)
            held.done.signal()
        }
        slow.start()
        sleep(2)
        let phone = serve.phone()
        let voted = try phone.submit(try phone.join(serve), to: "/vote", [("poll", poll), ("option", "0")])
        #expect(voted.status == 200, "another phone votes meanwhile")
        held.done.wait()
        // Cut by the request deadline (10 s), with some slack for a loaded machine.
        #expect(held.body.map { $0 < 20 } == true, "slow body held for \(String(describing: held.body)) s")
        #expect(
            held.headers.map { $0 < 20 } == true,
            "slow headers held for \(String(describing: held.headers)) s")
        #expect(try Self.results(scenario, poll)["base"] as? Int == 1)
    }

    final class Held: @unchecked Sendable {
        var body: Double?
        var headers: Double?
        let done = DispatchSemaphore(value: 0)
    }

    @Test func oneAddressCannotHoldEveryConnection() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(kind: "yesno", question: "Connexions ?", ["--voters", "room"])
        let serve = try RoomServe(scenario.council, session: scenario.session)
        // 24 connections at once per address by default (8 per person expected): 40 idle ones.
        let sockets = try (0..<40).map { _ in try serve.http.from("127.0.0.8").connect(timeout: 1) }
        defer { sockets.forEach { close($0) } }
        // Before the request deadline (10 s) could close any of them.
        let started = Date()
        var closed: [Int32] = []
        while closed.count < 16, Date().timeIntervalSince(started) < 8 {
            usleep(200_000)
            closed = sockets.filter { socket in
                var probe: UInt8 = 0
                return recv(socket, &probe, 1, Int32(MSG_DONTWAIT)) == 0
            }
        }
        #expect(closed.count == 16, "closed at once: \(closed.count) of 40")
        let phone = serve.phone()
        #expect(
            try phone.submit(try phone.join(serve), to: "/vote", [("poll", poll), ("option", "1")]).status
                == 200)
    }

    static let securityHeaders = [
        "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Cache-Control",
        "X-Frame-Options",
    ]

    @Test func everyAnswerCarriesTheSecurityHeaders() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(kind: "text", question: "En-têtes ?", ["--voters", "room"])
        let serve = try RoomServe(scenario.council, session: scenario.session)
        let phone = serve.phone()
        let ballot = try phone.join(serve)
        let tooBig = try phone.submit(
            ballot, to: "/vote", [("poll", poll), ("text", String(repeating: "a", count: 200_000))])
        let notHTTP = try serve.http.exchange(
            Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\n\r\n".utf8))
        let replies: [(String, RawHTTP.Reply)] = [
            ("413", tooBig), ("400", notHTTP), ("404", try serve.http.request("GET", "/nowhere")),
            ("200", ballot), ("303", try serve.http.request("GET", "/vote")),
            (
                "421",
                try serve.http.exchange(
                    Array("GET / HTTP/1.1\r\nHost: rebind.example\r\nConnection: close\r\n\r\n".utf8))
            ),
        ]
        for (name, reply) in replies {
            #expect(String(reply.status) == name, "\(name): \(reply.status)")
            for header in Self.securityHeaders {
                #expect(reply.header(header) != nil, "\(name) without \(header)")
            }
            #expect(reply.header("Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
            #expect(
                reply.header("Cache-Control") == "no-store"
                    && reply.header("X-Content-Type-Options") == "nosniff")
        }
        #expect(tooBig.body.contains("Envoi trop long"), "\(tooBig.body)")
    }

    @Test func aHostNameThatIsNotAnAddressIsRefused() throws {
        let scenario = try Scenario()
        let serve = try RoomServe(scenario.council, session: scenario.session)
        let port = serve.port
        for host in ["rebind.example:\(port)", "192.168.1.10.evil.example", "localhost.evil.example:\(port)"]
        {
            let reply = try serve.http.exchange(
                Array("GET / HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8))
            #expect(reply.status == 421, "\(host): \(reply.status)")
            #expect(reply.body.contains("ouvrez l&#39;adresse affichée"), "\(reply.body)")
        }
        let noHost = try serve.http.exchange(Array("GET / HTTP/1.1\r\nConnection: close\r\n\r\n".utf8))
        #expect(noHost.status == 421 || noHost.status == 400, "\(noHost.status)")
        for host in [
            "127.0.0.1:\(port)", "localhost:\(port)", "192.168.1.10:\(port)", "[::1]:\(port)", "127.0.0.1",
        ] {
            let reply = try serve.http.exchange(
                Array("GET / HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8))
            #expect(reply.status == 200, "\(host): \(reply.status)")
        }
    }

    @Test func invisibleCharactersAreDroppedFromAnswers() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let words = try scenario.newPoll(kind: "words", question: "Un mot ?", ["--voters", "room"])
        let serve = try RoomServe(council, session: scenario.session)
        for (index, typed) in ["oui", "o\u{200B}ui", "\u{FEFF}oui\u{2060}", "o\u{202E}ui\u{200F}"]
            .enumerated()
        {
            let phone = serve.phone(from: "127.0.1.\(index + 1)")
            let reply = try phone.submit(
                try phone.join(serve), to: "/vote", [("poll", words), ("word", typed)])
            #expect(reply.status == 200, "\(reply.body)")
        }
        let answers = try Self.results(scenario, words)["answers"] as? [[String: Any]]
        #expect(
            answers?.count == 1 && answers?.first?["count"] as? Int == 4, "\(String(describing: answers))")
        // Invisible only: nothing is left to count.
        let blank = serve.phone(from: "127.0.1.9")
        #expect(
            try blank.submit(
                try blank.join(serve), to: "/vote", [("poll", words), ("word", "\u{200B}\u{200D}")]
            ).status == 409)
        try council.succeed(["poll", "close", words], as: Scenario.facilitator)

        // The same rule for `conseil vote`.
        let text = try scenario.newPoll(kind: "text", question: "Un texte ?")
        try council.succeed(["vote", text, "a\u{200C}b\u{2064}c"], as: Scenario.member)
        let texts = try Self.results(scenario, text)["texts"] as? [String]
        #expect(texts == ["abc"], "\(String(describing: texts))")
        #expect(try council.succeed(["check"]).status == 0)
    }
}

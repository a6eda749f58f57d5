import Foundation
import TestSupport
import Testing

/// Every request treated as hostile: form tokens, body size, paths that try to reach files,
/// bytes that are not text, a client that stalls (guessing the room code, slow and greedy
/// clients, foreign host names: RoomHardeningTests).
@Suite(.serialized) struct RoomHostileTests {
    static func base(_ scenario: Scenario, _ poll: String) throws -> Int? {
        try scenario.council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()["base"]
            as? Int
    }

    @Test func formsNeedTheDevicesOwnTokenOnce() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(kind: "yesno", question: "Jeton ?", ["--voters", "room"])
        let serve = try RoomServe(scenario.council, session: scenario.session)
        let phone = serve.phone()
        let ballot = try phone.join(serve)
        let before = try scenario.council.snapshot()

        let missing = try phone.post("/vote", [("poll", poll), ("option", "0")])
        #expect(missing.status == 403 && missing.body.contains("formulaire a expiré"), "\(missing.body)")
        let forged = try phone.post(
            "/vote", [("csrf", "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), ("poll", poll), ("option", "0")])
        #expect(forged.status == 403)
        // Another device's token is not this device's.
        let other = serve.phone()
        let otherBallot = try other.join(serve)
        let crossed = try phone.post(
            "/vote", [("csrf", Phone.csrf(in: otherBallot.body)!), ("poll", poll), ("option", "0")])
        #expect(crossed.status == 403)
        // Without the device cookie there is no device to hold a token.
        let bare = try serve.http.request(
            "POST", "/vote",
            body: formEncoded([("csrf", Phone.csrf(in: ballot.body)!), ("poll", poll), ("option", "0")]))
        #expect(bare.status == 403)
        #expect(try scenario.council.changes(since: before).isEmpty, "nothing written")

        #expect(try phone.submit(ballot, to: "/vote", [("poll", poll), ("option", "0")]).status == 200)
        let replayed = try phone.submit(ballot, to: "/vote", [("poll", poll), ("option", "0")])
        #expect(replayed.status == 403, "a form sent twice is refused the second time")
        #expect(try Self.base(scenario, poll) == 1)

        let cookie = try #require(missing.cookies.first ?? ballot.cookies.first)
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "\(cookie)")
        let policy = try #require(ballot.header("Content-Security-Policy"))
        #expect(policy.contains("default-src 'none'") && policy.contains("style-src 'self'"))
    }

    @Test func anOversizedBodyIsRefusedUnread() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(kind: "text", question: "Long ?", ["--voters", "room"])
        let serve = try RoomServe(scenario.council, session: scenario.session)
        let phone = serve.phone()
        let ballot = try phone.join(serve)
        let big = String(repeating: "a", count: 200_000)
        let reply = try phone.submit(ballot, to: "/vote", [("poll", poll), ("text", big)])
        #expect(reply.status == 413, "\(reply.status) \(reply.body.prefix(300))")
        #expect(try Self.base(scenario, poll) == 0)
    }

    @Test func noPathReachesAFile() throws {
        let scenario = try Scenario()
        let serve = try RoomServe(scenario.council, session: scenario.session)
        for target in [
            "/../council.json", "/%2e%2e/council.json", "/room.css/..%2F..%2Fcouncil.json",
            "/..%2Fcouncil.json",
            "/%2F%2Fetc%2Fpasswd", "/council.json", "/\(scenario.session)/session.json",
            "/vote/..%2F..%2F.git%2Fconfig",
            "/.git/conseil-room/codes-\(scenario.session).json",
        ] {
            let reply = try serve.http.request("GET", target)
            #expect(reply.status == 404 || reply.status == 400, "\(target): \(reply.status)")
            #expect(!reply.body.contains("Rennes") && !reply.body.contains("root:"), "\(target)")
        }
        let page = try serve.http.request("GET", "/nowhere")
        #expect(page.body.contains("Cette page n&#39;existe pas"))
    }

    @Test func bytesThatAreNotTextStayInert() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let poll = try scenario.newPoll(kind: "text", question: "Bruit ?", ["--voters", "room"])
        let serve = try RoomServe(council, session: scenario.session)
        let phone = serve.phone()
        let ballot = try phone.join(serve)
        // Invalid UTF-8, an escape sequence, a bidi override, and markup.
        let body = Array(
            "csrf=\(Phone.csrf(in: ballot.body)!)&poll=\(poll)&text=ok%FF%FE%1B%5B31m%E2%80%AE<b>x</b>".utf8)
        let reply = try phone.http.request(
            "POST", "/vote", headers: ["Cookie": "conseil_device=" + phone.cookies["conseil_device"]!],
            body: body)
        #expect(reply.status == 200, "\(reply.body)")
        #expect(!reply.body.contains("\u{1B}") && !reply.body.contains("<b>"), "\(reply.body)")
        let results = try council.succeed(["poll", "results", poll])
        #expect(
            !results.stdout.contains("\u{1B}") && !results.stdout.contains("\u{202E}"), "\(results.stdout)")
        #expect(results.stdout.contains("ok\u{FFFD}\u{FFFD}␛[31m"), "\(results.stdout)")
        // The wall (projector view) shows it inert too.
        // Revealed (question → count → answers), as the facilitator shows it.
        let wall = try council.succeed([
            "projector", poll, "--keys", "<Right><Right>", "--dump", "--size", "120x40",
        ])
        #expect(!wall.stdout.contains("\u{1B}") && !wall.stdout.contains("\u{202E}"), "\(wall.stdout)")
        // …and shows it: the escape in its visible form, so the check above is not of an empty wall.
        #expect(wall.stdout.contains("␛[31m"), "\(wall.stdout)")
        #expect(try council.succeed(["check"]).status == 0)
    }

    @Test func aStalledClientDoesNotHoldOthersUp() throws {
        let scenario = try Scenario()
        let serve = try RoomServe(scenario.council, session: scenario.session)
        // Half a request, and then nothing.
        let stalled = try serve.http.connect(timeout: 30)
        defer { close(stalled) }
        let partial = Array("GET /vote HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".utf8)
        _ = partial.withUnsafeBytes { send(stalled, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        let started = Date()
        for _ in 0..<20 { #expect(try serve.phone().get("/").status == 200) }
        #expect(Date().timeIntervalSince(started) < 10, "the others were served meanwhile")
        // The server closes the stalled connection after its idle timeout.
        var byte: UInt8 = 0
        let read = recv(stalled, &byte, 1, 0)
        #expect(read <= 0 || Date().timeIntervalSince(started) < 30)
        #expect(Date().timeIntervalSince(started) < 29, "closed by the server, not by our own timeout")
    }
}

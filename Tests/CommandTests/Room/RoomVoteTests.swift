import Foundation
import TestSupport
import Testing

/// The room server driven over HTTP the way a phone drives it: the join URL, the ballot page,
/// the confirmation, the waiting page; every ballot lands where `conseil vote` puts it.
@Suite(.serialized) struct RoomVoteTests {
    /// The members' personal codes, as `session cards --format text` prints them.
    static func codes(_ scenario: Scenario) throws -> [String: String] {
        let text = try scenario.council.succeed(
            ["session", "cards", scenario.session, "--format", "text"], as: Scenario.facilitator)
        return Dictionary(
            uniqueKeysWithValues: text.stdout.split(separator: "\n").map {
                let parts = $0.split(separator: "\t")
                return (String(parts[0]), String(parts[2]))
            })
    }

    static func results(_ scenario: Scenario, _ poll: String) throws -> [String: Any] {
        try scenario.council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
    }

    @Test func theRoomAnswersEachKindOncePerDevice() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let serve = try RoomServe(council, session: scenario.session)
        let phone = serve.phone()
        let landing = try phone.join(serve)
        #expect(landing.status == 200)
        #expect(landing.body.contains("Pas de question ouverte"), "\(landing.body)")

        let cases: [(kind: String, extra: [String], fields: [(String, String)], stored: [String])] = [
            ("yesno", ["--abstain"], [("option", "2")], ["Abstention"]),
            (
                "choice", ["--option", "Vélo", "--option", "Bus", "--option", "Tram"], [("option", "1")],
                ["Bus"]
            ),
            (
                "multi", ["--option", "A", "--option", "B", "--option", "C", "--max-answers", "2"],
                [("option", "0"), ("option", "2")], ["A", "C"]
            ),
            (
                "words", ["--max-answers", "3"],
                [("word", "Partage"), ("word", ""), ("word", "Lien social")],
                ["Partage", "Lien social"]
            ),
            (
                "text", [], [("text", "Plus d'ateliers <le soir> & le week-end")],
                ["Plus d'ateliers <le soir> & le week-end"]
            ),
        ]
        for (index, item) in cases.enumerated() {
            let question = "Question \(index + 1) (\(item.kind)) ?"
            let poll = try scenario.newPoll(
                kind: item.kind, question: question, item.extra + ["--voters", "room"])
            let ballot = try phone.get("/vote")
            #expect(ballot.status == 200)
            #expect(ballot.body.contains("<legend>\(question)</legend>"), "\(ballot.body)")
            #expect(ballot.body.utf8.count < 30_000)
            if item.kind == "multi" { #expect(ballot.body.contains("Jusqu&#39;à 2 réponses")) }
            if item.kind == "words" {
                #expect(ballot.body.components(separatedBy: "name=\"word\"").count == 4)
            }
            let confirmation = try phone.submit(ballot, to: "/vote", [("poll", poll)] + item.fields)
            #expect(confirmation.status == 200, "\(confirmation.body)")
            #expect(confirmation.body.contains("Réponse enregistrée"))
            #expect(!confirmation.body.contains("<le soir>"), "typed text is escaped")

            let stored = try council.snapshot().filter {
                $0.key.hasPrefix("\(scenario.session)/polls/\(poll)/participants/")
                    && $0.key.hasSuffix(".json")
            }
            #expect(stored.count == 1)
            let record = try #require(
                JSONSerialization.jsonObject(with: stored.first!.value) as? [String: Any])
            #expect(record["answers"] as? [String] == item.stored)
            #expect(record["voter"] == nil && record["at"] == nil, "a participant ballot names nobody")

            let results = try Self.results(scenario, poll)
            #expect(results["base"] as? Int == 1)
            #expect(try council.succeed(["poll", "results", poll]).stdout.contains("Base : 1 participant"))

            // Once per device: the page now waits, and a second answer is refused.
            let again = try phone.get("/vote")
            #expect(again.body.contains("Votre réponse est enregistrée"), "\(again.body)")
            let second = try phone.submit(ballot, to: "/vote", [("poll", poll)] + item.fields)
            #expect(second.status == 403 || second.status == 409)
            #expect(try Self.results(scenario, poll)["base"] as? Int == 1)

            // Another phone counts too.
            let other = serve.phone()
            try other.join(serve)
            try other.submit(try other.get("/vote"), to: "/vote", [("poll", poll)] + item.fields)
            #expect(try Self.results(scenario, poll)["base"] as? Int == 2)
            if index == 0 {
                // The facilitator's polls screen counts them.
                let screen = try council.succeed(
                    ["tui", "--size", "120x40", "--keys", "2<Enter>", "--dump"], as: Scenario.facilitator)
                #expect(screen.stdout.contains("Base : 2 participants"), "\(screen.stdout)")
            }
            try council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        }
        #expect(try council.succeed(["check"]).status == 0)
    }

    @Test func membersVoteWithTheirCodeAndMayVoteAgain() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let codes = try Self.codes(scenario)
        #expect(codes.count == 3 && codes.values.allSatisfy { $0.count == 8 })
        #expect(codes.values.allSatisfy { !$0.contains(where: "O0I1".contains) })
        let poll = try scenario.newPoll(kind: "yesno", question: "Budget adopté ?", ["--abstain"])
        let serve = try RoomServe(council, session: scenario.session)

        // The room code alone does not make a member.
        let guest = serve.phone()
        let asked = try guest.join(serve)
        #expect(asked.body.contains("réservé aux membres"), "\(asked.body)")
        let wrong = try guest.submit(asked, to: "/member", [("member", "ZZZZZZZZ")])
        #expect(wrong.status == 403 && wrong.body.contains("Code personnel inconnu"))
        let notMember = try guest.post(
            "/vote", [("csrf", Phone.csrf(in: wrong.body) ?? ""), ("poll", poll), ("option", "0")])
        #expect(
            notMember.status == 403 && notMember.body.contains("réservé aux membres"), "\(notMember.body)")
        #expect(try Self.results(scenario, poll)["base"] as? Int == 0)

        // Marc's card: its QR code holds the URL with his code.
        let marc = serve.phone()
        let ballot = try marc.get("/?member=" + codes[Scenario.member]!)
        #expect(ballot.body.contains("<legend>Budget adopté ?</legend>"), "\(ballot.body)")
        try marc.submit(ballot, to: "/vote", [("poll", poll), ("option", "0")])
        let first = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect((first["options"] as? [[String: Any]])?.first?["count"] as? Int == 1)
        let file = "\(scenario.session)/polls/\(poll)/ballots/\(Scenario.member).json"
        #expect(try council.snapshot()[file] != nil, "a named ballot, as `conseil vote` writes it")

        // Voting again replaces the ballot.
        let again = try marc.get("/vote")
        #expect(again.body.contains("Vous avez voté : Oui"), "\(again.body)")
        try marc.submit(again, to: "/vote", [("poll", poll), ("option", "1")])
        let second = try Self.results(scenario, poll)
        #expect(second["base"] as? Int == 1)
        #expect((second["options"] as? [[String: Any]])?.map { $0["count"] as? Int } == [0, 1, 0])

        // Sam joins with the room code and his own code on the join form.
        let sam = serve.phone()
        let form = try sam.get("/")
        try sam.submit(
            form, to: "/join",
            [("room", serve.roomCode.lowercased()), ("member", codes[Scenario.secretary]!)])
        try sam.submit(try sam.get("/vote"), to: "/vote", [("poll", poll), ("option", "0")])
        #expect(try Self.results(scenario, poll)["base"] as? Int == 2)

        // Closed: refused with a clear page; then the results reach the phones.
        let stale = try marc.get("/vote")
        try council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        let late = try marc.submit(stale, to: "/vote", [("poll", poll), ("option", "0")])
        #expect(
            late.status == 409 && late.body.contains("on ne vote que dans un scrutin ouvert"), "\(late.body)")
        let waiting = try marc.get("/vote")
        #expect(
            waiting.body.contains("Résultats") && waiting.body.contains("Base : 2 votants"), "\(waiting.body)"
        )
    }

    @Test func anonymousMembersPollKeepsItsGuarantees() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let codes = try Self.codes(scenario)
        let poll = try scenario.newPoll(kind: "yesno", question: "Secret ?", ["--anonymous"])
        let serve = try RoomServe(council, session: scenario.session)
        let marc = serve.phone()
        let ballot = try marc.get("/?member=" + codes[Scenario.member]!)
        #expect(try marc.submit(ballot, to: "/vote", [("poll", poll), ("option", "0")]).status == 200)
        let snapshot = try council.snapshot()
        let ballots = snapshot.keys.filter { $0.contains("/\(poll)/ballots/") && $0.hasSuffix(".json") }
        #expect(ballots.count == 1 && !ballots[0].contains(Scenario.member), "the ballot's name is random")
        #expect(!String(decoding: snapshot[ballots[0]]!, as: UTF8.self).contains(Scenario.member))
        let waiting = try marc.get("/vote")
        #expect(waiting.body.contains("Vous avez voté à ce scrutin anonyme"))
        let twice = try marc.post(
            "/vote", [("csrf", Phone.csrf(in: ballot.body) ?? ""), ("poll", poll), ("option", "1")])
        #expect(twice.status == 403, "the old form is spent")
    }

    @Test func refusalsAreClearPages() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let multi = try scenario.newPoll(
            kind: "multi", question: "Deux au plus",
            ["--option", "A", "--option", "B", "--option", "C", "--max-answers", "2", "--voters", "room"])
        let serve = try RoomServe(council, session: scenario.session, lang: "en")
        let phone = serve.phone(language: "en-GB,en;q=0.9,fr;q=0.5")
        let ballot = try phone.join(serve)
        #expect(
            ballot.body.contains("<html lang=\"en\">") && ballot.body.contains("Up to 2 answers"),
            "\(ballot.body)")
        let over = try phone.submit(
            ballot, to: "/vote", [("poll", multi), ("option", "0"), ("option", "1"), ("option", "2")])
        #expect(over.status == 409 && over.body.contains("give 1 to 2 answers"), "\(over.body)")
        let empty = try phone.submit(try phone.get("/vote"), to: "/vote", [("poll", multi)])
        #expect(empty.status == 409)
        let unknown = try phone.submit(
            try phone.get("/vote"), to: "/vote", [("poll", "q-nowhere"), ("option", "0")])
        #expect(unknown.status == 404 && unknown.body.contains("Unknown poll"))
        let stale = try phone.get("/vote")
        try council.succeed(["poll", "close", multi], as: Scenario.facilitator)
        let page = try phone.get("/vote")
        let refused = try phone.submit(stale, to: "/vote", [("poll", multi), ("option", "0")])
        #expect(
            refused.status == 409 && refused.body.contains("votes are taken only while it is open"),
            "\(refused.body)")
        #expect(page.body.contains("Waiting"))
        #expect(try Self.results(scenario, multi)["base"] as? Int == 0)
    }

    @Test func theWaitingPageMovesToTheNextQuestion() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let hidden = try scenario.newPoll(
            kind: "yesno", question: "Caché ?", ["--hide-results", "--voters", "room"])
        let serve = try RoomServe(council, session: scenario.session)
        let phone = serve.phone()
        try phone.submit(try phone.join(serve), to: "/vote", [("poll", hidden), ("option", "0")])
        try council.succeed(["poll", "close", hidden], as: Scenario.facilitator)
        let waiting = try phone.get("/vote")
        #expect(
            waiting.body.contains(
                "<noscript><meta http-equiv=\"refresh\" content=\"4;url=/vote\"></noscript>"))
        #expect(waiting.body.contains("<script src=\"/room.js\" defer></script>"))
        #expect(!waiting.body.contains("Résultats"), "hidden results stay off the phones")

        // The event stream says when another question opens.
        let started = Date()
        let next = try scenario.newPoll(
            kind: "yesno", question: "Suivante ?", ["--voters", "room"], open: false)
        let opened = DispatchSemaphore(value: 0)
        let opener = Thread {
            usleep(1_500_000)
            _ = try? council.succeed(["poll", "open", next], as: Scenario.facilitator)
            opened.signal()
        }
        opener.start()
        let events = try phone.get("/events?poll=")
        #expect(events.header("Content-Type") == "text/event-stream")
        #expect(events.body.contains("data: next"), "\(events.body)")
        #expect(Date().timeIntervalSince(started) < 30)
        // An event may come early (the close seen late, under load): the page then waits again.
        opened.wait()
        #expect(try phone.get("/vote").body.contains("<legend>Suivante ?</legend>"))
    }
}

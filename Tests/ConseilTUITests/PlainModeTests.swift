import ConseilCore
import ConseilTUI
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// The plain line mode driven through a pipe, as a screen reader user drives it: numbered
/// menus read line by line, answers typed one per line, no escape sequence in what comes out.
@Suite("The plain line mode (--plain, TERM=dumb) through a pipe", .timeLimit(.minutes(2)))
struct PlainModeTests {
    /// Runs `conseil` with `arguments` reading `input` from a pipe; its stdout and status.
    static func run(
        _ fixture: CouncilFixture, _ arguments: [String], input: [String], term: String = "xterm-256color"
    ) throws -> ProcessOutput {
        let binary = try ConseilBinary.require()
        let file = fixture.base.appendingPathComponent("input-\(UUID().uuidString).txt").path
        try (input.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        var environment = LiveApp.environment(fixture)
        environment["TERM"] = term
        return try runProcess(
            "/bin/sh", ["-c", "f=\"$1\"; shift; cat \"$f\" | \"$0\" \"$@\"", binary, file] + arguments,
            environment: environment,
            timeout: 60)
    }

    static func snapshot(_ fixture: CouncilFixture) throws -> Snapshot {
        try Snapshot.load(from: fixture.root, session: nil, today: CouncilFixture.day)
    }

    @Test func aMemberReadsAProposalsTimelineAndVotes() throws {
        let fixture = try CouncilFixture()
        let data = try Self.snapshot(fixture)
        let proposal =
            try #require(data.proposals.firstIndex { $0.proposal.id == CouncilFixture.seniors }) + 1
        let poll = try #require(data.polls.firstIndex { $0.poll.id == CouncilFixture.yesNoPoll }) + 1
        // Main menu of a member: 1 agenda, 2 polls, 3 minutes, 4 proposals.
        let output = try Self.run(
            fixture, ["--plain", "--member", "m35"],
            input: ["4", "\(proposal)", "0", "2", "\(poll)", "1", "0", "0"])
        #expect(output.status == 0, "\(output.summary)")
        let text = output.stdout
        #expect(text.contains("Vous êtes Votant 35, membre."), "\(text)")
        #expect(text.contains("Menu principal, 4 choix :\n1. Ordre du jour\n"), "\(text)")
        #expect(!text.contains("Prendre les présences"), "a member is offered only what they may do")
        #expect(text.contains("Historique :\n"), "\(text)")
        #expect(text.contains("Ateliers numériques pour les seniors"))
        #expect(text.contains("en cours (40 %)"), "the timeline, with its progress: \(text)")
        #expect(text.contains("Oui : 15 voix, 44,12"), "\(text)")
        #expect(text.contains("Vote enregistré : Oui."), "\(text)")
        #expect(!text.contains("\u{1B}"), "no escape sequence")
        let ballots = fixture.root.ballots(of: try fixture.root.poll(CouncilFixture.yesNoPoll)).values
        #expect(ballots.contains { $0.voter == "m35" && $0.answers == ["Oui"] })
    }

    /// Under TERM=dumb, without --plain: the secretary records a member present and writes a note.
    @Test func theSecretaryTakesAttendanceAndWritesANote() throws {
        let fixture = try CouncilFixture()
        let data = try Self.snapshot(fixture)
        let member = try #require(data.council.members.firstIndex { $0.id == "m36" }) + 1
        let item = data.agenda[0]
        // Main menu of the secretary: … 5 attendance, 6 note; the note's place: 1 the session, 2 the first item.
        let output = try Self.run(
            fixture, ["--member", "sam"],
            input: ["5", "\(member)", "1", "0", "6", "2", "Élus présents : tous", "Deuxième ligne", "", "0"],
            term: "dumb")
        #expect(output.status == 0, "\(output.summary)")
        let text = output.stdout
        #expect(text.contains("Votant 36 : absent·e"), "\(text)")
        #expect(text.contains("Enregistré : Votant 36, présent·e."), "\(text)")
        #expect(text.contains("Note enregistrée."), "\(text)")
        #expect(!text.contains("\u{1B}"), "no escape sequence, no cursor addressing")
        let attendance = fixture.root.attendance(session: fixture.session).values
        #expect(attendance.contains { $0.member == "m36" && $0.status == .present && $0.by == "sam" })
        let entries = fixture.root.minutesEntries(session: fixture.session).values
        #expect(
            entries.contains {
                $0.body == "Élus présents : tous\nDeuxième ligne" && $0.item == item.id && $0.by == "sam"
            })
    }

    /// A wrong answer says what to type and asks again; a member's refused change says why.
    @Test func wrongAnswersAreExplained() throws {
        let fixture = try CouncilFixture()
        let output = try Self.run(fixture, ["--plain", "--member", "marc"], input: ["9", "deux", "0"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Choix inconnu : tapez un numéro de 0 à 4."), "\(output.stdout)")
        #expect(output.stdout.hasSuffix("Au revoir.\n"))
    }

    /// Opens a poll made by the facilitator through the use cases; its number in the plain
    /// mode's list of polls.
    static func openPoll(_ fixture: CouncilFixture, _ draft: PollDraft) throws -> (id: String, number: Int) {
        let anne = try fixture.root.requireCouncil().requireMember("anne")
        let facilitator = UseCases(
            root: fixture.root, actor: .member(anne, restricted: false), now: CouncilFixture.now)
        let poll = try facilitator.createPoll(draft)
        _ = try facilitator.openPoll(poll.id)
        let number = try #require(try Self.snapshot(fixture).polls.firstIndex { $0.poll.id == poll.id }) + 1
        return (poll.id, number)
    }

    /// The prompt says « un numéro »: a number is the option read out at that place, even when
    /// the options are themselves numbers (on the old code « 1 » recorded the option named
    /// « 1 », the third read out). A number out of the list is explained and asked again.
    @Test func aNumberIsTheOptionReadOutAtThatPlace() throws {
        let fixture = try CouncilFixture()
        let poll = try Self.openPoll(
            fixture,
            PollDraft(
                session: fixture.session, kind: .choice, question: "Combien de réunions par an ?",
                options: ["3", "2", "1"]))
        let output = try Self.run(
            fixture, ["--plain", "--member", "m35"], input: ["2", "\(poll.number)", "7", "1", "0", "0"])
        #expect(output.status == 0, "\(output.summary)")
        #expect(output.stdout.contains("1. 3\n2. 2\n3. 1\n"), "\(output.stdout)")
        #expect(output.stdout.contains("Tapez un numéro de 1 à 3."), "\(output.stdout)")
        #expect(output.stdout.contains("Vote enregistré : 3."), "\(output.stdout)")
        let ballots = fixture.root.ballots(of: try fixture.root.poll(poll.id)).values
        #expect(ballots.map(\.answers) == [["3"]], "the first option read out, not the one named « 1 »")
    }

    /// A majority-judgment poll is voted option by option, a grade by its number in the scale
    /// read out once (on the old code the plain mode sent the member to `conseil vote`).
    @Test func aGradedPollIsVotedOptionByOption() throws {
        let fixture = try CouncilFixture()
        let poll = try Self.openPoll(
            fixture,
            PollDraft(
                session: fixture.session, kind: .grades, question: "Quels projets financer ?",
                options: ["Fablab", "Café numérique", "Repair café"]))
        let scale = try fixture.root.poll(poll.id).scale
        // Fablab: the best grade; Café numérique: first a grade past the scale, then the second;
        // Repair café: left ungraded.
        let output = try Self.run(
            fixture, ["--plain", "--member", "m35"],
            input: ["2", "\(poll.number)", "1", "\(scale.count + 1)", "2", "", "0", "0"])
        #expect(output.status == 0, "\(output.summary)")
        let text = output.stdout
        #expect(text.contains("1. \(scale[0])\n2. \(scale[1])\n"), "the scale, numbered: \(text)")
        #expect(text.contains("Mention pour « Fablab » : un numéro de 1 à \(scale.count)"), "\(text)")
        #expect(text.contains("Tapez un numéro de 1 à \(scale.count)."), "\(text)")
        #expect(text.contains("Vote enregistré : "), "\(text)")
        #expect(!text.contains("conseil vote"), "no one is sent to the command line: \(text)")
        let expected = try fixture.root.poll(poll.id).answers(grading: [0, 1, nil])
        let ballots = fixture.root.ballots(of: try fixture.root.poll(poll.id)).values
        #expect(ballots.map(\.answers) == [expected], "\(ballots.map(\.answers))")
    }

    /// Under LANG=C the lines are transliterated, as on screen.
    @Test func withoutUTF8TheLinesAreASCII() throws {
        let fixture = try CouncilFixture()
        let binary = try ConseilBinary.require()
        var environment = LiveApp.environment(fixture).merging(["LANG": "C"]) { $1 }
        environment["TERM"] = "dumb"
        let output = try runProcess(binary, ["--member", "marc"], environment: environment, timeout: 60)
        #expect(output.stdout.contains("Seance : Seminaire numerique"), "\(output.stdout)")
        #expect(output.stdout.allSatisfy({ $0.isASCII }))
    }
}

// A file that cannot be read is reported with its path and the reason, the rest loads, and
// no write ever replaces it: the person repairs it, so nothing it holds is lost.
import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

/// The ways a file can be unreadable, each on a different kind of record.
enum Breakage: String, CaseIterable, Sendable {
    case truncatedSession, truncatedPoll, truncatedCouncil, invalidUTF8Ballot, wrongTypeAgendaItem,
        unknownSchemaEvent, tooLargeMinutesEntry, directoryAttendance

    /// What `check()` must say, in English.
    var reason: String {
        switch self {
        case .truncatedSession, .truncatedPoll, .truncatedCouncil: "truncated or malformed"
        case .invalidUTF8Ballot: "not UTF-8"
        case .wrongTypeAgendaItem: "“position” has an unexpected type"
        case .unknownSchemaEvent: "unknown format version 99"
        case .tooLargeMinutesEntry: "file too large"
        case .directoryAttendance: "not a regular file"
        }
    }
}

/// A data root with two of most things, so that one broken record leaves others to load.
private struct World {
    let root: DataRoot
    let written: Fixture.Everything
    let secondSession: Session
    let draftPoll: Poll
    let secondItem: AgendaItem
    let secondEntry: MinutesEntry
    let secondProposal: Proposal
    let laterEvent: ProposalEvent

    init(at path: String) throws {
        root = try Fixture.root(at: path)
        written = try Fixture.everything(in: root)
        let session = written.session
        secondSession = try Fixture.session(in: root, title: "Séance de décembre")
        draftPoll = try Poll.make(
            id: Fixture.newId("q"), session: session.id, item: nil, kind: .choice, question: "Quel jour ?",
            options: ["Lundi", "Mardi"], abstain: false, maxAnswers: nil, anonymous: false,
            hideResults: false,
            after: nil, createdAt: Fixture.now, createdBy: "anim")
        try root.save(draftPoll)
        secondItem = AgendaItem(
            id: Fixture.newId("a"), session: session.id, title: "Budget", position: 2000, duration: nil,
            presenter: nil)
        try root.save(secondItem)
        secondEntry = MinutesEntry(
            id: Fixture.newId("m"), session: session.id, item: nil, kind: .decision, text: "Adopté", who: nil,
            due: nil, at: Fixture.now, by: "sec")
        try root.save(secondEntry)
        secondProposal = try Fixture.proposal(in: root, title: "Des ateliers de médiation")
        laterEvent = ProposalEvent(
            id: Fixture.newId("e", at: Timestamp(seconds: Fixture.now.milliseconds / 1000 + 60)),
            proposal: secondProposal.id, at: Timestamp(seconds: Fixture.now.milliseconds / 1000 + 60),
            by: "sec",
            status: .underStudy, note: "À l'étude")
        try root.append(laterEvent)
    }

    var sessionFolder: String { root.sessionPath(written.session.id) }

    /// The file each breakage spoils.
    func path(_ breakage: Breakage) -> String {
        switch breakage {
        case .truncatedSession: root.sessionPath(secondSession.id) + "/session.json"
        case .truncatedPoll: sessionFolder + "/polls/\(draftPoll.id)/poll.json"
        case .truncatedCouncil: root.councilPath
        case .invalidUTF8Ballot: sessionFolder + "/polls/\(written.poll.id)/ballots/m02.json"
        case .wrongTypeAgendaItem: sessionFolder + "/agenda/\(secondItem.id).json"
        case .unknownSchemaEvent: root.proposalsPath + "/\(secondProposal.id)/events/\(laterEvent.id).json"
        case .tooLargeMinutesEntry: sessionFolder + "/minutes/\(secondEntry.id).json"
        case .directoryAttendance: sessionFolder + "/attendance/m02.json"
        }
    }

    /// Spoils the file.
    func spoil(_ breakage: Breakage) throws {
        let path = path(breakage)
        switch breakage {
        case .truncatedSession, .truncatedPoll, .truncatedCouncil:
            let bytes = try readBytes(path)
            try writeBytes(Array(bytes.prefix(bytes.count / 2)), to: path)
        case .invalidUTF8Ballot:
            // Valid JSON around an invalid UTF-8 sequence (0xC3 0x28).
            let bytes =
                Array(#"{"schema": 1, "poll": "\#(written.poll.id)", "voter": "m02", "answers": ["N"#.utf8)
                + [0xC3, 0x28]
                + Array(#""]}"#.utf8)
            try writeBytes(bytes, to: path)
        case .wrongTypeAgendaItem:
            try rewriteJSON(path) { $0["position"] = "premier" }
        case .unknownSchemaEvent:
            try rewriteJSON(path) { $0["schema"] = 99 }
        case .tooLargeMinutesEntry:
            // Well-formed JSON, but more than 1 MiB.
            try rewriteJSON(path) {
                $0["text"] = [String(repeating: "x", count: FileReader.maxRecordSize + 10)]
            }
        case .directoryAttendance:
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
    }

    private func rewriteJSON(_ path: String, _ change: (inout [String: Any]) -> Void) throws {
        var object = try jsonObject(path)
        change(&object)
        try writeBytes(
            [UInt8](
                try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])),
            to: path)
    }

    /// Tries to write a new version of the spoiled record through the public API.
    func overwrite(_ breakage: Breakage) throws {
        switch breakage {
        case .truncatedSession: try root.save(secondSession)
        case .truncatedPoll: try root.save(draftPoll)
        case .truncatedCouncil: try root.saveCouncil(Council(name: "Conseil réécrit"))
        case .invalidUTF8Ballot:
            try root.castBallot(poll: written.poll, member: "m02", answers: [Poll.yes], at: Fixture.now)
        case .wrongTypeAgendaItem: try root.save(secondItem)
        case .unknownSchemaEvent: try root.replace(laterEvent, at: path(breakage))
        case .tooLargeMinutesEntry: try root.save(secondEntry)
        case .directoryAttendance:
            try root.save(
                Attendance(member: "m02", status: .present, at: Fixture.now, by: "sec"),
                session: written.session.id)
        }
    }

    /// How many records each loader finds, by loader and folder (folders with none left out).
    func census() -> [String: Int] {
        var counts: [String: Int] = [:]
        let sessions = root.sessions().values
        counts["sessions"] = sessions.count
        for session in sessions {
            counts["attendance \(session.id)"] = root.attendance(session: session.id).values.count
            counts["agenda \(session.id)"] = root.agenda(session: session.id).values.count
            counts["minutes \(session.id)"] = root.minutesEntries(session: session.id).values.count
            let polls = root.polls(session: session.id).values
            counts["polls \(session.id)"] = polls.count
            for poll in polls {
                counts["ballots \(poll.id)"] = root.ballots(of: poll).values.count
                counts["counts \(poll.id)"] = root.handCounts(of: poll).values.count
            }
        }
        let proposals = root.proposals().values
        counts["proposals"] = proposals.count
        for record in proposals { counts["events \(record.proposal.id)"] = record.history.count }
        return counts.filter { $0.value > 0 }
    }

    /// The census entry that loses one record when the file is spoiled (nil: none, the council).
    func lostRecord(_ breakage: Breakage) -> String? {
        switch breakage {
        case .truncatedSession: "sessions"
        case .truncatedPoll: "polls \(written.session.id)"
        case .truncatedCouncil: nil
        case .invalidUTF8Ballot: "ballots \(written.poll.id)"
        case .wrongTypeAgendaItem: "agenda \(written.session.id)"
        case .unknownSchemaEvent: "events \(secondProposal.id)"
        case .tooLargeMinutesEntry: "minutes \(written.session.id)"
        case .directoryAttendance: "attendance \(written.session.id)"
        }
    }
}

@Suite("Unreadable files")
struct UnreadableFileTests {
    @Test(
        "an unreadable file is reported with its path and reason, and the rest loads",
        arguments: Breakage.allCases)
    func reportedAndRestLoads(_ breakage: Breakage) throws {
        try withScratch { scratch in
            let world = try World(at: scratch.data)
            #expect(world.root.check() == [])
            let before = world.census()
            try world.spoil(breakage)

            let problems = world.root.check()
            #expect(problems.map(\.path) == [world.path(breakage)])
            #expect(problems.first?.reason.en.contains(breakage.reason) == true, "\(problems)")
            #expect(problems.first?.reason.fr.isEmpty == false)

            var expected = before
            if let lost = world.lostRecord(breakage) { expected[lost]! -= 1 }
            #expect(world.census() == expected)
        }
    }

    // One's own unreadable ballot is set aside instead (see binarySetsBallotAside).
    @Test(
        "a write never replaces an unreadable file",
        arguments: Breakage.allCases.filter { $0 != .invalidUTF8Ballot })
    func neverOverwritten(_ breakage: Breakage) throws {
        try withScratch { scratch in
            let world = try World(at: scratch.data)
            try world.spoil(breakage)
            let path = world.path(breakage)
            let before = isDirectoryAt(path) ? nil : try readBytes(path)

            let error = try #require(throws: ConseilError.self) { try world.overwrite(breakage) }
            #expect(error.message.en.contains(path), "\(error.message.en)")
            if let before {
                #expect(try readBytes(path) == before)
            } else {
                #expect(isDirectoryAt(path))
            }
            #expect(dotFiles(under: scratch.data).isEmpty)
        }
    }

    @Test("check lists every unreadable file at once, sorted by path")
    func allAtOnce() throws {
        try withScratch { scratch in
            let world = try World(at: scratch.data)
            for breakage in Breakage.allCases where breakage != .truncatedCouncil {
                try world.spoil(breakage)
            }
            let expected = Breakage.allCases.filter { $0 != .truncatedCouncil }.map(world.path).sorted()
            #expect(world.root.check().map(\.path) == expected)

            let check = try runConseil(
                ["check"], environment: Binary.environment(data: scratch.data))
            #expect(check.termination == .exited(1))
            for path in expected { #expect(check.stdout.contains(path), "\(check.stdout)") }
        }
    }

    @Test(
        "the binary sets one's own unreadable ballot aside, and refuses to change a status over an unreadable history"
    )
    func binarySetsBallotAside() throws {
        try withScratch { scratch in
            let world = try World(at: scratch.data)
            try world.spoil(.invalidUTF8Ballot)
            try world.spoil(.unknownSchemaEvent)
            let ballot = try readBytes(world.path(.invalidUTF8Ballot))
            let environment = Binary.environment(data: scratch.data)

            let vote = try runConseil(
                ["vote", world.written.poll.id, "Oui", "--member", "m02"], environment: environment)
            #expect(vote.succeeded, "\(vote.stderr)")
            let ballots = parent(of: world.path(.invalidUTF8Ballot))
            let copies = FileReader.entries(ballots).map(\.name).filter {
                $0.hasPrefix(".m02.conflict-unreadable")
            }
            #expect(copies.count == 1, "\(FileReader.entries(ballots).map(\.name))")
            #expect(try copies.map { try readBytes(ballots + "/" + $0) } == [ballot], "nothing is lost")

            let events = FileReader.list(world.root.proposalsPath + "/\(world.secondProposal.id)/events")
            let status = try runConseil(
                ["proposal", "status", world.secondProposal.id, "adoptee", "--member", "sec"],
                environment: environment)
            #expect(status.termination == .exited(1))
            #expect(
                FileReader.list(world.root.proposalsPath + "/\(world.secondProposal.id)/events") == events)

            // Other voters are not held up by someone else's broken ballot.
            let other = try runConseil(
                ["vote", world.written.poll.id, "Non", "--member", "m04"], environment: environment)
            #expect(other.succeeded, "\(other.stderr)")
        }
    }

    @Test("check also reads what lies under a session, a poll or a proposal whose own file is unreadable")
    func checkLooksBeneathUnreadableParents() throws {
        try withScratch { scratch in
            let world = try World(at: scratch.data)
            let sessionFile = world.root.sessionPath(world.written.session.id) + "/session.json"
            let pollFile = world.sessionFolder + "/polls/\(world.written.poll.id)/poll.json"
            let proposalFile = world.root.proposalsPath + "/\(world.secondProposal.id)/proposal.json"
            for path in [sessionFile, pollFile, proposalFile] { try writeBytes(Array("{".utf8), to: path) }
            try world.spoil(.invalidUTF8Ballot)
            try world.spoil(.unknownSchemaEvent)
            try world.spoil(.wrongTypeAgendaItem)

            let expected = [
                sessionFile, pollFile, proposalFile, world.path(.invalidUTF8Ballot),
                world.path(.unknownSchemaEvent),
                world.path(.wrongTypeAgendaItem),
            ]
            #expect(world.root.check().map(\.path) == expected.sorted())
        }
    }
}

// Anonymous polls: neither the name, the content nor the time of a ballot file links it to a
// member; a mark per voter keeps anyone from voting twice.
import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

@Suite("Anonymous polls")
struct AnonymousPollTests {
    static let opened = Timestamp(iso8601: "2026-11-21T09:00:00Z")!
    static let voted = Timestamp(iso8601: "2026-11-21T10:17:42Z")!

    private struct Setup {
        let root: DataRoot
        let poll: Poll
        var folder: String { root.sessionPath(poll.session) + "/polls/\(poll.id)" }
        var ballotNames: [String] { FileReader.list(folder + "/ballots") }

        init(at path: String, kind: PollKind = .yesno) throws {
            root = try Fixture.root(at: path)
            let session = try Fixture.session(in: root)
            poll = try Fixture.openPoll(
                in: root, session: session, kind: kind, anonymous: true, openedAt: opened)
        }
    }

    @Test("a ballot's file name and content carry no member id and no time")
    func ballotSaysNothing() throws {
        try withScratch { scratch in
            let setup = try Setup(at: scratch.data, kind: .text)
            try setup.root.castBallot(
                poll: setup.poll, member: "m01", answers: ["Parce que."], at: Self.voted)
            let names = setup.ballotNames
            #expect(names.count == 1)
            let name = try #require(names.first)
            // A random key: 20 lowercase letters or digits, no time part, no member.
            let key = name.dropLast(".json".count)
            #expect(name.hasSuffix(".json") && key.count == 20)
            #expect(key.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) })
            #expect(!name.contains("m01"))

            let path = setup.folder + "/ballots/" + name
            let object = try jsonObject(path)
            #expect(Set(object.keys) == ["answers", "poll", "schema"])
            let text = String(decoding: try readBytes(path), as: UTF8.self)
            for clue in ["m01", "Membre 1", "2026-11-21", "10:17", "T10", "voter", "\"at\""] {
                #expect(!text.contains(clue), "the ballot contains \(clue): \(text)")
            }
            #expect(setup.root.ballots(of: setup.poll).values.map(\.answers) == [["Parce que."]])
        }
    }

    @Test("ballots of different members have unrelated names")
    func unrelatedNames() throws {
        try withScratch { scratch in
            let setup = try Setup(at: scratch.data)
            for number in 1...5 {
                try setup.root.castBallot(
                    poll: setup.poll, member: Fixture.memberId(number), answers: [Poll.yes],
                    at: Timestamp(seconds: Self.voted.milliseconds / 1000 + Int64(number)))
            }
            let names = setup.ballotNames
            #expect(names.count == 5)
            for number in 1...5 { #expect(!names.contains { $0.contains(Fixture.memberId(number)) }) }
            // No shared prefix that a time-sortable id would have.
            let prefixes = Set(names.map { $0.prefix(6) })
            #expect(prefixes.count == 5)
        }
    }

    @Test("the voter's mark prevents a second vote, with an error, and changes nothing")
    func markPreventsSecondVote() throws {
        try withScratch { scratch in
            let setup = try Setup(at: scratch.data)
            try setup.root.castBallot(poll: setup.poll, member: "m02", answers: [Poll.yes], at: Self.voted)
            let ballots = setup.ballotNames
            let mark = try readBytes(setup.folder + "/voters/m02")
            #expect(mark == Array("voted\n".utf8), "the mark says only that the member voted")

            let error = try #require(throws: ConseilError.self) {
                try setup.root.castBallot(poll: setup.poll, member: "m02", answers: [Poll.no], at: Self.voted)
            }
            #expect(error.message.en.contains("already voted"))
            #expect(setup.ballotNames == ballots)
            #expect(try readBytes(setup.folder + "/voters/m02") == mark)
            #expect(setup.root.results(of: setup.poll).results.options.map(\.count) == [1, 0])

            // Another member still votes.
            try setup.root.castBallot(poll: setup.poll, member: "m03", answers: [Poll.no], at: Self.voted)
            #expect(setup.root.results(of: setup.poll).results.options.map(\.count) == [1, 1])
        }
    }

    @Test("a ballot that cannot be written takes its mark back, so that the member can vote again")
    func failedBallotReleasesMark() throws {
        try withScratch { scratch in
            let setup = try Setup(at: scratch.data)
            // A file where the ballots folder should be: the ballot cannot be written.
            try FileManager.default.createDirectory(atPath: setup.folder, withIntermediateDirectories: true)
            try writeBytes(Array("en travers\n".utf8), to: setup.folder + "/ballots")
            #expect(throws: ConseilError.self) {
                try setup.root.castBallot(
                    poll: setup.poll, member: "m05", answers: [Poll.yes], at: Self.voted)
            }
            #expect(!FileManager.default.fileExists(atPath: setup.folder + "/voters/m05"))

            try FileManager.default.removeItem(atPath: setup.folder + "/ballots")
            try setup.root.castBallot(poll: setup.poll, member: "m05", answers: [Poll.yes], at: Self.voted)
            #expect(setup.root.results(of: setup.poll).results.ballots == 1)
        }
    }

    @Test("ballot and mark carry the poll's opening time, not the time of the vote")
    func modificationTimes() throws {
        try withScratch { scratch in
            let setup = try Setup(at: scratch.data)
            try setup.root.castBallot(poll: setup.poll, member: "m01", answers: [Poll.yes], at: Self.voted)
            let openedSeconds = Self.opened.milliseconds / 1000
            let ballot = try #require(setup.ballotNames.first)
            #expect(try modificationSeconds(setup.folder + "/ballots/" + ballot) == openedSeconds)
            #expect(try modificationSeconds(setup.folder + "/voters/m01") == openedSeconds)
        }
    }

    @Test("through the binary: the second vote is refused and times are the opening time")
    func binary() throws {
        try withScratch { scratch in
            let setup = try Setup(at: scratch.data)
            // CONSEIL_NOW is an hour after the opening.
            let environment = Binary.environment(data: scratch.data)
            let first = try runConseil(
                ["vote", setup.poll.id, "Oui", "--member", "m04"], environment: environment)
            #expect(first.succeeded, "\(first.stderr)")
            let second = try runConseil(
                ["vote", setup.poll.id, "Non", "--member", "m04"], environment: environment)
            #expect(second.termination == .exited(1))
            #expect(second.stderr.contains("already voted"), "\(second.stderr)")

            let names = setup.ballotNames
            #expect(names.count == 1)
            #expect(setup.root.ballots(of: setup.poll).values.map(\.answers) == [[Poll.yes]])
            let openedSeconds = Self.opened.milliseconds / 1000
            #expect(try modificationSeconds(setup.folder + "/ballots/" + names[0]) == openedSeconds)
            #expect(try modificationSeconds(setup.folder + "/voters/m04") == openedSeconds)
        }
    }

    @Test("by contrast, a named poll's ballot is the member's file, with the time of the vote")
    func namedPollForContrast() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session, openedAt: Self.opened)
            try root.castBallot(poll: poll, member: "m01", answers: [Poll.yes], at: Self.voted)
            let object = try jsonObject(root.sessionPath(session.id) + "/polls/\(poll.id)/ballots/m01.json")
            #expect(object["voter"] as? String == "m01")
            #expect(object["at"] as? String == "2026-11-21T10:17:42Z")
            #expect(
                !FileManager.default.fileExists(
                    atPath: root.sessionPath(session.id) + "/polls/\(poll.id)/voters"))
        }
    }
}

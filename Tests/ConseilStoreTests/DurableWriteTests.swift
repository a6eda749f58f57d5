// Durable writes: what a record looks like on disk, and what a write leaves behind.
import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

@Suite("Durable writes")
struct DurableWriteTests {
    @Test("every kind of record reads back as it was written")
    func roundTrip() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let written = try Fixture.everything(in: root)

            #expect(try root.requireCouncil().members.count == 7)
            #expect(try root.session(written.session.id) == written.session)
            #expect(root.agenda(session: written.session.id).values == [written.item])
            #expect(root.polls(session: written.session.id).values.contains(written.poll))
            #expect(try root.poll(written.poll.id) == written.poll)
            #expect(root.handCounts(of: written.poll).values == [written.count])
            let ballots = root.ballots(of: written.poll).values
            #expect(ballots.map(\.voter) == ["m01", "m02"])
            #expect(ballots.map(\.answers) == [[Poll.yes], [Poll.no]])
            #expect(
                root.attendance(session: written.session.id).values.map(\.status) == [.present, .excused])
            #expect(root.minutesEntries(session: written.session.id).values == [written.entry])
            #expect(try root.minutesStatus(session: written.session.id) == MinutesStatus())
            let (record, problems) = try root.proposal(written.proposal.id)
            #expect(problems.isEmpty)
            #expect(record.proposal == written.proposal)
            #expect(record.history.map(\.status) == [.submitted])
            #expect(root.check().isEmpty)
        }
    }

    @Test(
        "every file is pretty-printed UTF-8 JSON with sorted keys, LF endings, one trailing newline and a schema"
    )
    func fileFormat() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            _ = try Fixture.everything(in: root)
            let records = allFiles(under: scratch.data).filter { $0.hasSuffix(".json") }
            // council, session, 2 attendance, agenda, 2 polls, 3 ballots, count, proposal, event, entry, minutes
            #expect(records.count == 15)
            for relative in records {
                let path = scratch.data + "/" + relative
                let bytes = try readBytes(path)
                let text = try #require(String(validating: bytes, as: UTF8.self), "\(relative) is not UTF-8")
                #expect(!text.contains("\r"), "\(relative) has CR line endings")
                #expect(
                    text.hasSuffix("}\n") && !text.hasSuffix("\n\n"), "\(relative) must end with one newline")
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.first == "{" && lines.count > 3, "\(relative) is not pretty-printed")
                #expect(lines.dropFirst().first?.hasPrefix("  \"") == true, "\(relative) is not indented")
                #expect(
                    unsortedKeys(in: text).isEmpty, "\(relative) has unsorted keys: \(unsortedKeys(in: text))"
                )
                let object = try jsonObject(path)
                #expect(
                    object["schema"] as? Int == currentSchema, "\(relative) has no schema \(currentSchema)")
            }
        }
    }

    @Test("long text is stored as an array of lines")
    func longTextAsLines() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let written = try Fixture.everything(in: root)
            let entry = try jsonObject(
                root.sessionPath(written.session.id) + "/minutes/\(written.entry.id).json")
            #expect(entry["text"] as? [String] == ["Première ligne", "Seconde ligne"])
            let proposal = try jsonObject(root.proposalsPath + "/\(written.proposal.id)/proposal.json")
            #expect(proposal["description"] as? [String] == ["Première ligne", "Seconde ligne"])
        }
    }

    @Test("successful writes leave no temporary file behind")
    func noTemporaryFiles() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let written = try Fixture.everything(in: root)
            var session = written.session
            for round in 1...5 {
                session.title = "Titre \(round)"
                try root.save(session)
                try root.castBallot(
                    poll: written.poll, member: "m01", answers: [round % 2 == 0 ? Poll.yes : Poll.no],
                    at: Fixture.now)
            }
            #expect(dotFiles(under: scratch.data).isEmpty)
            #expect(try root.session(session.id).title == "Titre 5")
            // Replacing keeps one file per record: nothing accumulates beside it.
            #expect(
                allFiles(under: root.sessionPath(session.id)).filter { !$0.contains("/") } == [
                    "minutes.json", "session.json",
                ])
        }
    }

    @Test("a write creates the folders it needs")
    func createsFolders() throws {
        try withScratch { scratch in
            let file = scratch.data + "/a/b/c/record.json"
            try DurableFile.write(Array("{}\n".utf8), to: file)
            #expect(try readBytes(file) == Array("{}\n".utf8))
            #expect(dotFiles(under: scratch.data).isEmpty)
        }
    }

    @Test("a write that cannot happen names the path, changes nothing and leaves no temporary file")
    func failedWrite() throws {
        try withScratch { scratch in
            try FileManager.default.createDirectory(atPath: scratch.data, withIntermediateDirectories: true)
            try writeBytes(Array("not a folder\n".utf8), to: scratch.data + "/blocker")
            let target = scratch.data + "/blocker/record.json"
            let error = try #require(throws: ConseilError.self) {
                try DurableFile.write(Array("{}\n".utf8), to: target)
            }
            #expect(error.message.en.contains(scratch.data + "/blocker"))
            #expect(try readBytes(scratch.data + "/blocker") == Array("not a folder\n".utf8))
            #expect(dotFiles(under: scratch.data).isEmpty)
        }
    }

    @Test("creating a record refuses to replace an existing file")
    func createRefusesExisting() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let before = try readBytes(root.councilPath)
            #expect(throws: ConseilError.self) {
                _ = try DataRoot.create(at: scratch.data, council: Council(name: "Autre conseil"))
            }
            #expect(try readBytes(root.councilPath) == before)
        }
    }

    @Test("a record too big to be read back (over 1 MiB) is never written")
    func tooLargeNeverWritten() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            var proposal = try Fixture.proposal(in: root)
            let file = root.proposalsPath + "/\(proposal.id)/proposal.json"
            let before = try readBytes(file)
            proposal.description = [String(repeating: "x", count: FileReader.maxRecordSize)]
            let error = try #require(throws: ConseilError.self) { try root.save(proposal) }
            #expect(error.message.en.contains(file) && error.message.en.contains("nothing was written"))
            #expect(try readBytes(file) == before)
            let event = ProposalEvent(
                id: Fixture.newId("e"), proposal: proposal.id, at: Fixture.now, by: "sec",
                status: .underStudy,
                note: String(repeating: "y", count: FileReader.maxRecordSize))
            #expect(throws: ConseilError.self) { try root.append(event) }
            #expect(
                !FileManager.default.fileExists(
                    atPath: root.proposalsPath + "/\(proposal.id)/events/\(event.id).json"))
            #expect(dotFiles(under: scratch.data).isEmpty)
            #expect(root.check().isEmpty)
        }
    }

    @Test("an exclusive creation succeeds once and never rewrites the file")
    func exclusiveCreation() throws {
        try withScratch { scratch in
            let path = scratch.data + "/voters/m01"
            let first = try DurableFile.createExclusively(Array("first\n".utf8), at: path)
            let second = try DurableFile.createExclusively(Array("second\n".utf8), at: path)
            #expect(first && !second)
            #expect(try readBytes(path) == Array("first\n".utf8))
        }
    }
}

/// Keys that come before the previous key of the same object, in pretty-printed JSON.
/// Each object's keys are one indentation deeper than its braces.
func unsortedKeys(in text: String) -> [String] {
    var lastKey: [Int: String] = [:]
    var problems: [String] = []
    for line in text.split(separator: "\n") {
        let indentation = line.prefix(while: { $0 == " " }).count
        let rest = line.dropFirst(indentation)
        if rest.hasPrefix("}") || rest.hasPrefix("]") || rest.hasPrefix("{") {
            // An object closes or a new one starts in an array: forget the keys nested below.
            lastKey = lastKey.filter { $0.key <= indentation }
            continue
        }
        guard rest.hasPrefix("\""), let end = rest.dropFirst().firstIndex(of: "\"") else { continue }
        let afterKey = rest[rest.index(after: end)...]
        guard afterKey.hasPrefix(" :") || afterKey.hasPrefix(":") else { continue }
        let key = String(rest[rest.index(after: rest.startIndex)..<end])
        if let previous = lastKey[indentation], !(previous < key) {
            problems.append("\(previous) before \(key)")
        }
        lastKey[indentation] = key
        lastKey = lastKey.filter { $0.key <= indentation }
    }
    return problems
}

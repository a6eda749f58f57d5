// A proposal's history is append-only: each change is a new file, never an edit, and the
// history reads in the same order on every machine.
import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

@Suite("Proposal history")
struct ProposalHistoryTests {
    private static func time(_ text: String) -> Timestamp { Timestamp(iso8601: text)! }

    private static func eventsFolder(_ root: DataRoot, _ proposal: Proposal) -> String {
        root.proposalsPath + "/\(proposal.id)/events"
    }

    @Test("each event is a new file, and earlier files never change")
    func eachEventIsANewFile() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let proposal = try Fixture.proposal(in: root)
            let folder = Self.eventsFolder(root, proposal)
            let proposalFile = root.proposalsPath + "/\(proposal.id)/proposal.json"
            let proposalBytes = try readBytes(proposalFile)
            var snapshots: [String: [UInt8]] = [:]
            for name in FileReader.list(folder) { snapshots[name] = try readBytes(folder + "/" + name) }

            let changes: [(String, ProposalStatus, Int?)] = [
                ("2026-12-01T18:00:00Z", .underStudy, nil), ("2027-01-12T18:30:00Z", .adopted, nil),
                ("2027-02-02T09:00:00Z", .inProgress, 20), ("2027-03-02T09:00:00Z", .inProgress, 60),
            ]
            for (text, status, progress) in changes {
                let at = Self.time(text)
                let event = ProposalEvent(
                    id: Fixture.newId("e", at: at), proposal: proposal.id, at: at, by: "sec", status: status,
                    progress: progress, note: "Séance du \(at.day)")
                try root.append(event)
                let names = FileReader.list(folder)
                #expect(names.count == snapshots.count + 1)
                #expect(names.contains("\(event.id).json"))
                for (name, bytes) in snapshots {
                    #expect(try readBytes(folder + "/" + name) == bytes, "\(name) changed")
                }
                snapshots["\(event.id).json"] = try readBytes(folder + "/\(event.id).json")
            }
            #expect(
                try readBytes(proposalFile) == proposalBytes, "a status change must not edit proposal.json")
            let (record, problems) = try root.proposal(proposal.id)
            #expect(problems.isEmpty)
            #expect(
                record.history.map(\.status) == [.submitted, .underStudy, .adopted, .inProgress, .inProgress])
            #expect(record.status == .inProgress)
            #expect(record.progress == 60)
        }
    }

    @Test("an event whose file already exists is refused and the file is kept")
    func appendNeverReplaces() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let proposal = try Fixture.proposal(in: root)
            let at = Self.time("2026-12-01T18:00:00Z")
            let event = ProposalEvent(
                id: Fixture.newId("e", at: at), proposal: proposal.id, at: at, by: "sec", status: .underStudy,
                note: "Première version")
            try root.append(event)
            let path = Self.eventsFolder(root, proposal) + "/\(event.id).json"
            let before = try readBytes(path)
            var other = event
            other.note = "Une autre version"
            #expect(throws: ConseilError.self) { try root.append(other) }
            #expect(try readBytes(path) == before)
        }
    }

    @Test("two events with the same time are ordered by id, whatever order they were written in")
    func sameTimestampOrder() throws {
        let at = Self.time("2026-12-01T18:00:00Z")
        var random = SystemRandomNumberGenerator()
        let base = String(Identifier.make(prefix: "e", at: at, random: &random).dropLast(4))
        var histories: [[ProposalEvent]] = []
        for writeLowFirst in [true, false] {
            try withScratch { scratch in
                let root = try Fixture.root(at: scratch.data)
                let proposal = Proposal(
                    id: "p-fixe", title: "Même instant", description: [], theme: nil, origin: nil, owner: nil,
                    createdAt: Fixture.now, createdBy: "sec")
                try root.save(proposal)
                let low = ProposalEvent(
                    id: base + "0000", proposal: proposal.id, at: at, by: "sec", status: .underStudy,
                    note: "A")
                let high = ProposalEvent(
                    id: base + "zzzz", proposal: proposal.id, at: at, by: "anim", status: .underStudy,
                    note: "B")
                for event in writeLowFirst ? [low, high] : [high, low] { try root.append(event) }
                let first = try root.proposal(proposal.id).record.history
                let second = root.proposals().values.first?.history
                #expect(first.map(\.id) == [low.id, high.id])
                #expect(second == first)
                histories.append(first)
            }
        }
        #expect(histories.count == 2 && histories[0] == histories[1])
    }

    @Test("through the binary, each status change adds one file and never edits the proposal")
    func binary() throws {
        try withScratch { scratch in
            _ = try Fixture.root(at: scratch.data)
            let root = DataRoot(path: scratch.data)
            var environment = Binary.environment(data: scratch.data)
            let add = try runConseil(
                [
                    "proposal", "add", "--title", "Un espace public numérique", "--theme", "inclusion",
                    "--member", "sec",
                ],
                environment: environment)
            #expect(add.succeeded, "\(add.stderr)")
            let id = try #require(add.stdout.split(separator: "\n").last.map(String.init))
            let proposal = try root.proposal(id).record.proposal
            let proposalBytes = try readBytes(root.proposalsPath + "/\(id)/proposal.json")

            // Distinct times, as a real clock gives them.
            let steps = [
                ("2026-11-22T10:00:00Z", "a-l-etude"), ("2026-11-23T10:00:00Z", "adoptee"),
                ("2026-11-24T10:00:00Z", "en-cours"),
            ]
            for (number, (now, status)) in steps.enumerated() {
                environment["CONSEIL_NOW"] = now
                let run = try runConseil(
                    ["proposal", "status", id, status, "--member", "sec", "--note", "étape \(number + 1)"],
                    environment: environment)
                #expect(run.succeeded, "\(run.stderr)")
                #expect(FileReader.list(Self.eventsFolder(root, proposal)).count == number + 2)
            }
            #expect(try readBytes(root.proposalsPath + "/\(id)/proposal.json") == proposalBytes)
            let record = try root.proposal(id).record
            #expect(record.history.map(\.status) == [.submitted, .underStudy, .adopted, .inProgress])
            #expect(record.history.map(\.note) == ["Proposal submitted", "étape 1", "étape 2", "étape 3"])
        }
    }
}

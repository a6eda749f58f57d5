import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

// A process killed while it writes leaves the old record or the new one, never half of one.
// The real `conseil` binary votes and records status changes, and is SIGKILLed at random moments.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Killed while writing", .serialized)
struct KillDuringWriteTests {
    /// Runs each command, kills it after a random delay within its usual running time, and
    /// returns how many runs were killed before they finished.
    private func killAtRandom(_ commands: [[String]], environment: [String: String]) throws
        -> Int
    {
        // How long one run takes on this machine, so that kills land anywhere in it. Other
        // suites may be running: the quickest of three runs is the time of an unhurried one.
        var duration = Int64.max
        for command in commands.prefix(3) {
            let start = monotonicMilliseconds()
            let probe = try runConseil(command, environment: environment)
            #expect(probe.succeeded, "\(probe.stderr)")
            duration = min(duration, max(5, monotonicMilliseconds() - start))
        }
        var killed = 0
        var random = SystemRandomNumberGenerator()
        for command in commands.dropFirst(3) {
            let child = try spawnConseil(command, environment: environment)
            usleep(UInt32(Int64.random(in: 0...(duration * 1500), using: &random)))
            child.kill()
            if case .signalled = child.wait().termination { killed += 1 }
        }
        return killed
    }

    @Test("votes killed at random moments leave every ballot readable")
    func killedVotes() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data, members: 12)
            let session = try Fixture.session(in: root)
            let named = try Fixture.openPoll(in: root, session: session)
            let anonymous = try Fixture.openPoll(in: root, session: session, anonymous: true)
            var random = SystemRandomNumberGenerator()
            var commands: [[String]] = []
            for run in 0..<60 {
                let member = Fixture.memberId(Int.random(in: 1...12, using: &random))
                commands.append([
                    "vote", named.id, Bool.random(using: &random) ? "Oui" : "Non", "--member", member,
                ])
                if run % 4 == 0 {
                    commands.append([
                        "vote", anonymous.id, "Oui", "--member", Fixture.memberId(run / 4 % 12 + 1),
                    ])
                }
            }
            let killed = try killAtRandom(
                commands, environment: Binary.environment(data: scratch.data, now: nil))
            #expect(killed > 0, "no run was killed before its end: the test proves nothing")

            try expectIntact(root, scratch: scratch)
            let ballots = root.ballots(of: named)
            #expect(ballots.problems.isEmpty)
            for ballot in ballots.values {
                #expect(ballot.answers == [Poll.yes] || ballot.answers == [Poll.no])
            }
            // The ballots loaded are exactly the visible ballot files: temporary files are not ballots.
            let folder = root.sessionPath(session.id) + "/polls/\(named.id)/ballots"
            #expect(ballots.values.count == FileReader.list(folder).count)
            #expect(Set(ballots.values.compactMap(\.voter)).count == ballots.values.count)

            // Once the poll is closed (which settles interrupted anonymous votes), each ballot has
            // its voter's mark and each mark its ballot.
            let close = try runConseil(
                ["poll", "close", anonymous.id, "--member", "anim"],
                environment: Binary.environment(data: scratch.data))
            #expect(close.succeeded, "\(close.stderr)")
            let anonymousFolder = root.sessionPath(session.id) + "/polls/\(anonymous.id)"
            #expect(
                FileReader.list(anonymousFolder + "/ballots").count
                    == FileReader.list(anonymousFolder + "/voters").count)

            // The data root still works: a member votes to the end.
            let final = try runConseil(
                ["vote", named.id, "Non", "--member", "m01"],
                environment: Binary.environment(data: scratch.data))
            #expect(final.succeeded, "\(final.stderr)")
            #expect(root.ballots(of: named).values.first { $0.voter == "m01" }?.answers == [Poll.no])
        }
    }

    @Test("status changes killed at random moments leave the history readable")
    func killedStatusChanges() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let proposal = try Fixture.proposal(in: root)
            let environment = Binary.environment(data: scratch.data, now: nil)
            let first = try runConseil(
                ["proposal", "status", proposal.id, "a-l-etude", "--member", "sec"], environment: environment)
            #expect(first.succeeded, "\(first.stderr)")
            let commands = (1...60).map { run in
                [
                    "proposal", "status", proposal.id, "a-l-etude", "--member", "sec", "--note",
                    "Suivi \(run)",
                    "--progress", "\(run)",
                ]
            }
            let killed = try killAtRandom(commands, environment: environment)
            #expect(killed > 0, "no run was killed before its end: the test proves nothing")

            try expectIntact(root, scratch: scratch)
            let (record, problems) = try root.proposal(proposal.id)
            #expect(problems.isEmpty)
            #expect(record.status == .underStudy)
            #expect(record.proposal == proposal)
            let events = FileReader.list(root.proposalsPath + "/\(proposal.id)/events")
            #expect(record.history.count == events.count)

            // The history still accepts a change made to the end.
            let final = try runConseil(
                ["proposal", "status", proposal.id, "adoptee", "--member", "sec"], environment: environment)
            #expect(final.succeeded, "\(final.stderr)")
            #expect(try root.proposal(proposal.id).record.status == .adopted)
        }
    }

    @Test("votes killed while their temporary file exists leave the old ballot or the new one")
    func killedMidWrite() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session)
            let folder = root.sessionPath(session.id) + "/polls/\(poll.id)/ballots"
            let environment = Binary.environment(data: scratch.data, now: nil)
            let first = try runConseil(
                ["vote", poll.id, "Oui", "--member", "m01"], environment: environment)
            #expect(first.succeeded, "\(first.stderr)")
            var caught = 0
            for run in 0..<25 {
                let child = try spawnConseil(
                    ["vote", poll.id, run % 2 == 0 ? "Non" : "Oui", "--member", "m01"],
                    environment: environment)
                if killWhenTemporaryFileAppears(child, in: folder) { caught += 1 }
                // Old or new, the ballot is whole.
                let ballots = root.ballots(of: poll)
                #expect(ballots.problems.isEmpty)
                #expect(ballots.values.count == 1)
                #expect(
                    ballots.values.first?.answers == [Poll.yes] || ballots.values.first?.answers == [Poll.no])
                // Start the next run with a clean folder, so that only its own temporary file counts.
                for name in dotFiles(under: folder) {
                    try FileManager.default.removeItem(atPath: folder + "/" + name)
                }
            }
            #expect(caught > 0, "no run was caught in the middle of its write")
            try expectIntact(root, scratch: scratch)
        }
    }

    @Test("status changes killed while their temporary file exists leave the history readable")
    func statusKilledMidWrite() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let proposal = try Fixture.proposal(in: root)
            let folder = root.proposalsPath + "/\(proposal.id)/events"
            let environment = Binary.environment(data: scratch.data, now: nil)
            var caught = 0
            for run in 0..<25 {
                let child = try spawnConseil(
                    [
                        "proposal", "status", proposal.id, "deposee", "--member", "sec", "--note",
                        "Relance \(run)",
                    ],
                    environment: environment)
                if killWhenTemporaryFileAppears(child, in: folder) { caught += 1 }
                let (record, problems) = try root.proposal(proposal.id)
                #expect(problems.isEmpty)
                #expect(record.history.count == FileReader.list(folder).count)
                for name in dotFiles(under: folder) {
                    try FileManager.default.removeItem(atPath: folder + "/" + name)
                }
            }
            #expect(caught > 0, "no run was caught in the middle of its write")
            try expectIntact(root, scratch: scratch)
        }
    }

    /// Watches `folder` and kills the child the moment a temporary (dot) file shows there:
    /// between its creation and the rename, the write is half done. True when the kill
    /// ended the child; false when it ended first.
    private func killWhenTemporaryFileAppears(_ child: ChildProcess, in folder: String) -> Bool {
        while true {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if names.contains(where: { $0.hasPrefix(".") }) {
                child.kill()
                if case .signalled = child.wait().termination { return true }
                return false
            }
            if !child.isRunning { return false }
            usleep(50)  // Leave the child the processor, but look often: the window is short.
        }
    }

    @Test("temporary files of interrupted writes are ignored by every loader")
    func leftoverTemporaryFiles() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let written = try Fixture.everything(in: root)
            let sessionFolder = root.sessionPath(written.session.id)
            let pollFolder = sessionFolder + "/polls/\(written.poll.id)"
            let eventsFolder = root.proposalsPath + "/\(written.proposal.id)/events"
            let ballotsBefore = root.ballots(of: written.poll).values
            let historyBefore = try root.proposal(written.proposal.id).record.history
            // What a write killed before its rename leaves: a dot file, possibly cut short.
            let half = Array(try readBytes(pollFolder + "/ballots/m01.json").prefix(20))
            try writeBytes(half, to: pollFolder + "/ballots/.m03.json.tmp-4242-17")
            try writeBytes([], to: pollFolder + "/ballots/.m04.json.tmp-4243-18")
            try writeBytes(half, to: eventsFolder + "/.e0000000000abcd.json.tmp-4244-19")
            try writeBytes(half, to: sessionFolder + "/.session.json.tmp-4245-20")
            try writeBytes(half, to: pollFolder + "/.poll.json.tmp-4246-21")
            try writeBytes(half, to: scratch.data + "/.council.json.tmp-4247-22")

            #expect(root.check().isEmpty)
            #expect(root.ballots(of: written.poll).values == ballotsBefore)
            #expect(try root.proposal(written.proposal.id).record.history == historyBefore)
            #expect(try root.session(written.session.id) == written.session)
            #expect(try root.poll(written.poll.id) == written.poll)
            #expect(try root.requireCouncil().members.count == 7)
            // And a new write beside them works.
            try root.castBallot(poll: written.poll, member: "m03", answers: [Poll.yes], at: Fixture.now)
            #expect(root.ballots(of: written.poll).values.count == ballotsBefore.count + 1)
        }
    }

    /// Every visible JSON file parses, every record loads, and `check()` finds nothing;
    /// temporary files that kills left behind are dot files, which loaders skip.
    private func expectIntact(_ root: DataRoot, scratch: Scratch) throws {
        for relative in allFiles(under: scratch.data) where relative.hasSuffix(".json") {
            let hidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
            if hidden { continue }
            #expect(throws: Never.self, "\(relative) does not parse") {
                _ = try jsonObject(scratch.data + "/" + relative)
            }
        }
        for relative in dotFiles(under: scratch.data) {
            #expect(relative.contains(".tmp-"), "unexpected dot file \(relative)")
        }
        #expect(root.check() == [])
        let check = try runConseil(
            ["check"], environment: Binary.environment(data: scratch.data))
        #expect(check.succeeded, "\(check.stdout)\(check.stderr)")
    }
}

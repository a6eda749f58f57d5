// Ids name files and folders: they are checked before use, and a record whose ids were edited
// by hand (or arrived through a git merge) cannot send a write outside the data root.
import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

@Suite("Path safety")
struct PathSafetyTests {
    @Test(
        "ids given by a person are checked against the strict pattern",
        arguments: ["../x", "a/b", "..", "", "A1", "x y", "-a"])
    func invalidIdsRefused(_ id: String) throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            #expect(throws: ConseilError.self) { try root.session(id) }
            #expect(throws: ConseilError.self) { try root.poll(id) }
            #expect(throws: ConseilError.self) { try root.proposal(id) }
            #expect(throws: ConseilError.self) { try root.agendaItem(id) }
        }
    }

    @Test("a poll whose session was edited to climb out of the data root takes no vote")
    func editedPollCannotEscape() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            var poll = try Fixture.openPoll(in: root, session: session)
            poll.session = "../escaped"
            #expect(throws: ConseilError.self) {
                try root.castBallot(poll: poll, member: "m01", answers: [Poll.yes], at: Fixture.now)
            }
            poll.anonymous = true
            #expect(throws: ConseilError.self) {
                try root.castBallot(poll: poll, member: "m01", answers: [Poll.yes], at: Fixture.now)
            }
            #expect(throws: ConseilError.self) { try root.save(poll) }
            #expect(!FileManager.default.fileExists(atPath: scratch.base + "/escaped"))
        }
    }

    @Test("a member id edited in council.json cannot name a file outside the poll")
    func editedMemberCannotEscape() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            let named = try Fixture.openPoll(in: root, session: session)
            let anonymous = try Fixture.openPoll(in: root, session: session, anonymous: true)
            for poll in [named, anonymous] {
                #expect(throws: ConseilError.self) {
                    try root.castBallot(
                        poll: poll, member: "../../../../../evil", answers: [Poll.yes], at: Fixture.now)
                }
            }
            #expect(!FileManager.default.fileExists(atPath: scratch.base + "/evil.json"))
            #expect(!FileManager.default.fileExists(atPath: scratch.base + "/evil"))
            #expect(
                allFiles(under: scratch.base).allSatisfy { $0.hasPrefix("data/") || $0.hasPrefix("scratch/") }
            )
        }
    }

    @Test("events, sessions and agenda items with edited ids are not written")
    func editedRecordsNotWritten() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            var session = try Fixture.session(in: root)
            // Each would land beside the data root, in the scratch folder, if it were written.
            let event = ProposalEvent(
                id: "e1", proposal: "../../zz", at: Fixture.now, by: "sec", status: .underStudy)
            #expect(throws: ConseilError.self) { try root.append(event) }
            let item = AgendaItem(
                id: "a1", session: "../zz", title: "Point", position: 1, duration: nil, presenter: nil)
            #expect(throws: ConseilError.self) { try root.save(item) }
            session.id = "../hors"
            #expect(throws: ConseilError.self) { try root.save(session) }
            #expect(
                allFiles(under: scratch.base).allSatisfy { $0.hasPrefix("data/") || $0.hasPrefix("scratch/") }
            )
        }
    }
}

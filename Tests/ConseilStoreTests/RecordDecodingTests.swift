// The store reads ballots, events and proposals with a fast path of its own: whatever the
// bytes, it must decide exactly as Foundation's JSONDecoder would (plus the schema check).
import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

@Suite("Record decoding")
struct RecordDecodingTests {
    /// What Foundation alone makes of the bytes: the record, or nil.
    private func reference<T: Record & Equatable>(_ type: T.Type, _ bytes: [UInt8]) -> T? {
        guard String(validating: bytes, as: UTF8.self) != nil,
            let record = try? JSONDecoder().decode(T.self, from: Data(bytes)),
            record.schema >= 1, record.schema <= currentSchema
        else { return nil }
        return record
    }

    private func expectSameDecision<T: Record & Equatable>(_ type: T.Type, _ text: String) {
        let bytes = Array(text.utf8)
        let decoded = try? RecordCodec.decode(type, from: bytes, path: "/x/record.json").get()
        #expect(decoded == reference(type, bytes), "\(text)")
    }

    static let ballots = [
        #"{"schema": 1, "poll": "q1", "voter": "m01", "at": "2026-11-21T10:00:00Z", "answers": ["Oui"]}"#,
        #"{"answers": [], "poll": "q1", "schema": 1}"#,
        #"{"schema": 1, "poll": "q1", "voter": null, "at": null, "answers": ["a\"b", "c\\d", "e\/f", "\n\t"]}"#,
        #"{"schema": 1, "poll": "q1", "answers": ["caf\u00e9"]}"#,
        #"{"schema": 1, "poll": "q1", "answers": ["Oui"], "extra": true}"#,
        #"{"schema": 1, "poll": "q1", "answers": ["Oui"], "schema": 2}"#,
        #"{"schema": 1.0, "poll": "q1", "answers": ["Oui"]}"#,
        #"{"schema": "1", "poll": "q1", "answers": ["Oui"]}"#,
        #"{"schema": 01, "poll": "q1", "answers": ["Oui"]}"#,
        #"{"schema": -0, "poll": "q1", "answers": ["Oui"]}"#,
        #"{"schema": 99999999999999999999, "poll": "q1", "answers": ["Oui"]}"#,
        #"{"schema": 2, "poll": "q1", "answers": ["Oui"]}"#,
        #"{"schema": 1, "poll": "q1", "answers": "Oui"}"#,
        #"{"schema": 1, "poll": "q1", "answers": ["Oui", 3]}"#,
        #"{"schema": 1, "poll": "q1", "at": "", "answers": ["Oui"]}"#,
        #"{"schema": 1, "poll": "q1", "at": "2026-11-21T10:00:00.5+00:00", "answers": []}"#,
        #"{"schema": 1, "poll": "q1", "answers": ["Oui"]} x"#,
        #"{"schema": 1, "poll": "q1", "answers": ["Oui"],}"#,
        #"{"schema": 1, "poll": "q1", "answers": ["Oui"]"#,
        #"  {"schema":1,"poll":"q1","answers":["Oui"]}  "# + "\n",
        "\u{FEFF}" + #"{"schema": 1, "poll": "q1", "answers": ["Oui"]}"#,
        #"{"schema": 1, "poll": "q1", "answers": ["a"# + "\u{01}" + #""]}"#,
        #"[]"#, "", "null",
    ]

    @Test("ballots", arguments: ballots)
    func ballot(_ text: String) {
        expectSameDecision(Ballot.self, text)
    }

    static let events = [
        #"{"schema": 1, "id": "e1", "proposal": "p1", "at": "2026-11-21T10:00:00Z", "by": "sec", "status": "adoptee"}"#,
        #"{"schema": 1, "id": "e1", "proposal": "p1", "at": "2026-11-21T10:00:00Z", "by": "sec", "status": "adoptee", "progress": 40, "note": null, "review": "2027-01-31", "session": "2026-11-21-x"}"#,
        #"{"schema": 1, "id": "e1", "proposal": "p1", "at": "2026-11-21T10:00:00Z", "by": "sec", "status": "adopted"}"#,
        #"{"schema": 1, "id": "e1", "proposal": "p1", "at": "2026-11-21T10:00:00Z", "by": "sec", "status": "adoptee", "review": "2027-02-30"}"#,
        #"{"schema": 1, "id": "e1", "proposal": "p1", "at": "2026-11-21T10:00:00Z", "by": "sec", "status": "adoptee", "progress": "40"}"#,
        #"{"schema": 1, "id": "e1", "proposal": "p1", "at": "2026-11-21T10:00:00Z", "by": "sec", "status": "adoptee", "progress": -5}"#,
        #"{"schema": 1, "id": "e1", "proposal": "p1", "at": "2026-11-21", "by": "sec", "status": "adoptee"}"#,
        #"{"schema": 1, "id": "e1", "proposal": "p1", "by": "sec", "status": "adoptee"}"#,
    ]

    @Test("proposal events", arguments: events)
    func event(_ text: String) {
        expectSameDecision(ProposalEvent.self, text)
    }

    static let proposals = [
        #"{"schema": 1, "id": "p1", "title": "T", "description": ["a", ""], "createdAt": "2026-11-21T10:00:00Z", "createdBy": "sec"}"#,
        #"{"schema": 1, "id": "p1", "title": "T", "description": [], "theme": null, "origin": "r", "owner": "m01", "createdAt": "2026-11-21T10:00:00Z", "createdBy": "sec"}"#,
        #"{"schema": 1, "id": "p1", "title": "T", "description": "a", "createdAt": "2026-11-21T10:00:00Z", "createdBy": "sec"}"#,
        #"{"schema": 1, "id": "p1", "title": null, "description": [], "createdAt": "2026-11-21T10:00:00Z", "createdBy": "sec"}"#,
        #"{"schema": 1, "id": "p1", "title": "T", "description": [], "createdAt": "2026-11-21T10:00:00Z"}"#,
    ]

    @Test("proposals", arguments: proposals)
    func proposal(_ text: String) {
        expectSameDecision(Proposal.self, text)
    }

    @Test("what the store writes, it reads back unchanged")
    func writtenRecordsReadBack() throws {
        let ballot = Ballot(
            poll: "q1", voter: nil, at: nil, answers: ["« uberiser » le rural", "l’emploi", "a\"b\\c"])
        let bytes = try RecordCodec.encode(ballot)
        #expect(try RecordCodec.decode(Ballot.self, from: bytes, path: "/x").get() == ballot)
        let event = ProposalEvent(
            id: "e1", proposal: "p1", at: Fixture.now, by: "sec", status: .inProgress, progress: 30,
            note: "Ligne 1\nLigne 2\u{7}", review: Fixture.day, session: "2026-11-21-x")
        #expect(
            try RecordCodec.decode(ProposalEvent.self, from: try RecordCodec.encode(event), path: "/x").get()
                == event)
    }
}

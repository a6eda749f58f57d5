// The store reads ballots, events and proposals with a fast path of its own: whatever the
// bytes, it must decide exactly as Foundation's JSONDecoder would, plus the store's own
// refusals: the schema check, a byte order mark, and the record's limits (RecordLimits).
import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

@Suite("Record decoding")
struct RecordDecodingTests {
    /// What Foundation makes of the bytes, with the store's refusals: the record, or nil.
    private func reference<T: Record & Equatable>(_ type: T.Type, _ bytes: [UInt8]) -> T? {
        guard String(validating: bytes, as: UTF8.self) != nil, !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
            let record = try? JSONDecoder().decode(T.self, from: Data(bytes)),
            record.schema >= 1, record.schema <= currentSchema, record.limitViolation == nil
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

    static let councils = [
        #"{"schema": 1, "name": "C", "members": [{"id": "a", "name": "A", "role": "facilitator"}, {"id": "b", "name": "B\u00e9", "role": "member"}]}"#,
        #"{"schema": 1, "name": "C", "commune": "Rennes", "quorumPercent": 50, "castingVote": true, "members": []}"#,
        #"{"schema": 1, "name": "C", "commune": null, "quorumPercent": null, "castingVote": false, "members": [ { "id" : "a" , "name" : "A" , "role" : "secretary" } ]}"#,
        #"{"schema": 1, "name": "C", "castingVote": "oui", "members": []}"#,
        #"{"schema": 1, "name": "C", "castingVote": tru, "members": []}"#,
        #"{"schema": 1, "name": "C", "members": [{"id": "a", "name": "A", "role": "president"}]}"#,
        #"{"schema": 1, "name": "C", "members": [{"id": "a", "name": "A"}]}"#,
        #"{"schema": 1, "name": "C", "members": [{"id": "a", "name": "A", "role": "member", "email": "x"}]}"#,
        #"{"schema": 1, "name": "C", "members": [{"id": "a", "name": "A", "role": "member"}, "b"]}"#,
        #"{"schema": 1, "name": "C", "members": [{"id": "a", "name": "A", "role": "member", "tags": [{"x": "y"}]}]}"#,
        #"{"schema": 1, "name": "C", "members": [{"id": "a", "name": "A", "role": "member"},]}"#,
        #"{"schema": 1, "name": "C", "members": {"id": "a", "name": "A", "role": "member"}}"#,
        #"{"schema": 1, "name": "C", "members": ["a"]}"#,
        #"{"schema": 1, "name": "C"}"#,
        #"{"schema": 1, "name": "C", "members": [{"id": "a", "name": "A", "role": "member"}], "extra": [{"id": "b"}]}"#,
        #"{"schema": 1, "name": "C", "members": [{"id": 3, "name": "A", "role": "member"}]}"#,
    ]

    @Test("councils", arguments: councils)
    func council(_ text: String) {
        expectSameDecision(Council.self, text)
    }

    /// The fast path does decide these (it is not only JSONDecoder answering every time).
    @Test func councilsAreReadByTheFastPath() {
        for text in [Self.councils[1], Self.councils[2]] {
            #expect(FastRecord.decode(Council.self, from: Array(text.utf8)) != nil, "\(text)")
        }
        #expect(FastRecord.decode(Council.self, from: Array(Self.councils[5].utf8)) == nil)
    }

    /// Foundation reads these (the last duplicate wins, NUL is a character like any other); the
    /// store refuses them on every path, fast or not, and says why.
    static let refused: [(text: String, reason: String)] = [
        (#"{"schema": 1, "poll": "q1", "answers": ["Oui"], "schema": 2}"#, "“schema” appears twice"),
        (#"{"schema": 1, "poll": "q1", "answers": ["Non"], "answers": ["Oui"]}"#, "“answers” appears twice"),
        (
            #"{"schema": 1, "poll": "q1", "answers": ["Non"], "\u0061nswers": ["Oui"]}"#,
            "“answers” appears twice"
        ),
        (#"{"schema": 1, "poll": "q1", "answers": ["\u0000Oui"]}"#, "NUL"),
        (#"{"schema": 1, "poll": "q1", "voter": "m\u0000", "answers": ["Oui"]}"#, "NUL"),
    ]

    /// Why the store refuses `text` as a `type`, in English; nil when it accepts it.
    private func refusal<T: Record>(_ type: T.Type, _ text: String) -> String? {
        if case .failure(let problem) = RecordCodec.decode(type, from: Array(text.utf8), path: "/x") {
            return problem.reason.en
        }
        return nil
    }

    @Test("duplicate keys and NUL are refused although Foundation reads them", arguments: refused)
    func refusedBallot(_ example: (text: String, reason: String)) throws {
        #expect((try? JSONDecoder().decode(Ballot.self, from: Data(example.text.utf8))) != nil)
        let reason = refusal(Ballot.self, example.text)
        #expect(reason?.contains(example.reason) == true, "\(example.text): \(reason ?? "accepted")")
    }

    @Test("a key may repeat in different objects, and nested objects are checked too")
    func duplicatesAreCountedPerObject() throws {
        var council = Council(name: "C", members: [Member(id: "a", name: "A", role: .member)])
        council.members.append(Member(id: "b", name: "B", role: .member))
        let bytes = try RecordCodec.encode(council)
        #expect(try RecordCodec.decode(Council.self, from: bytes, path: "/x").get() == council)
        let nested =
            #"{"schema": 1, "name": "C", "members": [{"id": "a", "id": "b", "name": "A", "role": "member"}]}"#
        #expect(refusal(Council.self, nested) == "the field “id” appears twice")
    }

    @Test("keys are compared as JSON reads them, inside strings nothing counts")
    func duplicateKeysAreFoundWhereverTheyAre() {
        let poll =
            #""id": "q1", "session": "2017-11-17-x", "kind": "yesno", "question": "Q", "options": ["Oui", "Non"], "anonymous": false, "hideResults": false, "state": "draft", "createdAt": "2017-11-17T09:30:00Z", "createdBy": "a""#
        #expect(refusal(Poll.self, "{\"schema\": 1, " + poll + "}") == nil)
        // Braces, quotes and commas inside a string are text: the same key name twice there is not a key.
        #expect(
            refusal(
                Poll.self,
                #"{"schema": 1, "#
                    + poll.replacingOccurrences(of: #""Q""#, with: #""{\"id\": 1, \"id\": 2}""#) + "}") == nil
        )
        #expect(
            refusal(Poll.self, #"{"schema": 1, "\u0069d": "q1", "# + poll + "}")
                == "the field “id” appears twice")
        #expect(
            refusal(Poll.self, #"{"schema": 1, "merged": {"a": "b", "a": "c"}, "# + poll + "}")
                == "the field “a” appears twice")
        let deep = String(repeating: "[", count: RecordCodec.maxNesting + 1)
        #expect(
            refusal(Poll.self, #"{"schema": 1, "x": "# + deep) == "JSON nested too deep (more than 64 levels)"
        )
    }

    @Test("a value out of range is refused with the field and the bounds")
    func outOfRangeValues() throws {
        let text = #"{"schema": 1, "name": "C", "members": [], "quorumPercent": 9223372036854775807}"#
        #expect(
            refusal(Council.self, text)
                == "“quorumPercent” is 9,223,372,036,854,775,807, out of bounds (0 to 100)")
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

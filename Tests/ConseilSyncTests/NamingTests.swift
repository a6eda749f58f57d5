import ConseilCore
import Foundation
import Testing

@testable import ConseilStore
@testable import ConseilSync

/// The pure parts: names of conflict copies, commit messages.
@Suite struct NamingTests {
    @Test func conflictCopyNamesRoundTrip() {
        let name = ConflictCopy.name(for: "m0ja3v1jpcc17x.json", tag: "1a2b3c4d5e")
        #expect(name == ".m0ja3v1jpcc17x.conflict-1a2b3c4d5e.json")
        #expect(ConflictCopy.parse(name)?.record == "m0ja3v1jpcc17x.json")
        #expect(ConflictCopy.parse(name)?.tag == "1a2b3c4d5e")
        #expect(
            ConflictCopy.parse(ConflictCopy.name(for: "poll.json", tag: "abcd1234"))?.record == "poll.json")
        #expect(ConflictCopy.parse(ConflictCopy.name(for: "alice", tag: "abcd1234"))?.record == "alice")
        for other in [
            ".m1.json.tmp-12-34", "m1.json", ".conflict-abcd.json", ".m1.conflict-AB!.json",
            ".m1.conflict-ab.json",
        ] {
            #expect(ConflictCopy.parse(other) == nil, "\(other)")
        }
    }

    @Test func commitMessagesHaveAShortSubject() throws {
        var summary = ChangeSummary()
        summary.lines = [
            Localized(fr: "Scrutin « Êtes-vous suffisamment informés ? » clos : 34 votants", en: ""),
            Localized(fr: "Proposition « Ateliers numériques en mairie » : adoptée", en: ""),
            Localized(fr: "3 bulletins", en: ""),
        ]
        summary.counts = ["ballots": 3]
        let message = summary.commitMessage()
        let subject = String(message.split(separator: "\n").first ?? "")
        #expect(
            subject
                == "Scrutin « Êtes-vous suffisamment informés ? » clos : 34 votants et 2 autres changements")
        #expect(
            message.contains("\n- Proposition « Ateliers numériques en mairie » : adoptée\n- 3 bulletins\n"))
        summary.lines = [
            Localized(fr: "3 bulletins", en: ""), Localized(fr: "1 note au compte rendu", en: ""),
        ]
        #expect(summary.commitMessage().hasPrefix("3 bulletins, 1 note au compte rendu\n"))
    }

    @Test func summariesCountWhatChanged() throws {
        let root = DataRoot(path: "/nonexistent-\(UUID().uuidString)")
        let ballot = try RecordCodec.encode(
            Ballot(poll: "q1", voter: "alice", at: Timestamp(seconds: 1), answers: ["Oui"]))
        let entry = try RecordCodec.encode(
            MinutesEntry(
                id: "m1", session: "2017-11-17-s", item: nil, kind: .decision, text: "Oui", who: nil,
                due: nil,
                at: Timestamp(seconds: 1), by: "bob"))
        let changes = [
            FileChange(path: "2017-11-17-s/polls/q1/ballots/alice.json", old: nil, new: ballot),
            FileChange(path: "2017-11-17-s/polls/q1/ballots/bruno.json", old: nil, new: ballot),
            FileChange(path: "2017-11-17-s/minutes/m1.json", old: nil, new: entry),
            FileChange(path: "2017-11-17-s/minutes/.m1.conflict-abcdef1234.json", old: nil, new: entry),
        ]
        let summary = ChangeSummary.make(changes, view: RootView(root: root, changes: changes))
        #expect(summary.counts["ballots"] == 2)
        #expect(summary.counts["minutesEntries"] == 1)
        #expect(summary.counts["conflictsKept"] == 1)
        #expect(summary.text(.fr) == "2 bulletins, 1 décision au compte rendu, 1 conflit gardé")
        #expect(summary.text(.en) == "2 ballots, 1 decision in the minutes, 1 conflict kept")
    }
}

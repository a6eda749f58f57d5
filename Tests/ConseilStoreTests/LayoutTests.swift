import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

/// The layout is one mapping: every path a builder makes is parsed back to its kind and ids,
/// every folder it names is a folder, and a hostile name is never a record.
@Suite struct LayoutTests {
    static let session = "2017-11-17-seance"

    /// Ids that fit each variable part of `kind`'s pattern, up to `up` levels above the file.
    private func sampleIds(_ kind: RecordKind, up: Int = 0) -> [String] {
        Layout.pattern(kind).dropLast(up).enumerated().compactMap { index, part in
            switch part {
            case .name: nil
            case .session: Self.session
            case .id, .record: "x\(index)"
            }
        }
    }

    @Test(arguments: RecordKind.allCases)
    func builtPathsParseBack(_ kind: RecordKind) throws {
        let ids = sampleIds(kind)
        let path = Layout.path(kind, ids)
        let parsed = try #require(Layout.parse(path), "\(path)")
        #expect(parsed.kind == kind)
        #expect(parsed.ids == ids)
        #expect(!Layout.isFolder(path))
        for up in 1..<Layout.pattern(kind).count {
            let folder = Layout.path(kind, sampleIds(kind, up: up), up: up)
            #expect(Layout.isFolder(folder), "\(folder)")
            #expect(Layout.kind(of: folder) == nil, "\(folder)")
        }
    }

    @Test func namedBuildersMakeTheDocumentedPaths() {
        let s = Self.session
        let paths: [(String, String, RecordKind?)] = [
            (Layout.council, "council.json", .council),
            (Layout.session(s), "\(s)/session.json", .session),
            (Layout.minutesStatus(session: s), "\(s)/minutes.json", .minutesStatus),
            (Layout.attendance(session: s, member: "alice"), "\(s)/attendance/alice.json", .attendance),
            (Layout.agendaItem(session: s, item: "a1"), "\(s)/agenda/a1.json", .agendaItem),
            (Layout.minutesEntry(session: s, entry: "m1"), "\(s)/minutes/m1.json", .minutesEntry),
            (Layout.poll(session: s, poll: "q1"), "\(s)/polls/q1/poll.json", .poll),
            (
                Layout.ballot(session: s, poll: "q1", key: "alice"), "\(s)/polls/q1/ballots/alice.json",
                .ballot
            ),
            (
                Layout.handCount(session: s, poll: "q1", count: "h1"), "\(s)/polls/q1/counts/h1.json",
                .handCount
            ),
            (
                Layout.voterMark(session: s, poll: "q1", member: "alice"), "\(s)/polls/q1/voters/alice",
                .voterMark
            ),
            (Layout.proposal("p1"), "proposals/p1/proposal.json", .proposal),
            (
                Layout.proposalEvent(proposal: "p1", event: "e1"), "proposals/p1/events/e1.json",
                .proposalEvent
            ),
            (Layout.sessionFolder(s), s, nil),
            (Layout.attendanceFolder(session: s), "\(s)/attendance", nil),
            (Layout.agendaFolder(session: s), "\(s)/agenda", nil),
            (Layout.minutesFolder(session: s), "\(s)/minutes", nil),
            (Layout.pollsFolder(session: s), "\(s)/polls", nil),
            (Layout.pollFolder(session: s, poll: "q1"), "\(s)/polls/q1", nil),
            (Layout.ballotsFolder(session: s, poll: "q1"), "\(s)/polls/q1/ballots", nil),
            (Layout.countsFolder(session: s, poll: "q1"), "\(s)/polls/q1/counts", nil),
            (Layout.votersFolder(session: s, poll: "q1"), "\(s)/polls/q1/voters", nil),
            (Layout.proposalsFolder, "proposals", nil),
            (Layout.proposalFolder("p1"), "proposals/p1", nil),
            (Layout.eventsFolder(proposal: "p1"), "proposals/p1/events", nil),
        ]
        for (built, expected, kind) in paths {
            #expect(built == expected)
            #expect(Layout.kind(of: built) == kind, "\(built)")
            #expect(Layout.isFolder(built) == (kind == nil), "\(built)")
        }
    }

    @Test func sessionFoldersAreTheDatedIdsAtTheTop() {
        #expect(Layout.isSessionFolder(Layout.sessionFolder(Self.session)))
        for name in ["proposals", "notasession", "2017-13-45-x", "\(Self.session)/agenda", "", ".git"] {
            #expect(!Layout.isSessionFolder(name), "\(name)")
        }
    }

    static let hostile = [
        "..", ".", "", ".git", ".GIT", "Git", "A1", "Alice", "a b", "-a", "a-", "a\u{1b}[31m", "a\nb",
        "a\u{0}b",
        "a\u{202e}b", "é", "a/b",
    ]

    /// Each id of each kind replaced in turn by a hostile name: the path is not a record, and
    /// when the name is a folder's, the file's folder is not a folder of the layout either.
    @Test(arguments: RecordKind.allCases)
    func hostileNamesAreRefused(_ kind: RecordKind) {
        let ids = sampleIds(kind)
        let lastIsAnId = Layout.pattern(kind).last.map { if case .name = $0 { false } else { true } } ?? false
        for index in ids.indices {
            for name in Self.hostile {
                var hostileIds = ids
                hostileIds[index] = name
                let path = Layout.path(kind, hostileIds)
                #expect(Layout.kind(of: path) == nil, "\(path.debugDescription)")
                if !(lastIsAnId && index == ids.count - 1) {
                    #expect(!Layout.isFolder(parent(of: path)), "\(path.debugDescription)")
                }
            }
        }
    }

    @Test func pathsThatAreNotRelativeOrNotInTheTableAreRefused() {
        let s = Self.session
        for path in [
            "/council.json", "./council.json", "council.json/", "//council.json", "\(s)//session.json",
            "\(s)/session.json/", "/\(s)/polls/q1/poll.json", "\(s)/../council.json", ".git/config",
            ".git/hooks/pre-commit", "\(s)/.git/config", "Council.json", "COUNCIL.JSON", "README.md",
            "notasession/session.json", "\(s)/polls/q1/ballots/alice", "\(s)/polls/q1/voters/alice.json",
            "\(s)/polls/q1/other/a.json", "proposals/p1/other.json", "\(s)/agenda/a1.JSON",
            "\(s)/agenda/a1.json.tmp-1-2", "\(s)/agenda/.a1.json", "",
        ] {
            #expect(Layout.kind(of: path) == nil, "\(path.debugDescription)")
        }
        for folder in [
            "", "/", ".git", ".git/hooks", "/\(s)", "\(s)/", "\(s)/other", "proposals/P1", "\(s)/polls/q1/x",
        ] {
            #expect(!Layout.isFolder(folder), "\(folder.debugDescription)")
        }
    }
}

import Foundation
import TestSupport
import Testing

// Issue 4, the hostile answer end to end: a member votes through the real sshd with a text
// full of terminal controls (a title change, a screen clear, a carriage return, the C1 CSI
// and a right-to-left override); the facilitator's interface, open in a tmux window on the
// same data root, keeps its title and its screen and shows the controls made visible.
#if canImport(Glibc)
    import Glibc
#endif

@Suite(
    .serialized, .timeLimit(.minutes(1)),
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: SSHServer.sshd),
        "skipped: /usr/sbin/sshd is absent; install Debian's openssh-server (.ci/run does)"),
    .enabled(if: Tmux.executable != nil, "skipped: tmux is not installed"))
struct HostileAnswerOverSSHTests {
    /// ESC ] 0 ; title BEL, ESC [ 2 J, a carriage return, U+009B, U+202E.
    static let hostile = "avant\u{1B}]0;pirate\u{07}milieu\u{1B}[2Jici\rla\u{9B}suite\u{202E}fin"
    /// What the door keeps: controls as typed, the invisible bidi override dropped (InertText.isInvisible).
    static let stored = "avant\u{1B}]0;pirate\u{07}milieu\u{1B}[2Jici\rla\u{9B}suitefin"
    /// The same, as the interface must show it: each control in its visible form.
    static let inert = "avant␛]0;pirate␇milieu␛[2Jici␍la<U+009B>suitefin"

    @Test func theFacilitatorsPaneKeepsItsTitleAndScreen() throws {
        let council = try TestCouncil()
        let poll = try council.succeed(
            ["poll", "new", council.session, "--kind", "text", "--question", "Votre avis ?"],
            as: TestCouncil.facilitator
        ).lastLine
        try council.succeed(["poll", "open", poll], as: TestCouncil.facilitator)
        let server = try SSHServer(keys: [
            "alice": [council.binary, "--data", council.root, "--member", "alice", "--restricted"]
        ])
        let panes = try Tmux.panes(
            width: 100, height: 30, folder: council.base, command: council.facilitatorCommand)
        defer {
            panes.kill()
            withExtendedLifetime((server, council)) {}
        }
        let facilitator = panes.firstPane

        // The facilitator opens the text poll's detail.
        try facilitator.waitFor("Séance de test", "2 Scrutins")
        try facilitator.send("2")
        let list = try facilitator.waitFor("Votes  Question", "Votre avis ?")
        let rows = list.split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(rows.firstIndex { $0.contains("Votes  Question") })
        let row = try #require(rows.firstIndex { $0.contains("Votre avis ?") })
        for _ in 0..<(row - header - 1) { try facilitator.send("Down") }
        try facilitator.waitFor("the text poll selected") { screen in
            screen.split(separator: "\n").contains { $0.contains("▶") && $0.contains("Votre avis ?") }
        }
        try facilitator.send("Enter")
        // The data root is a git repository (`conseil init`): the title bar's sync line arrives
        // from a background read of git; the header is compared once it is there.
        let before = try facilitator.waitFor(
            "(texte libre, ouvert)", "Base : 0 votant (0 bulletin)", "jamais synchronisé")
        let title = try facilitator.format("pane_title")
        let beforeRows = before.split(separator: "\n", omittingEmptySubsequences: false)
        let headerRow = String(beforeRows[0])
        // capture-pane ends with a line feed: 30 rows, then an empty string.
        try #require(beforeRows.count > 29, "\(before)")
        let hintRow = String(beforeRows[29])
        #expect(headerRow.contains("Séance de test · 17 novembre 2017"), "\(before)")
        #expect(hintRow.contains("? aide") && hintRow.contains("q quitter"), "\(before)")

        // alice votes through sshd; the words are quoted for the remote side.
        let vote = try server.ssh("alice", ["vote \(poll) '\(Self.hostile)'"])
        #expect(vote.status == 0, "\(vote.summary)\n\(server.log)")
        #expect(vote.stdout.contains("vote enregistré : " + Self.inert), "\(vote.summary)")
        #expect(!vote.stdout.unicodeScalars.contains { InertScalars.isControl($0) }, "\(vote.summary)")
        // The text reached the disk as typed, less the invisible: what follows is a real test of the screen.
        let ballots = try council.ballotRecords(
            council.root + "/" + council.session + "/polls/" + poll + "/ballots")
        #expect(Array(ballots.keys) == ["alice.json"])
        #expect(ballots["alice.json"]?["answers"] as? [String] == [Self.stored])

        // The facilitator's screen shows it by itself, made inert.
        let after = try facilitator.waitFor("the hostile answer, inert") { screen in
            screen.contains("Base : 1 votant (1 bulletin)") && screen.contains("fin")
        }
        #expect(try facilitator.format("pane_title") == title, "the answer renamed the pane")
        let afterRows = after.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(afterRows.count == beforeRows.count, "\(after)")
        #expect(afterRows.count > 29 && String(afterRows[0]) == headerRow, "the header is gone:\n\(after)")
        #expect(afterRows.count > 29 && String(afterRows[29]) == hintRow, "the hint bar is gone:\n\(after)")
        #expect(after.contains("Votre avis ?") && after.contains("(texte libre, ouvert)"), "\(after)")
        let shown = try #require(afterRows.first { $0.contains("avant") }, "\(after)")
        // Made visible (␛ ␇ ␍ <U+009B>) or removed: either way the whole text, in order.
        let visible = shown.contains(Self.inert)
        let removed = shown.contains("avant]0;piratemilieu[2Jicilasuitefin")
        #expect(visible || removed, "the answer is shown as:\n\(shown)")
        #expect(!after.unicodeScalars.contains { InertScalars.isControl($0) })
        #expect(try facilitator.format("alternate_on") == "1")
        #expect(try facilitator.format("pane_dead") == "0")

        // Control: the same bytes written raw to a pane do rename it, so the check above can fail.
        try Self.hostile.write(toFile: council.base + "/hostile.txt", atomically: true, encoding: .utf8)
        let raw = try panes.open("cat \(shellQuoted(council.base + "/hostile.txt")); sleep 30")
        try raw.waitFor(format: "pane_title", toBe: "pirate")
    }
}

/// What a captured screen must never contain: C0 and C1 controls (tmux gives back text only)
/// and the bidirectional overrides and isolates.
enum InertScalars {
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }
}

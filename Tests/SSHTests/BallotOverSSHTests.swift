import Foundation
import TestSupport
import Testing

// Issue 4, first check end to end: a member connects with their key through the real sshd and
// a real terminal (ssh -t in a tmux window), votes on the full-screen ballot, and the
// facilitator's interface, open in another tmux window on the same data root, shows the new
// count by itself.
#if canImport(Glibc)
    import Glibc
#endif

@Suite(
    .serialized, .timeLimit(.minutes(1)),
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: SSHServer.sshd),
        "skipped: /usr/sbin/sshd is absent; install Debian's openssh-server (.ci/run does)"),
    .enabled(if: Tmux.executable != nil, "skipped: tmux is not installed"))
struct BallotOverSSHTests {
    @Test func aMemberVotesOnTheBallotAndTheFacilitatorSeesTheCount() throws {
        let council = try TestCouncil()
        // Only the yes/no poll stays open, so that `vote` without a poll opens its ballot.
        try council.succeed(["poll", "close", council.wordsPoll], as: TestCouncil.facilitator)
        let server = try SSHServer(keys: [
            "alice": [council.binary, "--data", council.root, "--member", "alice", "--restricted"]
        ])
        let panes = try Tmux.panes(
            width: 100, height: 30, folder: council.base, command: council.facilitatorCommand)
        // The tmux server first (and the ssh and conseil in it), then sshd and the data root.
        defer {
            panes.kill()
            withExtendedLifetime((server, council)) {}
        }
        let facilitator = panes.firstPane

        // Pane A: the facilitator's results of the open poll.
        try facilitator.waitFor("Séance de test", "2 Scrutins")
        try facilitator.send("2")
        try facilitator.waitFor("Votes  Question", "Un tiers-lieu ?")
        try facilitator.send("Enter")
        try facilitator.waitFor("(oui/non, ouvert)", "Base : 0 votant (0 bulletin)")

        // Pane B: alice's terminal, `ssh -t … vote` with no answer: the ballot.
        let member = try panes.open(try server.terminalCommand("alice", ["vote"]))
        let ballot = try member.waitFor("Un tiers-lieu ?", "( ) Oui", "( ) Non", timeout: 15)
        #expect(ballot.contains("Vote — Alice"), "\(ballot)\n\(server.log)")
        #expect(try council.ballotRecords().isEmpty)
        try member.send("Down")
        try member.send("Space")
        try member.waitFor("(•) Non")
        try member.send("Enter")
        try member.waitFor("vote enregistré : Non")
        let voted = Date()

        let ballots = try council.ballotRecords()
        #expect(Array(ballots.keys) == ["alice.json"])
        #expect(ballots["alice.json"]?["voter"] as? String == "alice")
        #expect(ballots["alice.json"]?["answers"] as? [String] == ["Non"])

        // Pane A follows the files: no key pressed there.
        let after = try facilitator.waitFor("Base : 1 votant (1 bulletin)", "100,00 %")
        #expect(Date().timeIntervalSince(voted) < 2, "the facilitator's screen took too long")
        #expect(Self.count(after, "Non") == 1, "\(after)")
        #expect(Self.count(after, "Oui") == 0, "\(after)")

        // The member leaves the ballot; the connection ends cleanly.
        try member.send("q")
        try member.waitFor("“ssh exited 0”", scrollback: true) { $0.contains("ssh exited 0") }
        #expect(try council.ballotRecords().count == 1)
    }

    static let barGlyphs = "█▏▎▍▌▋▊▉░"

    /// The count printed after the bar on the results row of `label`.
    static func count(_ screen: String, _ label: String) -> Int? {
        guard let row = screen.split(separator: "\n").first(where: { $0.hasPrefix("   \(label) ") }) else {
            return nil
        }
        let afterBar = row.drop { !barGlyphs.contains($0) }.drop { barGlyphs.contains($0) }
        return afterBar.split(separator: " ").first.flatMap { Int($0) }
    }
}

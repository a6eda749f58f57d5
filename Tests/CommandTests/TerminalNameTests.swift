import Testing

/// The name of an unknown terminal is echoed inert: it cannot retitle the window or move the cursor.
@Suite struct TerminalNameTests {
    @Test func anUnknownTerminalIsNamedInert() throws {
        let council = try TestCouncil()
        let output = try council.run(
            ["tui"], environment: ["TERM": "\u{1B}]0;pwned\u{07}\u{1B}[2Jvt-inconnu"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("terminal inconnu"), "\(output.stderr)")
        #expect(output.stderr.contains("␛]0;pwned␇␛[2Jvt-inconnu"), "\(output.stderr)")
        #expect(!output.stderr.contains("\u{1B}") && !output.stderr.contains("\u{07}"), "\(output.stderr)")
    }
}

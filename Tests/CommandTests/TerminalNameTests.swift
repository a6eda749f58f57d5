import Foundation
import TestSupport
import Testing

/// The name of an unknown terminal is echoed inert: it cannot retitle the window or move the cursor.
@Suite struct TerminalNameTests {
    @Test func anUnknownTerminalIsNamedInert() throws {
        let council = try TestCouncil()
        let binary = try #require(ConseilBinary.path)
        // The interface starts only on a terminal: `script` (util-linux) gives it a real one.
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2Jvt-inconnu"
        let output = try runProcess(
            "/usr/bin/script", ["-qec", "'\(binary)' tui", "/dev/null"],
            environment: council.environment(["TERM": hostile]), directory: council.base.path)
        #expect(output.status != 0)
        #expect(output.stdout.contains("terminal inconnu"), "\(output.stdout)")
        #expect(output.stdout.contains("␛]0;pwned␇␛[2Jvt-inconnu"), "\(output.stdout)")
        #expect(!output.stdout.contains("\u{1B}") && !output.stdout.contains("\u{07}"), "\(output.stdout)")
    }
}

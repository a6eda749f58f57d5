import Foundation
import Testing

/// Text typed by anyone reaches the terminal inert: no escape sequence, no control
/// character, no bidirectional override in what `poll results` and `minutes export` print.
@Suite struct HostileTextTests {
    /// Clears the screen, retitles the window, returns the carriage, opens a C1 CSI, reverses the line.
    static let hostile = "Vraiment \u{1B}[2J ?\u{1B}]0;pirate\u{07} a\rb \u{9B}31m c \u{202E}envers"

    static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }

    @Test(arguments: ["choice", "words", "text"])
    func resultsPrintNoRawControls(kind: String) throws {
        let scenario = try Scenario()
        let council = scenario.council
        let voters = try scenario.addVoters(1)
        let options = kind == "choice" ? ["--option", Self.hostile, "--option", "Non"] : []
        let poll = try scenario.newPoll(kind: kind, question: Self.hostile, options)
        try council.succeed(["vote", poll, kind == "choice" ? "1" : Self.hostile], as: voters[0])

        // Text is what the issue asks; CSV, Markdown and the minutes reach terminals too.
        let outputs = [
            ["poll", "results", poll], ["poll", "results", poll, "--format", "csv"],
            ["poll", "results", poll, "--format", "md"], ["minutes", "export", scenario.session],
        ]
        for arguments in outputs {
            let output = try council.succeed(arguments)
            // CSV ends its own lines with CR LF; any other CR came from the hostile text.
            let lines = output.stdout.replacingOccurrences(of: "\r\n", with: "\n")
            // Only hex codes reach the test report: the report itself goes to a terminal.
            let found = lines.unicodeScalars.filter(Self.isDangerous).map { String($0.value, radix: 16) }
            #expect(found.count == 0, "\(arguments): raw controls \(found)")
            #expect(output.stdout.contains("pirate"), "\(arguments): the text itself is still shown")
        }
    }
}

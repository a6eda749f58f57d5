import Foundation
import TestSupport
import Testing

private let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}

/// Members' text in a Markdown export stays text once pandoc turns it into HTML: no script,
/// no heading, list, quote or link that a member typed.
@Suite(.enabled(if: pandoc != nil, "pandoc is not installed (apt-get install pandoc)"))
struct MarkdownExportTests {
    private static let note = """
        ## x
        <img src=x onerror=alert(1)>
        [a](javascript:alert(1))
        1. liste
        > citation
        - puce
        ---
        """
    private static let script = "<script>alert(1)</script>"

    /// A session whose note, decision, action, member, options and answers are all hostile.
    private func hostileSession() throws -> (Scenario, text: String, choice: String) {
        let scenario = try Scenario()
        let council = scenario.council
        try council.succeed(["member", "add", "eve", "--name", "Eve <b>*gras*</b>", "--role", "member"])
        try council.succeed(
            ["session", "attend", scenario.session, "eve", "present"], as: Scenario.secretary)
        for arguments in [
            ["--note", MarkdownExportTests.note], ["--decision", "**gras** `code` &amp; ~~barré~~"],
            ["--action", "[clic](javascript:alert(2))", "--who", "eve"],
        ] {
            try council.succeed(
                ["minutes", "add", scenario.session, "--item", scenario.item] + arguments,
                as: Scenario.secretary)
        }
        let text = try scenario.newPoll(
            kind: "text", question: "Pourquoi ? <script>x</script>", ["--item", scenario.item])
        try council.succeed(["vote", text, MarkdownExportTests.script], as: "eve")
        let choice = try scenario.newPoll(
            kind: "choice", question: "# Lieu ?",
            ["--item", scenario.item, "--option", "A|B", "--option", "<i>C</i>"])
        try council.succeed(["vote", choice, "A|B"], as: "eve")
        return (scenario, text, choice)
    }

    private func html(_ markdown: String, from format: String, in council: TestCouncil) throws -> String {
        let file = council.base.appendingPathComponent("export.md")
        try Data(markdown.utf8).write(to: file)
        let output = try runProcess(
            try #require(pandoc), ["-f", format, "-t", "html", file.path], environment: ["LANG": "C.UTF-8"])
        #expect(output.succeeded, "\(output.summary)")
        return output.stdout
    }

    private func expectInert(_ html: String, _ what: String) {
        for live in [
            "<script", "<img", "href=\"javascript", "<b>", "<i>", "<strong>", "<em>", "<code>", "<del>",
            "<blockquote>", "<hr", "<ol", ">x</h2>",
        ] {
            #expect(!html.contains(live), "\(what) has \(live):\n\(html)")
        }
    }

    @Test func theMinutesExportKeepsMembersTextAsText() throws {
        let (scenario, _, _) = try hostileSession()
        let markdown = try scenario.council.succeed(["minutes", "export", scenario.session]).stdout
        // CommonMark has no title block: pandoc's own Markdown reads it as metadata, CommonMark
        // would show its lines as a rule and text, so it is left out there.
        let body = markdown.split(separator: "\n", omittingEmptySubsequences: false).drop { $0 != "---" }
            .dropFirst().drop { $0 != "---" }.dropFirst().joined(separator: "\n")
        for format in ["markdown", "commonmark"] {
            let html = try html(format == "commonmark" ? body : markdown, from: format, in: scenario.council)
            expectInert(html, "minutes via \(format)")
            #expect(html.contains("## x"), "the note line is shown as typed:\n\(html)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(html)")
            #expect(html.contains("[clic](javascript:alert(2))"), "\(html)")
            #expect(html.contains("A|B"), "\(html)")
        }
    }

    @Test func pollResultsInMarkdownKeepAnswersAsText() throws {
        let (scenario, text, choice) = try hostileSession()
        for poll in [text, choice] {
            let markdown = try scenario.council.succeed(["poll", "results", poll, "--format", "md"]).stdout
            for format in ["markdown", "commonmark"] {
                expectInert(
                    try html(markdown, from: format, in: scenario.council), "results of \(poll) via \(format)"
                )
            }
        }
    }
}

import Testing

/// A council name and a question full of wide characters keep every row of the interface
/// within the terminal's width.
@Suite struct WideTextScreenTests {
    /// Columns the terminal gives a row: the wide characters of this test take two.
    private func columns(_ line: Substring) -> Int {
        line.reduce(0) { $0 + ("🚀⚡中文".contains($1) ? 2 : 1) }
    }

    @Test func rowsWithEmojiAndCJKFitTheScreen() throws {
        let council = try TestCouncil(name: "Conseil 🚀⚡ du numérique 中文 de la communauté de communes 🚀🚀⚡⚡")
        try council.succeed(["member", "add", "anne", "--name", "Anne 🚀", "--role", "facilitator"])
        let session = try council.newId(
            ["session", "new", "--title", "Séance ⚡⚡ 中文中文", "--date", "2017-11-17"], as: "anne")
        try council.succeed(
            [
                "poll", "new", session, "--kind", "choice", "--question",
                "🚀🚀🚀 中文中文中文 ⚡⚡⚡ quelle priorité pour 2018 et après ?",
                "--option", "🚀 Fusée", "--option", "⚡ Éclair",
            ], as: "anne")
        for keys in ["", "2", "2<Enter>"] {
            let screen = try council.succeed(
                ["tui", "--dump", "--size", "80x24", "--keys", keys], as: "anne"
            ).stdout
            for line in screen.split(separator: "\n") {
                #expect(columns(line) <= 80, "keys \(keys): \(columns(line)) columns:\n\(line)")
            }
        }
    }
}

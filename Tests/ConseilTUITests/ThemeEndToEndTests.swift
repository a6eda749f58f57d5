import Foundation
import TestSupport
import Testing

/// The palette a real terminal gets (issue 9 item 6): light when asked for (`tui --theme light`)
/// or when the terminal says its background is light (`COLORFGBG`), dark otherwise. Read from
/// the colours tmux holds for each cell (`capture-pane -e`), at 256 colours (tmux-256color).
@Suite(
    "End to end: the light and the dark palette in tmux",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"), .timeLimit(.minutes(2))
)
struct ThemeEndToEndTests {
    /// The running agenda item is drawn in the accent colour: 117 (light blue) on a dark
    /// background, 25 (dark blue, 4.5:1 on white) on a light one; the selected row's background
    /// is 117 or 153.
    static func colours(extra: [String: String] = [:], arguments: [String] = []) throws -> String {
        let app = try LiveApp(extra: extra, arguments: arguments)
        defer { app.tmux.kill() }
        try app.pane.waitFor("Le numérique dans nos quartiers", timeout: 30)
        return try app.tmux.tmux(["capture-pane", "-p", "-e", "-t", app.pane.target])
    }

    static func usesLightPalette(_ cells: String) -> Bool {
        cells.contains("38;5;25m") && cells.contains("48;5;153m") && !cells.contains("5;117m")
    }

    static func usesDarkPalette(_ cells: String) -> Bool {
        cells.contains("38;5;117m") && cells.contains("48;5;117m") && !cells.contains("38;5;25m")
    }

    @Test func darkWhenNothingTells() throws {
        let cells = try Self.colours()
        #expect(Self.usesDarkPalette(cells), "\(cells.debugDescription)")
    }

    @Test func lightWhenTheTerminalSaysItsBackgroundIsWhite() throws {
        let cells = try Self.colours(extra: ["COLORFGBG": "0;15"])
        #expect(Self.usesLightPalette(cells), "\(cells.debugDescription)")
    }

    /// Asked for, the theme wins over what the terminal says.
    @Test func askedForWinsOverTheTerminal() throws {
        let light = try Self.colours(extra: ["COLORFGBG": "15;0"], arguments: ["tui", "--theme", "light"])
        #expect(Self.usesLightPalette(light), "\(light.debugDescription)")
        let dark = try Self.colours(extra: ["COLORFGBG": "0;15"], arguments: ["tui", "--theme", "dark"])
        #expect(Self.usesDarkPalette(dark), "\(dark.debugDescription)")
    }
}

import ConseilCore

/// The help screen, generated from the keymap: every key, what it does, and where.
enum HelpView {
    static func draw(_ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        buffer.write(
            state.t("Aide — touches (une touche pour revenir)", "Help — keys (any key to go back)"),
            x: area.x, y: area.y, style: .bold)
        var y = area.y + 2
        for binding in Keymap.bindings where y < area.y + area.height {
            let keys = binding.keys.map(\.label).joined(separator: " ").padded(12)
            let scope =
                binding.screens.isEmpty
                ? ""
                : "  (" + binding.screens.map { $0.title.text(state.language) }.joined(separator: ", ") + ")"
            buffer.write(
                "  " + keys + binding.help.text(state.language) + scope, x: area.x, y: y, limit: area.width)
            y += 1
        }
    }
}

import ConseilCore

/// The help screen, generated from the keymap: the keys that work everywhere, then each
/// screen's own, flowed into as many columns as the width allows so that all of them show.
/// Like the hint bar, it lists only the keys whose action the actor may do.
enum HelpView {
    static func draw(_ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        buffer.write(
            state.t("Aide — touches (une touche pour revenir)", "Help — keys (any key to go back)"),
            x: area.x, y: area.y, style: .bold)
        var lines: [(text: String, heading: Bool)] = []
        let allowed = Keymap.bindings.filter { state.actor.may($0.action.capability) }
        // Groups are spaced by a blank line unless that would push a column off the screen; then
        // the keys also start right under the title.
        let keyCount = allowed.count + 2
        let spaced = keyCount + Screen.allCases.count + 1 <= (area.height - 2) * max(1, area.width / 26)
        let top = spaced ? 2 : 1
        let rows = max(1, area.height - top)
        // A screen's heading shows even with no key of its own: it names the key that opens it.
        func group(_ title: String, _ bindings: [Binding], always: Bool = false) {
            guard always || !bindings.isEmpty else { return }
            if !lines.isEmpty && spaced { lines.append(("", false)) }
            lines.append((title, true))
            for binding in bindings {
                let keys = binding.keys.map { $0.label(state.language) }.joined(separator: " ")
                lines.append((keys.padded(9) + binding.help.text(state.language), false))
            }
        }
        // Keys of several screens are listed once, with those of every screen; the keys that
        // choose a screen are named by its heading (« 1 Ordre du jour »), not listed again.
        let everywhere = allowed.filter { binding in
            if case .screen = binding.action { return false }
            return binding.screens.count != 1
        }
        group(state.t("Partout", "Everywhere"), everywhere)
        for screen in Screen.allCases {
            group(
                "\(screen.rawValue) " + screen.title.text(state.language),
                allowed.filter { $0.screens == [screen] && !$0.projectorOnly }, always: true)
        }
        group(state.t("Projecteur", "Projector"), allowed.filter(\.projectorOnly))
        let columns = (lines.count + rows - 1) / rows
        let width = area.width / max(1, columns)
        for (index, line) in lines.enumerated() {
            let x = area.x + index / rows * width
            let y = area.y + top + index % rows
            buffer.write(line.text, x: x, y: y, style: line.heading ? .bold : .normal, limit: width - 1)
        }
    }
}

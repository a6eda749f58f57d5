import ConseilCore

/// Draws a form as a box over the screen; the focused field is highlighted.
enum FormView {
    static func draw(_ form: Form, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        let width = min(area.width - 2, 90)
        let x = area.x + (area.width - width) / 2
        let errorRows = form.error == nil ? 0 : 1
        let height = min(area.height, form.fields.count + 4 + errorRows)
        let faulty = form.error?.field.flatMap(form.index(of:))
        for row in 0..<height { buffer.fill(x: x, y: area.y + row, width: width, style: .reverse) }
        buffer.write(" " + form.title.text(state.language), x: x, y: area.y, style: .bold, limit: width)
        let labelWidth = 32
        for (index, field) in form.fields.enumerated() where index + 2 < height - 1 - errorRows {
            let y = area.y + 2 + index
            let focused = index == form.focus
            let (label, value) = describe(field, state)
            let marker = index == faulty ? " ! " : focused ? " ▶ " : "   "
            buffer.write(
                marker + label.padded(labelWidth - 3), x: x, y: y,
                style: index == faulty ? .warning : .reverse,
                limit: labelWidth)
            let shown = value + (focused && isTyped(field) ? "▏" : "")
            // A long text shows its end, where the typing happens.
            let room = width - labelWidth - 1
            let visible = DisplayWidth.of(shown) > room ? "…" + String(shown.suffix(room - 1)) : shown
            buffer.write(visible, x: x + labelWidth, y: y, style: focused ? .selected : .normal, limit: room)
        }
        if let error = form.error {
            // Beside the field it is about: that field's label, then what to change.
            let label = faulty.map { describe(form.fields[$0], state).0 + " : " } ?? ""
            buffer.write(
                " ! " + label + error.message.text(state.language), x: x, y: area.y + height - 2,
                style: .warning, limit: width)
        }
        let help = state.t(
            " Tab/↓ champ suivant · ←/→ choisir · Espace cocher · Entrée (dernier champ) ou Ctrl-S valider · Échap annuler",
            " Tab/↓ next field · ←/→ choose · Space toggle · Enter (last field) or Ctrl-S submit · Esc cancel"
        )
        buffer.write(help, x: x, y: area.y + height - 1, style: .reverse, limit: width)
    }

    private static func isTyped(_ field: Form.Field) -> Bool {
        switch field {
        case .text, .number: true
        default: false
        }
    }

    private static func describe(_ field: Form.Field, _ state: AppState) -> (String, String) {
        switch field {
        case .text(let label, let value, _), .number(let label, let value):
            return (label.text(state.language), value)
        case .choice(let label, let options, let index):
            return (label.text(state.language), "◀ " + options[index].text(state.language) + " ▶")
        case .toggle(let label, let on):
            return (label.text(state.language), on ? "[x]" : "[ ]")
        }
    }
}

import ConseilCore

/// The minutes screen: the minutes laid out as text (headings, lists, aligned tables), read
/// line by line from `AppState.minutesTop`. The first row keeps the heading of the section at
/// the top of the view, marked ▶: the section that n, d, a and e write in.
enum MinutesScreen {
    /// The minutes' lines at the screen's width (the area less a 2-cell margin for ▶).
    static func lines(_ state: AppState) -> [MinutesLine] {
        guard let document = state.data.minutes else { return [] }
        return MinutesLayout.lines(document, width: state.width - 4, language: state.language)
    }

    /// The rows of the view under the title bar and tabs, above the hint bar.
    static func rows(_ state: AppState) -> Int { max(1, state.height - 4) }

    /// The top that shows the last line on the last row.
    static func lastTop(_ lines: [MinutesLine], _ state: AppState) -> Int {
        max(0, lines.count - rows(state))
    }

    static func draw(_ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        let lines = lines(state)
        guard !lines.isEmpty else {
            buffer.write(state.t("Aucune séance.", "No session."), x: area.x, y: area.y)
            return
        }
        let top = min(state.minutesTop, lines.count - 1)
        let section = lines[top].section
        let heading = lines.first { $0.section == section && $0.opensSection }?.text ?? ""
        let last = min(lines.count, top + area.height)
        // Where the view is, so that nobody takes the last row shown for the end.
        let position = " \(top + 1)–\(last)/\(lines.count) "
        let positionWidth = DisplayWidth.of(position)
        buffer.fill(x: area.x, y: area.y, width: area.width, style: .selected)
        buffer.write(
            "▶ " + heading, x: area.x, y: area.y, style: .selected, limit: area.width - positionWidth)
        buffer.write(position, x: area.x + area.width - positionWidth, y: area.y, style: .selected)
        for (row, line) in lines[min(lines.count, top + 1)..<last].enumerated() {
            buffer.write(
                line.text, x: area.x + 2, y: area.y + 1 + row, style: line.style, limit: area.width - 2)
        }
    }
}

import ConseilCore

/// The minutes of the session as they will be exported: attendance, then each agenda item
/// with its notes, decisions, actions and poll results. ↑/↓ scroll.
enum MinutesView {
    static func draw(_ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        guard let document = state.data.minutes else {
            buffer.write(state.t("Aucune séance.", "No session."), x: area.x, y: area.y)
            return
        }
        let lines = MinutesMarkdown(language: state.language).render(document).split(separator: "\n", omittingEmptySubsequences: false)
        let offset = min(state.cursor[.minutes] ?? 0, max(0, lines.count - area.height))
        for (row, line) in lines.dropFirst(offset).prefix(area.height).enumerated() {
            let text = String(line)
            let style: CellStyle = text.hasPrefix("#") ? .bold : .normal
            buffer.write(text.hasPrefix("#") ? text.drop { $0 == "#" }.trimmingLeadingSpace : text, x: area.x, y: area.y + row, style: style, limit: area.width)
        }
    }

    static func lineCount(_ state: AppState) -> Int {
        guard let document = state.data.minutes else { return 0 }
        return MinutesMarkdown(language: state.language).render(document).split(separator: "\n", omittingEmptySubsequences: false).count
    }
}

extension Substring {
    var trimmingLeadingSpace: String { String(drop { $0 == " " }) }
}

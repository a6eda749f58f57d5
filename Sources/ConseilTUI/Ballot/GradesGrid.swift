import ConseilCore

/// A grades ballot as a grid: one row per option, one column per grade (numbered, best
/// first), a dot where the option's grade is; the selected option's grade is spelt out below.
enum GradesGrid {
    static func draw(
        _ state: BallotState, _ poll: Poll, top: Int, bottom: Int, _ buffer: inout ScreenBuffer
    ) {
        let columns = poll.scale.count * 2
        let labelWidth = max(8, min(40, state.width - columns - 4))
        var y = top
        let numbers = poll.scale.indices.map { " \(($0 + 1) % 10)" }.joined()
        buffer.write(String(repeating: " ", count: labelWidth + 2) + numbers, x: 0, y: y, style: .dim)
        y += 1
        let dot = state.unicode ? "●" : "X"
        let empty = state.unicode ? "·" : "."
        // The option rows lie between the numbers above and the spelt-out grade below.
        let window = ScrollWindow(total: poll.options.count, cursor: state.cursor, rows: bottom - 1 - y)
        y = window.drawMarkers(top: y, bottom: bottom - 1, language: state.language, &buffer)
        for index in window.range {
            let option = poll.options[index]
            let selected = index == state.cursor
            if selected { buffer.fill(x: 0, y: y, width: state.width, style: .selected) }
            let style: CellStyle = selected ? .selected : .normal
            buffer.write((selected ? "▶ " : "  ") + option, x: 0, y: y, style: style, limit: labelWidth + 1)
            let cells = poll.scale.indices.map { " " + (state.graded[index] == $0 ? dot : empty) }.joined()
            buffer.write(cells, x: labelWidth + 2, y: y, style: style)
            y += 1
        }
        let option = poll.options[state.cursor]
        let grade = state.graded[state.cursor].map { poll.scale[$0] } ?? state.t("non noté", "ungraded")
        buffer.write(" \(option) : \(grade)", x: 0, y: bottom - 1, style: .bold, limit: state.width - 1)
    }
}

/// A list over the current screen (sessions, attendance, minutes entries): a centred box with
/// its title, the window of rows that keeps the cursor's row in view, the chosen row marked ▶.
enum OverlayList {
    static func draw(
        title: String, rows: Int, count: Int, cursor: Int, maxWidth: Int, _ area: Area,
        _ buffer: inout ScreenBuffer, line: (Int) -> String
    ) {
        let width = min(area.width - 4, maxWidth)
        let x = area.x + (area.width - width) / 2
        let first = max(0, cursor - rows + 1)
        for row in 0..<(rows + 3) { buffer.fill(x: x, y: area.y + row, width: width, style: .reverse) }
        buffer.write(" " + title, x: x, y: area.y, style: .reverse, limit: width)
        for (offset, index) in (min(first, count)..<count).prefix(rows).enumerated() {
            let selected = index == cursor
            buffer.write(
                (selected ? " ▶ " : "   ") + line(index), x: x, y: area.y + 2 + offset,
                style: selected ? .bold : .reverse, limit: width)
        }
    }
}

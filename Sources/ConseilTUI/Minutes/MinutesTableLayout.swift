import ConseilCore

/// A table laid out in aligned columns two cells apart, numbers on the right, the header in
/// bold over a rule. When the table is wider than the screen, the widest text column wraps.
enum MinutesTableLayout {
    static let gap = 2

    static func lines(_ table: MinutesTable, width: Int) -> [(text: String, style: CellStyle)] {
        let columns = table.header.count
        var widths = (0..<columns).map { column in
            ([table.header] + table.rows).map {
                DisplayWidth.of($0.indices.contains(column) ? $0[column] : "")
            }.max() ?? 0
        }
        let overflow = widths.reduce(0, +) + gap * (columns - 1) - width
        if overflow > 0,
            let widest = widths.indices.filter({ !table.right[$0] }).max(by: { widths[$0] < widths[$1] })
        {
            widths[widest] = max(6, widths[widest] - overflow)
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(
            separator: String(repeating: " ", count: gap))
        return row(table.header, widths, table.right).map { ($0, .bold) } + [(rule, .dim)]
            + table.rows.flatMap { row($0, widths, table.right).map { ($0, CellStyle.normal) } }
    }

    /// One row of cells, on as many lines as its wrapped cells need.
    private static func row(_ cells: [String], _ widths: [Int], _ right: [Bool]) -> [String] {
        let wrapped = widths.indices.map { column in
            let text = cells.indices.contains(column) ? cells[column] : ""
            return DisplayWidth.of(text) <= widths[column]
                ? [text] : MinutesLayout.wrap(text, width: widths[column])
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            widths.indices.map { column in
                let text = line < wrapped[column].count ? wrapped[column][line] : ""
                let pad = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(text)))
                return right[column] ? pad + text : text + pad
            }.joined(separator: String(repeating: " ", count: gap))
        }.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }
}

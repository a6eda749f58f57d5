import ConseilCore

/// A second round beside its first: for each answer, its share of each round's own voters as
/// two bars, and the change in points, so that rounds of 8 and 5 voters compare fairly.
enum ComparisonView {
    static func draw(
        _ before: PollResults, _ after: PollResults, _ state: AppState, _ area: Area,
        _ buffer: inout ScreenBuffer
    ) {
        let comparison = RoundComparison(before: before, after: after)
        let labelWidth = min(
            area.width / 4, max(10, comparison.rows.map { DisplayWidth.of($0.label) }.max() ?? 10))
        let changeWidth = 14
        let column = (area.width - labelWidth - changeWidth - 4) / 2
        let x0 = area.x + labelWidth + 2
        let x1 = x0 + column + 1
        let x2 = x1 + column + 1
        let voters = { (n: Int) in state.t("\(n) votant\(n > 1 ? "s" : "")", "\(n) voter\(n == 1 ? "" : "s")")
        }
        buffer.write(
            state.t("Avant", "Before") + " · " + voters(comparison.baseBefore), x: x0, y: area.y,
            style: .bold, limit: column)
        buffer.write(
            state.t("Après", "After") + " · " + voters(comparison.baseAfter), x: x1, y: area.y, style: .bold,
            limit: column)
        buffer.write(state.t("Écart", "Change"), x: x2, y: area.y, style: .bold)
        // Both rounds on one scale, the largest share filling its column.
        let scale = max(
            1,
            comparison.rows.flatMap { [$0.percentBefore, $0.percentAfter] }.compactMap { $0?.hundredths }
                .max() ?? 1)
        let room = area.height - 2
        let step = max(1, min(3, room / max(1, comparison.rows.count)))
        var y = area.y + 2
        for row in comparison.rows where y < area.y + area.height {
            buffer.write(row.label, x: area.x + 1, y: y, style: .bold, limit: labelWidth)
            share(row.percentBefore, scale, x: x0, y: y, width: column, state, &buffer)
            share(row.percentAfter, scale, x: x1, y: y, width: column, state, &buffer)
            let points = row.percentChange.map { Percentage.formattedChange($0, state.language) } ?? "—"
            let style: CellStyle =
                (row.percentChange ?? 0) > 0 ? .good : (row.percentChange ?? 0) < 0 ? .warning : .normal
            buffer.write(points, x: x2, y: y, style: style)
            y += step
        }
    }

    /// One round's share: a bar (`scale` hundredths fill the column) and the percentage after it.
    private static func share(
        _ percent: Percentage?, _ scale: Int, x: Int, y: Int, width: Int, _ state: AppState,
        _ buffer: inout ScreenBuffer
    ) {
        let text = percent?.formatted(state.language) ?? "—"
        let room = max(1, width - 10)
        let cells = (percent?.hundredths ?? 0) * room / scale
        buffer.fill(x: x, y: y, width: cells, character: state.unicode ? "█" : "#", style: .bar)
        buffer.write(text, x: x + cells + 1, y: y, style: .accent)
    }
}

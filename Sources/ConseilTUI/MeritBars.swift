import ConseilCore

/// Majority judgment's merit profiles in colour: the text bars of `ResultsText.rankingLines`
/// (each cell shows its grade's number, so they read without colour too) and the legend's
/// numbers get one shade per grade, from green for the best to red for the worst.
enum MeritBars {
    static let shades: [CellStyle] = [.merit1, .merit2, .merit3, .merit4, .merit5, .merit6, .merit7]

    /// The shade of grade `grade` (0 the best) in a scale of `count` grades, spread over the seven.
    static func style(grade: Int, of count: Int) -> CellStyle {
        guard count > 1 else { return shades[0] }
        let place = (grade * (shades.count - 1) * 2 + (count - 1)) / (2 * (count - 1))
        return shades[min(shades.count - 1, max(0, place))]
    }

    /// Colours what `rankingLines(results)` drew with its first line at row `top`, from column
    /// `x`, within `limit` columns; rows past `bottom` (exclusive) were not drawn.
    static func paint(
        _ results: PollResults, _ text: ResultsText, x: Int, top: Int, limit: Int, bottom: Int,
        _ buffer: inout ScreenBuffer
    ) {
        let scale = results.poll.scale.count
        let columns = text.rankingColumns(results)
        for (grade, place) in columns.legend.enumerated() where place.column < limit {
            buffer.restyle(
                x: x + place.column, y: top + place.line, width: 1, style: style(grade: grade, of: scale))
        }
        for (row, ranked) in results.ranking.enumerated() where top + columns.barsLine + row < bottom {
            var column = columns.barsColumn
            for (grade, cells) in MeritProfile.segments(ranked.profile, width: text.barWidth).enumerated() {
                buffer.restyle(
                    x: x + column, y: top + columns.barsLine + row, width: min(cells, limit - column),
                    style: style(grade: grade, of: scale))
                column += cells
            }
        }
    }
}

/// A merit profile drawn as one stacked bar: each grade's share of the cells, best first.
public enum MeritProfile {
    /// Cells per grade, adding up to `width` exactly (cut at the cumulative shares, floored).
    public static func segments(_ profile: [Int], width: Int) -> [Int] {
        let total = profile.reduce(0) { $0.addingSaturated($1) }
        guard total > 0, width > 0 else { return profile.map { _ in 0 } }
        var cells: [Int] = []
        var reached = 0
        var drawn = 0
        for count in profile {
            reached += count
            let edge = reached * width / total
            cells.append(edge - drawn)
            drawn = edge
        }
        return cells
    }

    /// The bar in text: each grade's cells show its number in the scale (1 the best), so that
    /// it reads without colour, in any terminal and in Markdown.
    public static func text(_ profile: [Int], width: Int) -> String {
        segments(profile, width: width).enumerated().map { grade, cells in
            String(repeating: String((grade + 1) % 10), count: cells)
        }.joined()
    }

    /// « 1 Excellent · 2 Très bien · … », the key to the bars.
    public static func legend(_ scale: [String]) -> String {
        legendEntries(scale).joined(separator: legendSeparator)
    }

    /// « 1 Excellent », « 2 Très bien »…: one entry of the legend per grade.
    public static func legendEntries(_ scale: [String]) -> [String] {
        scale.enumerated().map { "\(($0.offset + 1) % 10) \(InertText.make($0.element))" }
    }

    public static let legendSeparator = " · "
}

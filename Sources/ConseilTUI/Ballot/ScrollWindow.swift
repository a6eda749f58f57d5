import ConseilCore

/// Which rows of a list fit in a given height around the cursor, with a « ↑ plus » row above
/// and a « ↓ plus » row below when rows are hidden there (the ballot at 40×12, issue 9).
struct ScrollWindow: Equatable {
    /// The first row shown and how many follow it.
    let first: Int
    let shown: Int
    let moreAbove: Bool
    let moreBelow: Bool

    init(total: Int, cursor: Int, rows: Int) {
        let cursor = min(max(0, cursor), max(0, total - 1))
        if total <= rows {
            (first, shown, moreAbove, moreBelow) = (0, max(0, total), false, false)
        } else if rows < 3 {
            // No room for a marker beside the row the cursor is on.
            (first, shown, moreAbove, moreBelow) = (cursor, min(1, max(0, rows)), false, false)
        } else if cursor < rows - 1 {
            (first, shown, moreAbove, moreBelow) = (0, rows - 1, false, true)
        } else if cursor >= total - (rows - 1) {
            (first, shown, moreAbove, moreBelow) = (total - (rows - 1), rows - 1, true, false)
        } else {
            (first, shown, moreAbove, moreBelow) = (cursor - (rows - 2) + 1, rows - 2, true, true)
        }
    }

    /// The rows shown, in order.
    var range: Range<Int> { first..<(first + shown) }

    /// Draws the markers in the list's area (rows `top` ..< `bottom`); returns the row of the first item.
    func drawMarkers(top: Int, bottom: Int, language: Language, _ buffer: inout ScreenBuffer) -> Int {
        let more = language == .fr ? "plus" : "more"
        if moreAbove { buffer.write("  ↑ " + more, x: 0, y: top, style: .dim) }
        if moreBelow { buffer.write("  ↓ " + more, x: 0, y: bottom - 1, style: .dim) }
        return top + (moreAbove ? 1 : 0)
    }
}

import ConseilCore

public enum CellStyle: UInt8, Sendable {
    case normal, bold, reverse, dim, title, accent, warning, good, bar, selected
    /// Majority judgment's grades, best to worst (`MeritBars.style(grade:of:)` picks one).
    case merit1, merit2, merit3, merit4, merit5, merit6, merit7
}

public struct Cell: Equatable, Sendable {
    public var character: Character
    public var style: CellStyle
    /// The right half of a wide character: drawn by the cell to its left.
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", style: .normal, isContinuation: false)
}

/// The screen as a grid of cells: views draw into it, tests read it as text, and the terminal
/// backend copies it to curses. Text written here is made inert first.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` at (x, y), clipped to `limit` cells (default: the line's end); returns
    /// the number of cells used. A text cut short ends with « … », so that nobody reads a cut
    /// word as the whole one (only spaces cut off leave no mark).
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle = .normal, limit: Int? = nil)
        -> Int
    {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        var starts: [Int] = []
        let characters = Array(InertText.make(text))
        for (index, character) in characters.enumerated() {
            let cellWidth = DisplayWidth.of(character)
            if cellWidth == 0 { continue }
            if column + cellWidth > end {
                if characters[index...].contains(where: { !$0.isWhitespace }) {
                    column = markCut(y: y, column: column, end: end, starts: starts, style: style)
                }
                break
            }
            if column >= 0 {
                cells[y * width + column] = Cell(character: character, style: style, isContinuation: false)
                if cellWidth == 2 {
                    cells[y * width + column + 1] = Cell(character: " ", style: style, isContinuation: true)
                }
            }
            starts.append(column)
            column += cellWidth
        }
        return column - x
    }

    /// Puts « … » in the last cell that the cut text may use, over the last character if needed.
    private mutating func markCut(y: Int, column: Int, end: Int, starts: [Int], style: CellStyle) -> Int {
        var at = column
        if at >= end, let last = starts.last {
            at = last
            for cell in last..<column where cell >= 0 {
                cells[y * width + cell] = Cell(character: " ", style: style, isContinuation: false)
            }
        }
        guard at >= 0, at < end else { return column }
        cells[y * width + at] = Cell(character: "…", style: style, isContinuation: false)
        return at + 1
    }

    /// Gives `count` cells from (x, y) another style, keeping what they show.
    public mutating func restyle(x: Int, y: Int, width count: Int, style: CellStyle) {
        guard y >= 0, y < height, count > 0 else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + count)) {
            cells[y * width + column].style = style
        }
    }

    public mutating func fill(x: Int, y: Int, width count: Int, character: Character = " ", style: CellStyle)
    {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + count) {
            cells[y * width + column] = Cell(character: character, style: style, isContinuation: false)
        }
    }

    /// The screen as plain text, one line per row, trailing spaces removed.
    public var text: String {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !cells[row * width + column].isContinuation {
                line.append(cells[row * width + column].character)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

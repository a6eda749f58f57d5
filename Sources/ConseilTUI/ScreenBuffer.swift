import ConseilCore

public enum CellStyle: UInt8, Sendable {
    case normal, bold, reverse, dim, title, accent, warning, good, bar, selected
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
    /// the number of cells used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle = .normal, limit: Int? = nil)
        -> Int
    {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in InertText.make(text) {
            let cellWidth = DisplayWidth.of(character)
            if cellWidth == 0 { continue }
            if column + cellWidth > end { break }
            if column >= 0 {
                cells[y * width + column] = Cell(character: character, style: style, isContinuation: false)
                if cellWidth == 2 {
                    cells[y * width + column + 1] = Cell(character: " ", style: style, isContinuation: true)
                }
            }
            column += cellWidth
        }
        return column - x
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

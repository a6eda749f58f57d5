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

/// Terminal cells a character takes: 2 for East Asian wide and emoji, 0 for combining marks.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200D: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    public static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }
}

/// The multi-line text being edited: lines of characters, a cursor, and an undo history.
/// Pure value type; the keys come from `EditorKeys`, the wrapping from `wrapped(width:)`.
public struct TextEditor: Sendable, Equatable {
    public private(set) var lines: [[Character]]
    public private(set) var row = 0
    public private(set) var column = 0
    private var history: [Snapshot] = []
    /// Consecutive typing is undone as one step, like in most editors.
    private var typingRun = false

    struct Snapshot: Sendable, Equatable {
        let lines: [[Character]]
        let row: Int
        let column: Int
    }

    public static let maxUndo = 200
    public static let maxLength = 20_000

    public init(text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        if lines.isEmpty { lines = [[]] }
        row = lines.count - 1
        column = lines[row].count
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }
    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }
    private var length: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

    // MARK: Editing

    public mutating func insert(_ character: Character) {
        guard length < TextEditor.maxLength, !character.isNewline else {
            if character.isNewline { newline() }
            return
        }
        remember(typing: character != " ")
        lines[row].insert(character, at: column)
        column += 1
    }

    public mutating func newline() {
        guard length < TextEditor.maxLength else { return }
        remember(typing: false)
        let rest = Array(lines[row][column...])
        lines[row].removeSubrange(column...)
        lines.insert(rest, at: row + 1)
        row += 1
        column = 0
    }

    public mutating func backspace() {
        if column > 0 {
            remember(typing: false)
            lines[row].remove(at: column - 1)
            column -= 1
        } else if row > 0 {
            remember(typing: false)
            let line = lines.remove(at: row)
            row -= 1
            column = lines[row].count
            lines[row] += line
        }
    }

    public mutating func deleteForward() {
        if column < lines[row].count {
            remember(typing: false)
            lines[row].remove(at: column)
        } else if row + 1 < lines.count {
            remember(typing: false)
            lines[row] += lines.remove(at: row + 1)
        }
    }

    /// Ctrl-K: deletes from the cursor to the end of the line (joins the next line at its end).
    public mutating func killToEnd() {
        if column == lines[row].count { return deleteForward() }
        remember(typing: false)
        lines[row].removeSubrange(column...)
    }

    /// Ctrl-U: deletes from the start of the line to the cursor.
    public mutating func killToStart() {
        guard column > 0 else { return }
        remember(typing: false)
        lines[row].removeSubrange(..<column)
        column = 0
    }

    /// Ctrl-W: deletes the word before the cursor, and the spaces after it.
    public mutating func deleteWordBackward() {
        guard column > 0 else { return backspace() }
        remember(typing: false)
        var start = column
        while start > 0 && lines[row][start - 1] == " " { start -= 1 }
        while start > 0 && lines[row][start - 1] != " " { start -= 1 }
        lines[row].removeSubrange(start..<column)
        column = start
    }

    public mutating func undo() {
        guard let last = history.popLast() else { return }
        lines = last.lines
        row = last.row
        column = last.column
        typingRun = false
    }

    public var canUndo: Bool { !history.isEmpty }

    private mutating func remember(typing: Bool) {
        if typing && typingRun { return }
        history.append(Snapshot(lines: lines, row: row, column: column))
        if history.count > TextEditor.maxUndo { history.removeFirst() }
        typingRun = typing
    }

    // MARK: Moving

    public mutating func moveLeft() {
        typingRun = false
        if column > 0 {
            column -= 1
        } else if row > 0 {
            row -= 1
            column = lines[row].count
        }
    }

    public mutating func moveRight() {
        typingRun = false
        if column < lines[row].count {
            column += 1
        } else if row + 1 < lines.count {
            row += 1
            column = 0
        }
    }

    public mutating func moveUp() {
        typingRun = false
        guard row > 0 else { return column = 0 }
        row -= 1
        column = min(column, lines[row].count)
    }

    public mutating func moveDown() {
        typingRun = false
        guard row + 1 < lines.count else { return column = lines[row].count }
        row += 1
        column = min(column, lines[row].count)
    }

    public mutating func moveHome() {
        typingRun = false
        column = 0
    }

    public mutating func moveEnd() {
        typingRun = false
        column = lines[row].count
    }

    // MARK: Display

    /// The text wrapped at word boundaries to `width` cells, and where the cursor falls.
    public func wrapped(width: Int) -> (lines: [String], cursorRow: Int, cursorColumn: Int) {
        let width = max(8, width)
        var output: [String] = []
        var cursor = (0, 0)
        for (index, line) in lines.enumerated() {
            var start = 0
            repeat {
                var end = min(line.count, start + width)
                if end < line.count, let space = line[start..<end].lastIndex(of: " "), space > start {
                    end = space + 1
                }
                if index == row && column >= start && (column < end || end == line.count) {
                    cursor = (output.count, column - start)
                }
                output.append(String(line[start..<end]))
                start = end
            } while start < line.count
        }
        return (output, cursor.0, cursor.1)
    }
}

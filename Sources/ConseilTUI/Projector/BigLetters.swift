import ConseilCore

/// Words in large letters drawn from a console font: each cell holds 2×2 sub-pixels as a
/// quadrant block (▀ ▄ ▌ ▐ ▞ █ …), so a 16-pixel glyph takes 8 rows, or 4 scaled down, or 16
/// with every pixel doubled. Letters keep the font's proportions (a cell is twice as tall as
/// wide).
struct BigLetters: Sendable {
    let font: PSFFont

    /// The letter heights the views choose from, largest first.
    static let sizes = [16, 8, 4]

    static var shared: BigLetters? { ConsoleFont.shared.map(BigLetters.init) }

    /// Cells per letter across, at `rows` cells high.
    func columns(rows: Int) -> Int { max(1, rows * font.width * 2 / font.height) }

    func width(_ text: String, rows: Int) -> Int { text.count * columns(rows: rows) }

    /// The rows of `text` at `rows` cells high; blocks become `#` on a terminal without UTF-8.
    func render(_ text: String, rows: Int, unicode: Bool) -> [String] {
        let columns = columns(rows: rows)
        var lines = Array(repeating: "", count: rows)
        for character in text {
            let pixels = pixels(of: character)
            for row in 0..<rows {
                for column in 0..<columns {
                    var mask = 0
                    for (bit, (dx, dy)) in [(0, 0), (1, 0), (0, 1), (1, 1)].enumerated()
                    where lit(pixels, 2 * column + dx, 2 * row + dy, columns * 2, rows * 2) {
                        mask |= 1 << bit
                    }
                    lines[row].append(unicode ? Self.quadrants[mask] : mask == 0 ? " " : "#")
                }
            }
        }
        return lines
    }

    /// Whether any font pixel under the sub-pixel (x, y) of a `w`×`h` grid is set: thin strokes
    /// survive scaling down.
    private func lit(_ pixels: [Bool], _ x: Int, _ y: Int, _ w: Int, _ h: Int) -> Bool {
        let x0 = x * font.width / w
        let x1 = max(x0 + 1, (x + 1) * font.width / w)
        let y0 = y * font.height / h
        let y1 = max(y0 + 1, (y + 1) * font.height / h)
        for py in y0..<min(y1, font.height) {
            for px in x0..<min(x1, font.width) where pixels[py * font.width + px] { return true }
        }
        return false
    }

    /// The glyph of a character, else of its letter without accent, else of `?`; spaces of
    /// any kind are blank.
    private func pixels(of character: Character) -> [Bool] {
        let blank = [Bool](repeating: false, count: font.width * font.height)
        if character.isWhitespace { return blank }
        if let glyph = font.glyph(character) { return glyph }
        if let base = TextFolding.foldAccentsAndCase(String(character)).first, let glyph = font.glyph(base) {
            return glyph
        }
        return font.glyph("?") ?? blank
    }

    /// Quadrant blocks by mask: bit 0 upper left, 1 upper right, 2 lower left, 3 lower right.
    private static let quadrants: [Character] = [
        " ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█",
    ]
}

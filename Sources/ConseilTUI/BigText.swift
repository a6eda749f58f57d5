/// Large characters built from block glyphs, 5 rows high, for the projector: readable from
/// the back of the room. Digits, the French decimal comma, % and a few letters.
enum BigText {
    static let height = 5

    private static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"], "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"], "3": ["███", "  █", " ██", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"], "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"], "7": ["███", "  █", " █ ", " █ ", " █ "],
        "8": ["███", "█ █", "███", "█ █", "███"], "9": ["███", "█ █", "███", "  █", "███"],
        ",": ["  ", "  ", "  ", " █", "█ "], ".": [" ", " ", " ", " ", "█"],
        "%": ["█  █", "  █ ", " █  ", "█   ", "█  █"], " ": [" ", " ", " ", " ", " "],
        "-": ["   ", "   ", "███", "   ", "   "],
    ]

    /// The rows of `text` in large type; characters without a glyph are left out.
    static func rows(_ text: String, ascii: Bool) -> [String] {
        var rows = Array(repeating: "", count: height)
        for character in text {
            guard let glyph = glyphs[character] else { continue }
            for row in 0..<height {
                rows[row] += (ascii ? glyph[row].replacingOccurrences(of: "█", with: "#") : glyph[row]) + " "
            }
        }
        return rows
    }

    static func width(_ text: String) -> Int { rows(text, ascii: true)[0].count }
}

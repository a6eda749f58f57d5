import ConseilCore

/// Text for a terminal without a UTF-8 locale (`LANG=C`, common over SSH): letters lose their
/// accents (« Séance » → `Seance`, « Œuvre » → `OEuvre`), quotes and drawing glyphs get ASCII
/// stand-ins, and anything else becomes `?`, so that curses never receives a character the
/// terminal cannot show (which is what left doubled characters behind).
enum AsciiText {
    static func make(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isASCII {
                out.append(character)
            } else if let glyph = glyphs[character] {
                out += glyph
            } else {
                let folded = TextFolding.foldAccentsAndCase(String(character))
                let letters = character.isUppercase ? folded.uppercased() : folded
                out += letters.allSatisfy(\.isASCII) ? letters : "?"
            }
        }
        return out
    }

    static func make(_ character: Character) -> Character {
        make(String(character)).first ?? " "
    }

    /// Drawing glyphs and typography, by what they mean on screen.
    private static let glyphs: [Character: String] = [
        "▶": ">", "◀": "<", "⚠": "!", "█": "#", "░": ".", "▏": "|", "▎": "|", "▍": "|", "▌": "|", "▋": "|",
        "▊": "|", "▉": "|", "·": "-", "—": "-", "–": "-", "…": "...", "→": "->", "←": "<-", "↑": "^",
        "↓": "v", "«": "\"", "»": "\"", "“": "\"", "”": "\"", "’": "'", "‘": "'", "−": "-", "⌫": "<-",
        "×": "x", "─": "-", "•": "*", "●": "*", "○": "o", "\u{A0}": " ", "\u{202F}": " ", "€": "EUR",
        "°": "o", "✓": "v", "✔": "v", "✗": "x",
    ]
}

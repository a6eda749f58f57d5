import CWidth

/// Terminal columns a character takes, as the C library's `wcwidth` counts them, which is how
/// curses places it: 2 for East Asian wide characters and emoji, 0 for combining marks, 1
/// otherwise. Screens, aligned text and curses then agree on where every column is.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if (0x20..<0x7F).contains(scalar.value) { return 1 }
        let columns = cw_columns(scalar.value)
        // -1: not printable (controls are made visible before they are drawn) or unassigned.
        return columns < 0 ? 1 : Int(columns)
    }

    public static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }
}

/// French spacing for printed text: the space a writer types before `; ? ! %` becomes a narrow
/// no-break space (U+202F), the one before `:` and inside « » a no-break space (U+00A0), so that
/// a line never breaks between a word and its sign. Only spaces already there change: nothing
/// is inserted, so "http://" or "14h30" stay as typed. Applied to every text of the PV, never
/// to markup or ids (which hold no spaces).
public enum FrenchTypography {
    public static let narrowNoBreakSpace: Character = "\u{202F}"
    public static let noBreakSpace: Character = "\u{00A0}"

    public static func apply(_ text: String) -> String {
        var out: [Character] = []
        out.reserveCapacity(text.count)
        for character in text {
            if let last = out.last, isSpace(last) {
                switch character {
                case ";", "?", "!", "%": out[out.count - 1] = narrowNoBreakSpace
                case ":", "»": out[out.count - 1] = noBreakSpace
                default: break
                }
            }
            if isSpace(character), out.last == "«" {
                out.append(noBreakSpace)
            } else {
                out.append(character)
            }
        }
        return String(out)
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == noBreakSpace || character == narrowNoBreakSpace
    }
}

/// French alphabetical order without a locale, so that every machine sorts alike: the
/// letters first, ignoring accents, case and punctuation (`élus` before `travaux`); then
/// the accents, after their base letter (e < é < è < ê < ë < f); then lower case first;
/// then code points.
public enum FrenchOrder {
    public static func precedes(_ a: String, _ b: String) -> Bool { Key(a) < Key(b) }

    /// What two texts compare by, computed once per text when sorting many.
    public struct Key: Comparable {
        private let letters, accents, cases, scalars: [UInt32]

        public init(_ text: String) {
            let significant = WordNormaliser.tidy(
                text.filter { $0.isLetter || $0.isNumber || $0.isWhitespace })
            letters = TextFolding.foldAccentsAndCase(significant).unicodeScalars.map(\.value)
            accents = significant.map { TextFolding.accent(of: $0).map(FrenchOrder.rank) ?? 0 }
            cases = significant.map { $0.isUppercase ? 1 : 0 }
            scalars = text.unicodeScalars.map(\.value)
        }

        public static func < (a: Key, b: Key) -> Bool {
            for (x, y) in [(a.letters, b.letters), (a.accents, b.accents), (a.cases, b.cases)] where x != y {
                return x.lexicographicallyPrecedes(y)
            }
            return a.scalars.lexicographicallyPrecedes(b.scalars)
        }
    }

    /// Acute, grave, circumflex, diaeresis: the order of French dictionaries; others after.
    private static func rank(_ accent: Unicode.Scalar) -> UInt32 {
        switch accent.value {
        case 0x0301: 1
        case 0x0300: 2
        case 0x0302: 3
        case 0x0308: 4
        default: 5 + accent.value
        }
    }
}

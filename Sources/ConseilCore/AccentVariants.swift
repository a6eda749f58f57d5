/// Pairs that French tells apart by their accents alone (`pêche`, `péché`) fold to one key;
/// they stay apart where both spellings carry a different accent on the same letter. A
/// spelling without accents (`peche`, typed on a phone) cannot tell which was meant: it joins
/// the most frequent. See docs/DECISIONS.md.
enum AccentVariants {
    /// The key of each spelling of one folded group: the folded key for the most frequent
    /// variant, the accented spelling of the others.
    static func keys(of spellings: [String], key: String, weights: [String: Int]) -> [(String, String)] {
        let ordered = spellings.sorted { (weights[$1] ?? 0, $0) < (weights[$0] ?? 0, $1) }
        var variants: [[Accents]] = []  // the accents of each member, per variant
        var variantKeys: [String] = []
        var result: [(String, String)] = []
        for spelling in ordered {
            let marks = accents(spelling)
            guard marks.joined().contains(where: { $0 != nil }) else {
                result.append((spelling, key))
                continue
            }
            if let index = variants.firstIndex(where: { $0.allSatisfy { agree($0, marks) } }) {
                variants[index].append(marks)
                result.append((spelling, variantKeys[index]))
            } else {
                variants.append([marks])
                variantKeys.append(variants.count == 1 ? key : accentedKey(spelling))
                result.append((spelling, variantKeys.last!))
            }
        }
        return result
    }

    /// The accent of each letter of each word of the answer's core, nil where there is none.
    private typealias Accents = [[Unicode.Scalar?]]

    private static func accents(_ spelling: String) -> Accents {
        WordNormaliser.core(spelling).split(separator: " ").map { $0.map(TextFolding.accent) }
    }

    /// Two spellings are one word unless a letter carries a different accent in each: a
    /// missing accent is a typing shortcut, not another word. Word by word, a plural's letters
    /// line up with its singular's (they differ at the end only).
    private static func agree(_ a: Accents, _ b: Accents) -> Bool {
        zip(a, b).allSatisfy { zip($0, $1).allSatisfy { x, y in x == nil || y == nil || x == y } }
    }

    /// Lower case with its accents: never equal to a folded key, which has none.
    private static func accentedKey(_ spelling: String) -> String {
        WordNormaliser.core(spelling).lowercased()
    }
}

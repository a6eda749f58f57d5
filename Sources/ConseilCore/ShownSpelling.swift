/// Which spelling a word group is shown with, on the wall and in every output: an original
/// without the quotes, punctuation or article around it, preferring lower case (unless every
/// original is capitalised: a proper noun), then accents, then a singular, then the most
/// frequent, then the smallest text, so that every machine agrees. `FORMATION`, `Formation`,
/// `formation.` → `formation`; `EGALITE`, `égalité` → `égalité`; `des outils` → `outils`.
enum ShownSpelling {
    static func choose(_ forms: [String: Int], keys: WordKeys) -> String? {
        var cores: [String: (count: Int, plural: Bool)] = [:]
        for (spelling, count) in forms {
            let core = WordNormaliser.core(spelling)
            cores[core] = ((cores[core]?.count ?? 0) + count, keys.form(of: spelling).plural)
        }
        return cores.min { a, b in
            let (x, y) = (rank(a.key, plural: a.value.plural), rank(b.key, plural: b.value.plural))
            return x != y ? x.lexicographicallyPrecedes(y) : (-a.value.count, a.key) < (-b.value.count, b.key)
        }?.key
    }

    /// Smaller is better, criterion by criterion.
    private static func rank(_ core: String, plural: Bool) -> [Int] {
        [casing(core), -core.filter { TextFolding.accent(of: $0) != nil }.count, plural ? 1 : 0]
    }

    /// 0 in lower case, 1 capitalised (`Rennes`, `Conseil Régional`), 2 otherwise (`EGALITE`).
    private static func casing(_ core: String) -> Int {
        let words = core.split(separator: " ").map { $0.filter(\.isLetter) }
        if !words.joined().contains(where: \.isUppercase) { return 0 }
        return words.allSatisfy { !$0.dropFirst().contains(where: \.isUppercase) } ? 1 : 2
    }
}

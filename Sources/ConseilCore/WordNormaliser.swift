/// Groups the short answers of a word cloud (DESIGN.md §5): "Formation", "formations",
/// "la formation" and "« formation »" are one answer.
public enum WordNormaliser {
    /// Trim and collapse spaces: the original spelling as it is shown.
    public static func tidy(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static let pairedQuotes: [(Character, Character)] = [
        ("«", "»"), ("\"", "\""), ("'", "'"), ("“", "”"), ("‘", "’"), ("„", "“"), ("‹", "›"),
    ]
    private static let edgePunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", "…"]
    /// Typed for an apostrophe: by a keyboard, a word processor, a phone (U+02BC).
    private static let apostrophes: Set<Character> = ["'", "’", "ʼ"]
    /// Leading articles, folded (no accent, `'` for every apostrophe); longest first.
    private static let articles = [
        "de la ", "a la ", "les ", "le ", "la ", "une ", "un ", "des ", "du ", "aux ", "au ",
    ]
    private static let elisions = ["de l'", "a l'", "l'", "d'"]

    /// The answer as typed without what encloses it or a leading article: "« La Formation. »"
    /// gives "Formation". Case, accents and apostrophes stay.
    public static func core(_ text: String) -> String {
        // Quotes and an article may wrap each other ("la « formation »", "« la formation »"):
        // strip both until nothing changes.
        var value = stripEnclosing(tidy(text))
        while true {
            let stripped = stripEnclosing(dropArticle(value))
            if stripped == value { return value }
            value = stripped
        }
    }

    /// The grouping key, before plural folding (which needs the other keys).
    public static func key(_ text: String) -> String {
        fold(core(text))
    }

    /// Case, accents and every apostrophe folded: what two spellings of one word share.
    private static func fold(_ text: String) -> String {
        String(TextFolding.foldAccentsAndCase(text).map { apostrophes.contains($0) ? "'" : $0 })
    }

    /// Removes edge punctuation and quotes that enclose the whole answer: in
    /// "« uberiser » le rural" the quotes belong to the answer and stay.
    private static func stripEnclosing(_ text: String) -> String {
        var value = text
        var changed = true
        while changed {
            changed = false
            while let last = value.last, edgePunctuation.contains(last) || last == " " {
                value.removeLast()
                changed = true
            }
            while let first = value.first, edgePunctuation.contains(first) || first == " " {
                value.removeFirst()
                changed = true
            }
            for (open, close) in pairedQuotes
            where value.count >= 2 && value.first == open && value.last == close {
                let inner = value.dropFirst().dropLast()
                if !inner.contains(close) || open == close {
                    value = String(inner)
                    changed = true
                    break
                }
            }
        }
        return value
    }

    /// Drops one leading French article or elision ("La ", "à l’", "d'"…), if any, matched
    /// whatever its case, accents and apostrophe.
    private static func dropArticle(_ text: String) -> String {
        func starts(with article: String) -> Bool {
            text.count > article.count && fold(String(text.prefix(article.count))) == article
        }
        for article in articles where starts(with: article) {
            return String(text.dropFirst(article.count))
        }
        for elision in elisions where starts(with: elision) {
            return String(text.dropFirst(elision.count)).trimmingASCIISpaces
        }
        return text
    }

    /// Folds a plural onto a singular that also appears among the keys: -s and -x dropped,
    /// -aux made -al (chevaux → cheval), and a phrase word by word (services publics →
    /// service public).
    public static func foldPlurals(_ keys: Set<String>) -> [String: String] {
        var target: [String: String] = [:]
        // Shortest first: a singular's own fold is known before its plurals look for it.
        for key in keys.sorted(by: { ($0.count, $0) < ($1.count, $1) }) {
            if let singular = singulars(ofPhrase: key).first(where: keys.contains) {
                target[key] = target[singular] ?? singular
            }
        }
        return target
    }

    /// The singulars a phrase may have, the most folded first: every combination of its
    /// words kept or made singular, but itself.
    private static func singulars(ofPhrase phrase: String) -> [String] {
        var forms = [""]
        for (index, word) in phrase.split(separator: " ").enumerated() {
            let options = singulars(ofWord: String(word)) + [String(word)]
            forms = forms.flatMap { start in options.map { index == 0 ? $0 : start + " " + $0 } }
            // A phrase with many plurals has no singular twin worth every combination.
            forms = Array(forms.prefix(64))
        }
        return forms.filter { $0 != phrase }
    }

    private static func singulars(ofWord word: String) -> [String] {
        guard word.count > 1, word.hasSuffix("s") || word.hasSuffix("x") else { return [] }
        let dropped = String(word.dropLast())
        return word.count > 3 && word.hasSuffix("aux")
            ? [String(word.dropLast(3)) + "al", dropped] : [dropped]
    }
}

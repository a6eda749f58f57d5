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
    private static let articles = ["de la ", "le ", "la ", "les ", "un ", "une ", "des ", "du "]
    private static let elisions = ["de l'", "de l’", "l'", "d'", "l’", "d’"]

    /// The grouping key, before plural folding (which needs the other keys).
    public static func key(_ text: String) -> String {
        // Quotes and an article may wrap each other ("la « formation »", "« la formation »"):
        // strip both until nothing changes.
        var value = TextFolding.foldAccentsAndCase(stripEnclosing(tidy(text)))
        while true {
            let stripped = stripEnclosing(dropArticle(value))
            if stripped == value { return value }
            value = stripped
        }
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

    /// Drops one leading French article or elision ("la ", "de l'", "d’"…), if any.
    private static func dropArticle(_ text: String) -> String {
        for article in articles where text.hasPrefix(article) && text.count > article.count {
            return String(text.dropFirst(article.count))
        }
        for elision in elisions where text.hasPrefix(elision) && text.count > elision.count {
            return String(text.dropFirst(elision.count)).trimmingASCIISpaces
        }
        return text
    }

    /// Folds a plural -s/-x onto a singular that also appears among the keys.
    public static func foldPlurals(_ keys: Set<String>) -> [String: String] {
        var target: [String: String] = [:]
        for key in keys where key.count > 1 && (key.hasSuffix("s") || key.hasSuffix("x")) {
            let singular = String(key.dropLast())
            if keys.contains(singular) { target[key] = singular }
        }
        return target
    }
}

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
    private static let elisions = ["l'", "d'", "l’", "d’"]

    /// The grouping key, before plural folding (which needs the other keys).
    public static func key(_ text: String) -> String {
        var value = tidy(text)
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
            // Quotes are stripped only when they enclose the whole answer: in
            // "« uberiser » le rural" they belong to the answer and stay.
            for (open, close) in pairedQuotes where value.count >= 2 && value.first == open && value.last == close {
                let inner = value.dropFirst().dropLast()
                if !inner.contains(close) || open == close {
                    value = String(inner)
                    changed = true
                    break
                }
            }
        }
        value = TextFolding.foldAccentsAndCase(tidy(value))
        for article in articles where value.hasPrefix(article) && value.count > article.count {
            value = String(value.dropFirst(article.count))
            break
        }
        for elision in elisions where value.hasPrefix(elision) && value.count > elision.count {
            value = String(value.dropFirst(elision.count)).trimmingASCIISpaces
            break
        }
        return value
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

import ConseilCore

/// Splits a command line the way a POSIX shell splits words, without running anything:
/// blanks separate words; single quotes keep everything; double quotes keep everything but
/// `\"`, `\\`, `\$` and `` \` ``; a backslash outside quotes keeps the next character. There is
/// no expansion at all (`*`, `~`, `$X` stay as typed), and the shell's operators
/// (`; & | < > ( )`, `` ` ``, `$`, a `#` comment) outside quotes are refused rather than
/// ignored, so that nobody believes a pipe or a second command was run.
enum ShellWords {
    struct Failure: Error, Equatable {
        let message: Localized
    }

    static func split(_ text: String, limit: Int = RestrictedSession.maxCommandBytes) throws(Failure)
        -> [String]
    {
        guard text.utf8.count <= limit else {
            throw Failure(
                message: Localized(
                    fr: "commande trop longue (\(limit) octets au plus)",
                    en: "command too long (at most \(limit) bytes)"))
        }
        enum Quote { case none, single, double }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var inWord = false
        var quote = Quote.none
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch quote {
            case .single:
                if scalar == "'" { quote = .none } else { current.append(scalar) }
            case .double:
                if scalar == "\"" {
                    quote = .none
                } else if scalar == "\\", index < scalars.count,
                    "$`\"\\\n".unicodeScalars.contains(scalars[index])
                {
                    if scalars[index] != "\n" { current.append(scalars[index]) }
                    index += 1
                } else {
                    current.append(scalar)
                }
            case .none:
                switch scalar {
                case " ", "\t", "\n":
                    if inWord { words.append(String(current)) }
                    current = String.UnicodeScalarView()
                    inWord = false
                case "'":
                    quote = .single
                    inWord = true
                case "\"":
                    quote = .double
                    inWord = true
                case "\\":
                    if index < scalars.count {
                        if scalars[index] != "\n" {
                            current.append(scalars[index])
                            inWord = true
                        }
                        index += 1
                    } else {
                        current.append(scalar)
                        inWord = true
                    }
                case ";", "&", "|", "<", ">", "(", ")", "`", "$":
                    throw special(scalar)
                case "#" where !inWord:
                    throw special(scalar)
                default:
                    current.append(scalar)
                    inWord = true
                }
            }
        }
        guard quote == .none else {
            throw Failure(
                message: Localized(
                    fr: "guillemet ou apostrophe non fermé dans la commande",
                    en: "unclosed quote in the command"))
        }
        if inWord { words.append(String(current)) }
        return words
    }

    private static func special(_ scalar: Unicode.Scalar) -> Failure {
        let shown = InertText.make(String(scalar))
        return Failure(
            message: Localized(
                fr:
                    "caractère « \(shown) » : cette connexion n'a pas de shell ; mettez le texte entre apostrophes ('…') s'il en fait partie",
                en:
                    "character “\(shown)”: this connection has no shell; put the text between single quotes ('…') if it belongs to it"
            ))
    }
}

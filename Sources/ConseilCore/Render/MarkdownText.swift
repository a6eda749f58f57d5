/// Text typed by anyone, made literal for Markdown: once pandoc or any CommonMark tool turns the
/// export into HTML, a member's `<script>`, `[a](javascript:…)`, `## x` or `| cell |` is shown
/// as typed and never becomes markup. Every Markdown output escapes members' text here.
public enum MarkdownText {
    /// One line of typed text: inert, newlines folded, leading spaces dropped (four would start
    /// a code block), and each character that could open markup backslash-escaped: CommonMark
    /// and pandoc read `\` before any ASCII punctuation as that character.
    public static func escape(_ text: String) -> String {
        let line = InertText.make(text.replacingNewlines).drop { $0 == " " }
        // A list marker: "1." or "1)", and pandoc's "a.", "iv)", "#." and "(a)".
        let marker = line.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        var out = ""
        for index in line.indices {
            let character = line[index]
            let opensBlock =
                index == line.startIndex
                ? lineStart.contains(character) : index == marker.endIndex && ".)".contains(character)
            if opensBlock || anywhere.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Markup wherever it stands: emphasis, code, links and images, raw HTML and entities,
    /// table cells, headings, pandoc's strike-out, super- and subscripts, maths, citations,
    /// spans and attributes, and the backslash itself.
    private static let anywhere: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "#", "~", "^", "$", "@", "{", "}",
    ]
    /// Markup only at the start of a line: list items, setext underlines, definition lists,
    /// pandoc's "(a)" lists.
    private static let lineStart: Set<Character> = ["-", "+", "=", ":", "("]
}

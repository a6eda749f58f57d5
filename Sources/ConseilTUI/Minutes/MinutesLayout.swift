import ConseilCore

/// One screen line of the minutes: its text (indent included), its style, and its section.
struct MinutesLine: Equatable {
    let text: String
    let style: CellStyle
    let section: Int
    /// The first line of a section (the session's title, an agenda item's heading).
    var opensSection = false
}

/// Lays the minutes' blocks out at a width: paragraphs and list items wrap, tables get aligned
/// columns (the first one wraps when the table is wider than the screen), a blank line
/// between blocks.
enum MinutesLayout {
    static func lines(_ document: MinutesDocument, width: Int, language: Language) -> [MinutesLine] {
        var out: [MinutesLine] = []
        var previousSection = -1
        var previousWasItem = false
        for (section, block) in MinutesBlocks(language: language).blocks(document) {
            // A list goes on without a blank line between its items.
            let isItem = if case .item = block { true } else { false }
            if !out.isEmpty && !(isItem && previousWasItem && previousSection == section) {
                out.append(MinutesLine(text: "", style: .normal, section: previousSection))
            }
            previousWasItem = isItem
            var lines = layout(block, width: max(10, width)).map {
                MinutesLine(text: $0.text, style: $0.style, section: section)
            }
            if section != previousSection, !lines.isEmpty {
                lines[0].opensSection = true
                previousSection = section
            }
            out += lines
        }
        return out
    }

    private static func layout(_ block: MinutesBlock, width: Int) -> [(text: String, style: CellStyle)] {
        switch block {
        case .title(let text), .heading(let text):
            return wrap(text, width: width).map { ($0, .bold) }
        case .subheading(let text):
            return wrap(text, width: width).map { ($0, .accent) }
        case .paragraph(let text, let style):
            return wrap(text, width: width).map { ($0, style) }
        case .item(let text):
            return wrap(text, width: width - 2).enumerated().map {
                ($0.offset == 0 ? "• " : "  ") + $0.element
            }
            .map { ($0, .normal) }
        case .table(let table):
            return MinutesTableLayout.lines(table, width: width)
        }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        let lines = ProjectorView.wrap(text, width: width)
        return lines.isEmpty ? [""] : lines
    }
}

import ConseilCore

/// Free-text answers as cards that wrap, in as many columns as the width allows, a page at a
/// time (PgSuiv/PgPréc); the hidden ones never reach the wall.
enum TextCardsView {
    struct Card {
        let column: Int
        let y: Int
        let lines: [String]
    }

    /// Each page's cards, placed: an answer goes into the shortest column, a new page starts
    /// when it would not fit.
    static func pages(_ texts: [String], _ area: Area) -> (columns: Int, pages: [[Card]]) {
        let columns = area.width >= 150 ? 3 : area.width >= 90 ? 2 : 1
        let inner = area.width / columns - 4
        // A card never takes more than half the page.
        let most = max(1, area.height / 2 - 2)
        var pages: [[Card]] = [[]]
        var heights = Array(repeating: 0, count: columns)
        for text in texts {
            var lines = ProjectorView.wrap(text, width: inner)
            if lines.count > most {
                lines = Array(lines.prefix(most - 1)) + [String(lines[most - 1].prefix(inner - 1)) + "…"]
            }
            var column = heights.indices.min { heights[$0] < heights[$1] }!
            if heights[column] + lines.count + 2 > area.height - 1, !pages[pages.count - 1].isEmpty {
                pages.append([])
                heights = Array(repeating: 0, count: columns)
                column = 0
            }
            pages[pages.count - 1].append(Card(column: column, y: heights[column], lines: lines))
            heights[column] += lines.count + 2
        }
        return (columns, pages)
    }

    static func draw(_ texts: [String], _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        guard !texts.isEmpty else {
            ProjectorView.centered(
                state.t("Aucune réponse pour l'instant", "No answer yet"), y: area.y + 1,
                width: area.x * 2 + area.width, style: .dim, &buffer)
            return
        }
        let (columns, pages) = pages(texts, area)
        let page = min(state.cardPage, pages.count - 1)
        let width = area.width / columns
        for card in pages[page] {
            box(
                card.lines,
                Area(
                    x: area.x + card.column * width, y: area.y + card.y, width: width - 1,
                    height: card.lines.count + 2), state.unicode, &buffer)
        }
        if pages.count > 1 {
            let label = state.t(
                "page \(page + 1)/\(pages.count) · PgSuiv", "page \(page + 1)/\(pages.count) · PgDn")
            buffer.write(
                label, x: area.x + area.width - label.count, y: area.y + area.height - 1, style: .dim)
        }
    }

    private static func box(_ lines: [String], _ area: Area, _ unicode: Bool, _ buffer: inout ScreenBuffer) {
        let (h, v, corners) = unicode ? ("─", "│", ["╭", "╮", "╰", "╯"]) : ("-", "|", ["+", "+", "+", "+"])
        let rule = String(repeating: h, count: max(0, area.width - 2))
        buffer.write(corners[0] + rule + corners[1], x: area.x, y: area.y, style: .dim)
        for (row, line) in lines.enumerated() {
            buffer.write(v, x: area.x, y: area.y + 1 + row, style: .dim)
            buffer.write(line, x: area.x + 2, y: area.y + 1 + row, style: .bold, limit: area.width - 4)
            buffer.write(v, x: area.x + area.width - 1, y: area.y + 1 + row, style: .dim)
        }
        buffer.write(corners[2] + rule + corners[3], x: area.x, y: area.y + lines.count + 1, style: .dim)
    }
}

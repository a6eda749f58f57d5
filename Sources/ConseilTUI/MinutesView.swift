import ConseilCore

/// The minutes of the session as they will be exported: attendance, then each agenda item
/// with its notes, decisions, actions and poll results. ↑/↓ choose the section that n, d, a
/// and e write in; the view scrolls to it.
enum MinutesView {
    static func draw(_ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        guard let document = state.data.minutes else {
            buffer.write(state.t("Aucune séance.", "No session."), x: area.x, y: area.y)
            return
        }
        let markdown = MinutesMarkdown(language: state.language).render(document)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Long lines (the attendance lists) wrap after the 2-cell marker; each screen line keeps
        // the index of the Markdown line it comes from.
        var lines: [(text: String, source: Int)] = []
        for (source, line) in markdown.enumerated() {
            let text = line.hasPrefix("#") ? String(line.drop { $0 == "#" }.drop { $0 == " " }) : line
            let pieces =
                DisplayWidth.of(text) <= area.width - 2
                ? [text] : ProjectorView.wrap(text, width: area.width - 2)
            for piece in pieces.isEmpty ? [""] : pieces { lines.append((piece, source)) }
        }
        // Row 0 of the cursor is the whole session (its first line); row k is the k-th item.
        let headings = markdown.indices.filter { markdown[$0].hasPrefix("## ") }
        let selected = state.cursor[.minutes] ?? 0
        let anchorSource = selected == 0 ? 0 : headings.indices.contains(selected) ? headings[selected] : 0
        let anchor = lines.firstIndex { $0.source == anchorSource } ?? 0
        let offset = min(anchor, max(0, lines.count - area.height))
        for (row, line) in lines.dropFirst(offset).prefix(area.height).enumerated() {
            let index = offset + row
            let isHeading = markdown[line.source].hasPrefix("#")
            let text = line.text
            let current = index == anchor
            if current { buffer.fill(x: area.x, y: area.y + row, width: area.width, style: .selected) }
            buffer.write(
                (current ? "▶ " : "  ") + text, x: area.x, y: area.y + row,
                style: current ? .selected : isHeading ? .bold : .normal, limit: area.width)
        }
    }
}

/// The built-in editor: the text wrapped to the width, the cursor, and what is being written.
enum EditorView {
    static func draw(_ session: EditorSession, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer)
    {
        let item = state.data.agenda.first { $0.id == session.item }
        let title =
            session.kind.name.text(state.language) + " — "
            + (item?.title ?? state.t("séance entière", "whole session"))
        buffer.write(title, x: area.x, y: area.y, style: .bold, limit: area.width)
        let status =
            session.dirty
            ? state.t("modifié", "modified")
            : session.savedAt.map {
                state.t("enregistré à ", "saved at ") + DateFormat.timer(seconds: $0.secondsOfDay / 60)
            }
                ?? state.t("nouveau", "new")
        buffer.write(status, x: area.x + area.width - DisplayWidth.of(status), y: area.y, style: .dim)
        if session.kind == .decision {
            let poll = state.data.polls.first { $0.poll.id == session.poll }?.poll
            let line =
                state.t("Scrutin (Ctrl-P) : ", "Poll (Ctrl-P): ")
                + (poll.map { ($0.verdict?.outcome.name.text(state.language)).map { "\($0) — " } ?? "" }
                    ?? "") + (poll?.question ?? state.t("aucun", "none"))
            buffer.write(line, x: area.x, y: area.y + 1, style: .dim, limit: area.width)
        }
        let top = area.y + 2
        let height = area.height - 2
        let wrapped = session.editor.wrapped(width: area.width - 2)
        let first = max(0, wrapped.cursorRow - height + 1)
        for (row, line) in wrapped.lines.dropFirst(first).prefix(height).enumerated() {
            buffer.write(line, x: area.x + 1, y: top + row, limit: area.width - 2)
        }
        // The cursor: the cell under it drawn in reverse (the terminal cursor stays hidden).
        let cursorY = top + wrapped.cursorRow - first
        let cursorX = area.x + 1 + wrapped.cursorColumn
        if cursorY < top + height, cursorX < area.x + area.width {
            let under =
                cursorY < buffer.height && cursorX < buffer.width ? buffer[cursorX, cursorY].character : " "
            buffer.write(String(under), x: cursorX, y: cursorY, style: .reverse)
        }
    }
}

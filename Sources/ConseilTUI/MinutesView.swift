import ConseilCore

/// The minutes screen (`MinutesScreen`): the minutes formatted, scrolled line by line.
enum MinutesView {
    static func draw(_ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        MinutesScreen.draw(state, area, &buffer)
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

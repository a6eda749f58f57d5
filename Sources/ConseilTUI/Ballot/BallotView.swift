import ConseilCore

/// Draws the ballot; usable from 30×8 up, so that a phone's SSH client can vote.
public enum BallotView {
    public static func render(_ state: BallotState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        guard state.width >= 30, state.height >= 8 else {
            buffer.write(state.t("Fenêtre trop petite", "Window too small"), x: 0, y: 0, style: .bold)
            return buffer
        }
        let width = state.width
        buffer.fill(x: 0, y: 0, width: width, style: .title)
        let title =
            state.represented.map { state.t("Vote pour ", "Vote for ") + $0.name + " (pouvoir) · " }
            ?? state.t("Vote — ", "Vote — ")
        buffer.write(" " + title + state.member.name, x: 0, y: 0, style: .title)
        guard let poll = state.poll else {
            list(state, &buffer)
            return buffer
        }
        var y = 2
        for line in ProjectorView.wrap(poll.question, width: width - 2).prefix(max(1, state.height / 4)) {
            buffer.write(line, x: 1, y: y, style: .bold)
            y += 1
        }
        if poll.kind == .multi {
            buffer.write(
                state.t(
                    "(\(poll.maxAnswers ?? poll.options.count) au plus)",
                    "(at most \(poll.maxAnswers ?? poll.options.count))"), x: 1, y: y, style: .dim)
            y += 1
        }
        y += 1
        let footer = footerLines(state, poll)
        // A blank row between the list and the footer while the screen has rows to spare.
        let bottom = state.height - 1 - footer.lines.count - (state.height >= 16 ? 1 : 0)
        if poll.kind == .grades {
            GradesGrid.draw(state, poll, top: y, bottom: bottom, &buffer)
        } else {
            let window = ScrollWindow(total: state.rowCount, cursor: state.cursor, rows: bottom - y)
            y = window.drawMarkers(top: y, bottom: bottom, language: state.language, &buffer)
            for index in window.range {
                let selected = index == state.cursor
                if poll.kind.hasOptions {
                    let mark =
                        poll.kind == .multi
                        ? (state.ticked.contains(index) ? "[x]" : "[ ]")
                        : (state.ticked.contains(index) ? "(•)" : "( )")
                    if selected { buffer.fill(x: 0, y: y, width: width, style: .selected) }
                    buffer.write(
                        (selected ? "▶ " : "  ") + mark + " " + poll.options[index], x: 0, y: y,
                        style: selected ? .selected : .normal)
                } else {
                    let text = state.typed[index]
                    let label = poll.kind == .words ? "\(index + 1). " : ""
                    let room = width - 3 - label.count
                    let shown = text.count > room - 1 ? "…" + String(text.suffix(room - 2)) : text
                    buffer.write((selected ? "▶ " : "  ") + label, x: 0, y: y)
                    buffer.write(
                        shown + (selected ? "▏" : ""), x: 2 + label.count, y: y,
                        style: selected ? .selected : .normal)
                }
                y += 1
            }
        }
        for (row, line) in footer.lines.enumerated() {
            buffer.write(line, x: 0, y: state.height - 1 - footer.lines.count + row, style: footer.style)
        }
        hint(state, poll, &buffer)
        return buffer
    }

    private static func list(_ state: BallotState, _ buffer: inout ScreenBuffer) {
        guard !state.openPolls.isEmpty else {
            buffer.write(
                state.t("Aucun scrutin ouvert pour l'instant.", "No poll is open right now."), x: 1, y: 2,
                style: .bold)
            buffer.write(
                state.t("Cet écran attend qu'un vote s'ouvre.", "This screen waits for a vote to open."),
                x: 1, y: 3)
            buffer.write(state.t(" q quitter", " q quit"), x: 0, y: state.height - 1, style: .title)
            return
        }
        buffer.write(state.t("Scrutins ouverts :", "Open polls:"), x: 1, y: 2, style: .bold)
        let window = ScrollWindow(
            total: state.openPolls.count, cursor: state.cursor, rows: state.height - 2 - 4)
        var y = window.drawMarkers(top: 4, bottom: state.height - 2, language: state.language, &buffer)
        for index in window.range {
            let selected = index == state.cursor
            if selected { buffer.fill(x: 0, y: y, width: state.width, style: .selected) }
            buffer.write(
                (selected ? "▶ " : "  ") + state.openPolls[index].question, x: 0, y: y,
                style: selected ? .selected : .normal)
            y += 1
        }
        buffer.fill(x: 0, y: state.height - 1, width: state.width, style: .title)
        buffer.write(
            state.t(" ↑↓ choisir · Entrée ouvrir · q quitter", " ↑↓ choose · Enter open · q quit"), x: 0,
            y: state.height - 1, style: .title)
    }

    /// The message, the notice or the recorded vote, wrapped to the width (three rows at most).
    private static func footerLines(_ state: BallotState, _ poll: Poll) -> (lines: [String], style: CellStyle)
    {
        let text: String
        let style: CellStyle
        if let message = state.message {
            (text, style) = (message.text(state.language), .warning)
        } else if let notice = state.notice {
            (text, style) = (notice.text(state.language), .good)
        } else if let recorded = state.recorded {
            let what =
                poll.anonymous
                ? state.t("(anonyme)", "(anonymous)")
                : recorded.filter { !$0.isEmpty }.joined(separator: ", ")
            (text, style) = ("✔ " + state.t("vote enregistré : ", "vote recorded: ") + what, .good)
        } else {
            return ([""], .normal)
        }
        let lines = ProjectorView.wrap(text, width: state.width - 2)
        let most = max(1, min(3, state.height / 4))
        let shown = lines.prefix(most).map { " " + $0 }
        return (lines.count > most ? shown.dropLast() + [shown[most - 1] + "…"] : shown, style)
    }

    private static func hint(_ state: BallotState, _ poll: Poll, _ buffer: inout ScreenBuffer) {
        let narrow = state.width < 50
        let hint =
            poll.kind == .grades
            ? state.t(
                " ↑↓ option · ←→ ou 1-\(poll.scale.count) mention · Entrée voter",
                " ↑↓ option · ←→ or 1-\(poll.scale.count) grade · Enter vote")
            : poll.kind.hasOptions
                ? (narrow
                    ? state.t(" Espace · Entrée voter · q quitter", " Space · Enter vote · q quit")
                    : state.t(
                        " ↑↓ · Espace cocher · Entrée voter · q quitter",
                        " ↑↓ · Space tick · Enter vote · q quit"
                    ))
                : state.t(" ↑↓ champ · Entrée voter · Échap", " ↑↓ field · Enter vote · Esc quit")
        buffer.fill(x: 0, y: state.height - 1, width: state.width, style: .title)
        buffer.write(hint, x: 0, y: state.height - 1, style: .title)
    }
}

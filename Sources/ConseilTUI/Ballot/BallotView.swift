import ConseilCore

/// Draws the ballot; usable from 30×8 up, so that a phone's SSH client can vote.
public enum BallotView {
    public static func render(_ state: BallotState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        buffer.ascii = !state.unicode
        guard state.width >= 30, state.height >= 8 else {
            buffer.write(state.t("Fenêtre trop petite", "Window too small"), x: 0, y: 0, style: .bold)
            return buffer
        }
        let width = state.width
        buffer.fill(x: 0, y: 0, width: width, style: .title)
        let pouvoir = state.represented.map { state.t(", pour ", ", for ") + $0.name + " (pouvoir)" }
        buffer.write(
            " " + state.t("Vote", "Vote") + " — " + state.member.name + (pouvoir ?? ""), x: 0, y: 0,
            style: .title)
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
        let bottom = state.height - 3
        let first = max(0, state.cursor - (bottom - y) + 1)
        if poll.kind == .grades {
            GradesGrid.draw(state, poll, first: first, top: y, bottom: bottom, &buffer)
        } else if poll.kind.hasOptions {
            for (index, option) in poll.options.enumerated().dropFirst(first) where y < bottom {
                let mark =
                    poll.kind == .multi
                    ? (state.ticked.contains(index) ? "[x]" : "[ ]")
                    : (state.ticked.contains(index) ? "(•)" : "( )")
                let selected = index == state.cursor
                if selected { buffer.fill(x: 0, y: y, width: width, style: .selected) }
                buffer.write(
                    (selected ? "▶ " : "  ") + mark + " " + option, x: 0, y: y,
                    style: selected ? .selected : .normal)
                y += 1
            }
        } else {
            for (index, text) in state.typed.enumerated().dropFirst(first) where y < bottom {
                let selected = index == state.cursor
                let label = poll.kind == .words ? "\(index + 1). " : ""
                let room = width - 3 - label.count
                let shown = text.count > room - 1 ? "…" + String(text.suffix(room - 2)) : text
                buffer.write((selected ? "▶ " : "  ") + label, x: 0, y: y)
                buffer.write(
                    shown + (selected ? "▏" : ""), x: 2 + label.count, y: y,
                    style: selected ? .selected : .normal)
                y += 1
            }
        }
        footer(state, poll, &buffer)
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
        for (index, poll) in state.openPolls.enumerated() where 4 + index < state.height - 2 {
            let selected = index == state.cursor
            if selected { buffer.fill(x: 0, y: 4 + index, width: state.width, style: .selected) }
            buffer.write(
                (selected ? "▶ " : "  ") + poll.question, x: 0, y: 4 + index,
                style: selected ? .selected : .normal)
        }
        buffer.fill(x: 0, y: state.height - 1, width: state.width, style: .title)
        buffer.write(
            state.t(" ↑↓ choisir · Entrée ouvrir · q quitter", " ↑↓ choose · Enter open · q quit"), x: 0,
            y: state.height - 1, style: .title)
    }

    private static func footer(_ state: BallotState, _ poll: Poll, _ buffer: inout ScreenBuffer) {
        let y = state.height - 2
        if let message = state.message {
            buffer.write(" " + message.text(state.language), x: 0, y: y, style: .warning)
        } else if let recorded = state.recorded {
            let what =
                poll.anonymous
                ? state.t("(anonyme)", "(anonymous)")
                : recorded.filter { !$0.isEmpty }.joined(separator: ", ")
            buffer.write(
                " ✔ " + state.t("vote enregistré : ", "vote recorded: ") + what, x: 0, y: y, style: .good)
        }
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

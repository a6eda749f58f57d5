import ConseilCore

enum PollsView {
    static func draw(_ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        if state.openPoll != nil, let results = state.selectedPoll {
            detail(results, state, area, &buffer)
            return
        }
        var y = area.y
        buffer.write(
            state.t(
                "  État       Type              Votes  Question",
                "  State      Kind              Votes  Question"), x: area.x, y: y, style: .bold)
        y += 1
        if state.data.polls.isEmpty {
            buffer.write(
                state.t("  Aucun scrutin dans cette séance.", "  No poll in this session."), x: area.x, y: y)
        }
        for (index, results) in state.data.polls.enumerated() where y < area.y + area.height {
            let poll = results.poll
            let selected = index == state.selected
            let text =
                (selected ? "▶ " : "  ") + poll.state.name.text(state.language).padded(11)
                + poll.kind.name.text(state.language).padded(18) + "\(results.base)".padded(7) + poll.question
            if selected { buffer.fill(x: area.x, y: y, width: area.width, style: .selected) }
            buffer.write(
                text, x: area.x, y: y, style: selected ? .selected : poll.state == .open ? .accent : .normal,
                limit: area.width)
            y += 1
        }
    }

    /// The live results of one poll: bars for options, the word list, the texts, and the
    /// before/after comparison when the poll is a second round.
    static func detail(_ results: PollResults, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer)
    {
        if let previous = results.previous, results.poll.resultsVisible {
            return comparison(previous, results, state, area, &buffer)
        }
        let barWidth = max(10, min(40, area.width - 50))
        var renderer = ResultsText(language: state.language, barWidth: barWidth, unicode: state.unicode)
        renderer.lineWidth = area.width
        let lines = renderer.render(results).split(separator: "\n", omittingEmptySubsequences: false)
        // Answers start on the fourth line. A word cloud highlights the one g and h act on;
        // free texts scroll with ↑/↓ so that every answer can be read.
        let header = 3
        let cursor = state.answerCursor
        var shown = lines.map(String.init)
        let hiddenMark = state.t("[masquée] ", "[hidden] ")
        if results.poll.kind == .words && results.poll.resultsVisible && !results.hiddenAnswers.isEmpty {
            // The hidden groups after the shown ones, so that h can show one again.
            let at = header + min(50, results.answers.count) + (results.answers.count > 50 ? 1 : 0)
            shown.insert(
                contentsOf: results.hiddenAnswers.map { "  " + hiddenMark + $0.text + "  (\($0.count))" },
                at: min(at, shown.count))
        }
        if results.poll.kind == .text && results.poll.resultsVisible {
            // Each answer wrapped to the width, from the one the cursor is on; the hidden ones last.
            let all =
                results.texts + results.hiddenTexts.map { hiddenMark + $0.text }
            let answers = all.dropFirst(cursor).flatMap { text in
                ProjectorView.wrap(text, width: area.width - 6).enumerated().map {
                    ($0.offset == 0 ? "  – " : "    ") + $0.element
                }
            }
            shown =
                Array(shown.prefix(header)) + answers + [
                    "", ResultsText(language: state.language).baseLine(results),
                ]
        }
        if let notice = results.discarded.notice {
            // What the tally left out, one blank line below the base.
            while shown.last?.isEmpty == true { shown.removeLast() }
            shown += ["", "⚠ " + notice.text(state.language)]
        }
        let selectedLine =
            results.poll.kind == .words ? header + cursor : results.poll.kind == .text ? header : -1
        for (index, line) in shown.enumerated() where index < area.height {
            let style: CellStyle = index == 0 ? .bold : index == selectedLine ? .selected : .normal
            buffer.write(line, x: area.x, y: area.y + index, style: style, limit: area.width)
        }
        if results.poll.kind == .grades && results.poll.resultsVisible {
            MeritBars.paint(
                results, renderer, x: area.x, top: area.y + header, limit: area.width,
                bottom: area.y + area.height, &buffer)
        }
    }
}

extension PollsView {
    /// A second round beside its first: each answer's count before and after, and the change,
    /// in one table so that the whole comparison fits on the screen.
    static func comparison(
        _ before: PollResults, _ after: PollResults, _ state: AppState, _ area: Area,
        _ buffer: inout ScreenBuffer
    ) {
        let rows = RoundComparison(before: before, after: after).rows
        var y = area.y
        buffer.write(after.poll.question, x: area.x, y: y, style: .bold, limit: area.width)
        y += 1
        buffer.write(
            "(" + after.poll.kind.name.text(state.language) + ", "
                + after.poll.state.name.text(state.language) + ") · "
                + state.t("second tour, comparé au premier", "second round, compared with the first"),
            x: area.x, y: y, style: .dim, limit: area.width)
        y += 2
        let labelWidth = min(40, max(12, rows.map { DisplayWidth.of($0.label) }.max() ?? 12))
        let withPercent = after.poll.kind.hasOptions
        let header =
            state.t("Réponse", "Answer").padded(labelWidth + 2) + state.t("Avant", "Before").padded(8)
            + state.t("Après", "After").padded(8) + state.t("Écart", "Change").padded(8)
            + (withPercent ? state.t("Points", "Points") : "")
        buffer.write("  " + header, x: area.x, y: y, style: .bold, limit: area.width)
        y += 1
        let room = area.y + area.height - y - 3
        for row in rows.prefix(max(0, room)) {
            var line =
                "  " + String(row.label.prefix(labelWidth)).padded(labelWidth + 2) + "\(row.before)".padded(8)
                + "\(row.after)".padded(8) + row.changeText.padded(8)
            if withPercent, let points = row.percentChange {
                line += Percentage.formattedChange(points, state.language)
            }
            let style: CellStyle = row.change > 0 ? .good : row.change < 0 ? .warning : .normal
            buffer.write(line, x: area.x, y: y, style: style, limit: area.width)
            y += 1
        }
        if rows.count > room {
            buffer.write(
                state.t("  … \(rows.count - room) autres", "  … \(rows.count - room) more"), x: area.x, y: y,
                style: .dim)
            y += 1
        }
        buffer.write(
            state.t(
                "Base : \(before.base) votants avant, \(after.base) après",
                "Base: \(before.base) voters before, \(after.base) after"),
            x: area.x, y: y + 1, style: .dim, limit: area.width)
    }
}

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
        let barWidth = max(10, min(40, area.width - 50))
        let lines = ResultsText(language: state.language, barWidth: barWidth, unicode: state.unicode).render(
            results
        )
        .split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where index < area.height {
            buffer.write(
                String(line), x: area.x, y: area.y + index, style: index == 0 ? .bold : .normal,
                limit: area.width)
        }
    }
}

import ConseilCore

/// What a poll decided, on the wall: a closed poll's verdict under its bars, a majority
/// judgment's ranking with its merit profiles.
enum DecisionView {
    static func verdict(_ results: PollResults, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer)
    {
        guard let verdict = results.poll.verdict else { return }
        let line = verdict.sentence(state.language)
        buffer.write(
            line, x: area.x + max(0, (area.width - DisplayWidth.of(line)) / 2), y: area.y + area.height - 1,
            style: .bold, limit: area.width)
    }

    static func ranking(_ results: PollResults, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer)
    {
        var text = ResultsText(
            language: state.language, barWidth: max(10, area.width / 2 - 10), unicode: state.unicode)
        text.lineWidth = area.width
        for (row, line) in text.rankingLines(results).prefix(area.height).enumerated() {
            buffer.write(line, x: area.x, y: area.y + row, limit: area.width)
        }
        MeritBars.paint(
            results, text, x: area.x, top: area.y, limit: area.width, bottom: area.y + area.height, &buffer)
    }
}

import ConseilCore

/// One poll full screen for the room: the question, the live results in large type, and the
/// number of ballots cast. Hidden results stay hidden until the poll is closed.
enum ProjectorView {
    static func draw(_ results: PollResults, _ state: AppState, _ buffer: inout ScreenBuffer) {
        let width = state.width
        var y = 1
        for line in wrap(results.poll.question, width: width - 4).prefix(3) {
            buffer.write(line, x: max(2, (width - DisplayWidth.of(line)) / 2), y: y, style: .bold)
            y += 1
        }
        y += 1
        let count = state.t(
            "\(results.ballots + results.handVoters) votes · \(results.poll.state.name.fr)",
            "\(results.ballots + results.handVoters) votes · \(results.poll.state.name.en)")
        buffer.write(count, x: max(0, (width - count.count) / 2), y: y, style: .dim)
        y += 2
        guard results.poll.resultsVisible else {
            let hidden = state.t(
                "Résultats affichés à la clôture du vote", "Results shown when voting closes")
            buffer.write(hidden, x: max(0, (width - hidden.count) / 2), y: y + 2, style: .bold)
            return
        }
        switch results.poll.kind {
        case .yesno, .choice, .multi:
            if let verdict = results.poll.verdict {
                // The decision on the last line, under the counts.
                let line = verdict.sentence(state.language)
                buffer.write(
                    line, x: max(1, (width - DisplayWidth.of(line)) / 2), y: state.height - 1, style: .bold,
                    limit: width - 2)
            }
            for option in results.options where y + BigText.height <= state.height - 2 {
                let percent =
                    option.percent.map { $0.formatted(.fr).replacingOccurrences(of: " %", with: "%") } ?? "-"
                let big = BigText.rows(
                    percent.replacingOccurrences(of: ".", with: ","), ascii: !state.unicode)
                buffer.write(
                    option.label, x: 2, y: y + 2, style: .bold,
                    limit: max(10, width - BigText.width(percent) - 6))
                for (row, text) in big.enumerated() {
                    buffer.write(text, x: width - DisplayWidth.of(text) - 2, y: y + row, style: .accent)
                }
                y += BigText.height + 1
            }
        case .words:
            WordCloudView.draw(
                results.answers, Area(x: 1, y: y, width: width - 2, height: state.height - y - 1),
                state.unicode, &buffer)
        case .text:
            for text in results.texts.suffix(state.height - y - 1) {
                buffer.write("– " + text, x: 2, y: y, limit: width - 4)
                y += 1
            }
        case .grades:
            let lines = ResultsText(
                language: state.language, barWidth: max(10, width / 2 - 10), unicode: state.unicode
            )
            .rankingLines(results)
            for line in lines.prefix(max(0, state.height - y - 1)) {
                buffer.write(line, x: 1, y: y, limit: width - 2)
                y += 1
            }
        }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && DisplayWidth.of(current) + 1 + DisplayWidth.of(String(word)) > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// The word cloud: answers laid out line by line to fill the space, the most frequent first,
/// in capitals and bold; the rare ones dim.
enum WordCloudView {
    static func draw(_ answers: [WordResult], _ area: Area, _ unicode: Bool, _ buffer: inout ScreenBuffer) {
        guard let top = answers.first?.count, top > 0 else { return }
        var x = area.x
        var y = area.y
        for answer in answers {
            let strong = answer.count * 3 >= top * 2
            let middle = answer.count * 3 >= top
            let word = (strong ? answer.text.uppercased() : answer.text) + " (\(answer.count))"
            let width = DisplayWidth.of(word) + 3
            if x + width > area.x + area.width {
                x = area.x
                y += strong ? 2 : 1
            }
            guard y < area.y + area.height else { return }
            buffer.write(word, x: x, y: y, style: strong ? .bold : middle ? .accent : .dim)
            x += width
        }
    }
}

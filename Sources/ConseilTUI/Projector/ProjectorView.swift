import ConseilCore

/// One poll full screen for the room: the question on top, then what the facilitator has
/// revealed (the question alone, the ballots counted, the results), the participation at the
/// bottom. Results of a hidden-results poll show only once it is closed (`Poll.resultsVisible`).
enum ProjectorView {
    static func draw(_ results: PollResults?, _ state: AppState, _ buffer: inout ScreenBuffer) {
        let width = state.width
        let bottom = state.height - 1
        footer(results, state, &buffer)
        guard let results else {
            centered(
                state.t("En attente d'un scrutin ouvert…", "Waiting for an open poll…"), y: state.height / 2,
                width: width, style: .bold, &buffer)
            return
        }
        var y = 1
        // The question step draws the question itself, in large letters when they fit.
        if state.reveal != .question {
            for line in wrap(results.poll.question, width: width - 4).prefix(3) {
                centered(line, y: y, width: width, style: .bold, &buffer)
                y += 1
            }
            y += 1
        }
        var right = width - 1
        if let room = JoinPanelView.shown(state, results) {
            right = JoinPanelView.draw(
                room, state, Area(x: 0, y: y, width: width, height: bottom - y - 1), &buffer)
        }
        let body = Area(x: 1, y: y, width: max(10, right - 1), height: max(1, bottom - y - 1))
        switch state.reveal {
        case .question: QuestionView.draw(results, state, body, &buffer)
        case .count: CountView.draw(results, state, body, &buffer)
        case .results where !results.poll.resultsVisible:
            CountView.draw(results, state, body, &buffer)
            centered(
                state.t("Résultats affichés à la clôture du vote", "Results shown when voting closes"),
                y: body.y + body.height - 1, width: width, style: .bold, &buffer)
        case .results:
            if let previous = results.previous {
                ComparisonView.draw(previous, results, state, body, &buffer)
                return
            }
            switch results.poll.kind {
            case .yesno, .choice, .multi:
                OptionBarsView.draw(results, state, body, &buffer)
                DecisionView.verdict(results, state, body, &buffer)
            case .words: WordCloudView.draw(results.answers, state.unicode, body, &buffer)
            case .text: TextCardsView.draw(results.texts, state, body, &buffer)
            case .grades: DecisionView.ranking(results, state, body, &buffer)
            }
        }
    }

    /// The last row: the participation in the middle, the projector's keys on the right
    /// (from the keymap, as in the hint bar).
    private static func footer(_ results: PollResults?, _ state: AppState, _ buffer: inout ScreenBuffer) {
        let y = state.height - 1
        if let message = state.message {
            buffer.write(" " + message.text(state.language), x: 0, y: y, style: .warning)
            return
        }
        let used = results.map { buffer.write(" " + participation($0, state), x: 0, y: y, style: .bold) } ?? 0
        var hints = ""
        for binding in Keymap.hints(for: .polls, actor: state.actor, projector: true)
        where (state.wall == nil || binding.action != .back)
            && (binding.action != .joinPanel || state.room != nil)
        {
            hints += "\(binding.keys[0].label(state.language)) \(binding.help.text(state.language))  "
        }
        // The keys only where they leave the participation whole.
        if used + 2 + DisplayWidth.of(hints) <= state.width {
            buffer.write(hints, x: state.width - DisplayWidth.of(hints), y: y, style: .dim)
        }
    }

    /// « 31 votants · 27 présents · ouvert »: the base of the percentages and who is in the room.
    static func participation(_ results: PollResults, _ state: AppState) -> String {
        let voters = results.base
        let present = state.data.attendance.values.filter { $0 == .present }.count
        var parts = [
            state.t("\(voters) votant\(voters > 1 ? "s" : "")", "\(voters) voter\(voters == 1 ? "" : "s")")
        ]
        if present > 0 {
            parts.append(
                state.t("\(present) présent\(present > 1 ? "s" : "")", "\(present) present"))
        }
        parts.append(results.poll.state.name.text(state.language))
        return parts.joined(separator: " · ")
    }

    static func centered(
        _ text: String, y: Int, width: Int, style: CellStyle, _ buffer: inout ScreenBuffer
    ) {
        buffer.write(text, x: max(0, (width - DisplayWidth.of(text)) / 2), y: y, style: style, limit: width)
    }

    /// Words flowed into lines of `width`. French puts a space before « ? », « ! », « : », « ; »
    /// and « », which must not start a line, and after « «, which must not end one: such a mark
    /// stays with its word.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var words: [Substring] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if let last = words.last, last == "«" || word.first.map({ "?!:;»".contains($0) }) == true {
                words[words.count - 1] = Substring(last + " " + word)
            } else {
                words.append(word)
            }
        }
        for word in words {
            if !current.isEmpty && DisplayWidth.of(current) + 1 + DisplayWidth.of(String(word)) > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Draws `text` in the largest letters that fit `area` (at most `rows` high), centred;
    /// normal size when no font was found or none fits. Returns the rows used.
    @discardableResult
    static func large(
        _ text: String, rows: Int, _ area: Area, unicode: Bool, style: CellStyle, _ buffer: inout ScreenBuffer
    ) -> Int {
        if let letters = BigLetters.shared,
            let size = BigLetters.sizes.first(where: {
                $0 <= rows && $0 <= area.height && letters.width(text, rows: $0) <= area.width
            })
        {
            let width = letters.width(text, rows: size)
            for (row, line) in letters.render(text, rows: size, unicode: unicode).enumerated() {
                buffer.write(line, x: area.x + (area.width - width) / 2, y: area.y + row, style: style)
            }
            return size
        }
        let width = DisplayWidth.of(text)
        buffer.write(
            text, x: area.x + max(0, (area.width - width) / 2), y: area.y, style: style, limit: area.width)
        return 1
    }
}

/// The first step: the question alone, as large as it fits, and the options, so that the room
/// knows what it may answer.
enum QuestionView {
    static func draw(_ results: PollResults, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        let options = results.poll.options.count * 2
        let room = area.height - options - 2
        var y = area.y
        let large = BigLetters.shared.flatMap { letters in
            [8, 4].lazy.compactMap { rows -> (Int, [String])? in
                let lines = ProjectorView.wrap(
                    results.poll.question, width: area.width / letters.columns(rows: rows))
                return lines.count * (rows + 1) <= room ? (rows, lines) : nil
            }.first
        }
        if let (rows, lines) = large {
            for line in lines {
                ProjectorView.large(
                    line, rows: rows, Area(x: area.x, y: y, width: area.width, height: rows),
                    unicode: state.unicode, style: .bold, &buffer)
                y += rows + 1
            }
        } else {
            for line in ProjectorView.wrap(results.poll.question, width: area.width - 2).prefix(max(1, room))
            {
                ProjectorView.centered(line, y: y, width: area.x * 2 + area.width, style: .bold, &buffer)
                y += 1
            }
        }
        y += 1
        for option in results.poll.options where y < area.y + area.height - 1 {
            ProjectorView.centered(
                "· \(option) ·", y: y, width: area.x * 2 + area.width, style: .accent, &buffer)
            y += 2
        }
        let hint =
            results.poll.state == .open
            ? state.t("Le vote est ouvert", "Voting is open") : results.poll.state.name.text(state.language)
        ProjectorView.centered(
            hint, y: area.y + area.height - 1, width: area.x * 2 + area.width, style: .dim, &buffer)
    }
}

/// The second step: how many have voted, in large figures, and out of how many present.
enum CountView {
    static func draw(_ results: PollResults, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        let voters = results.base
        let rows = ProjectorView.large(
            "\(voters)", rows: 16, Area(x: area.x, y: area.y + 1, width: area.width, height: area.height - 4),
            unicode: state.unicode, style: .accent, &buffer)
        let present = state.data.attendance.values.filter { $0 == .present }.count
        let line =
            present > 0
            ? state.t(
                "\(voters) des \(present) présent\(present > 1 ? "s" : "") \(voters > 1 ? "ont" : "a") voté",
                "\(voters) of the \(present) present have voted")
            : state.t("\(voters) \(voters > 1 ? "ont" : "a") voté", "\(voters) voted")
        ProjectorView.centered(
            line, y: area.y + rows + 2, width: area.x * 2 + area.width, style: .bold, &buffer)
    }
}

/// Poll results as a person reads them in a terminal: one bar per answer, French numbers,
/// the base stated. Every text typed by someone is made inert.
public struct ResultsText {
    public let language: Language
    /// Width of the widest bar, in cells.
    public let barWidth: Int
    /// Block glyphs when the terminal speaks UTF-8, plain ASCII otherwise.
    public let unicode: Bool
    /// The screen's width, when known: long lines such as the merit profiles' legend wrap to it.
    public var lineWidth: Int?

    public init(language: Language, barWidth: Int = 30, unicode: Bool = true) {
        self.language = language
        self.barWidth = barWidth
        self.unicode = unicode
    }

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    public func render(_ results: PollResults) -> String {
        var lines = [InertText.make(results.poll.question)]
        lines.append("(\(results.poll.kind.name.text(language)), \(results.poll.state.name.text(language)))")
        guard results.poll.resultsVisible else {
            lines.append(
                t("Résultats masqués jusqu'à la clôture.", "Results hidden until the poll closes.") + " "
                    + ballotsLine(results))
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("")
        switch results.poll.kind {
        case .yesno, .choice, .multi:
            let labelWidth = results.options.map { DisplayWidth.of(InertText.make($0.label)) }.max() ?? 0
            let top = results.options.map(\.count).max() ?? 0
            for option in results.options {
                let label = pad(InertText.make(option.label), labelWidth)
                let percent = option.percent?.formatted(language) ?? "—"
                lines.append(
                    "  \(label)  \(bar(option.count, top))  \(padLeft(Numbers.formatted(option.count, language), 5))  \(padLeft(percent, 9))"
                )
            }
        case .words:
            let shown = results.answers.prefix(50)
            let labelWidth =
                shown.map { DisplayWidth.of(String(InertText.make($0.text).prefix(40))) }.max() ?? 0
            let top = shown.map(\.count).max() ?? 0
            for answer in shown {
                lines.append(
                    "  \(pad(String(InertText.make(answer.text).prefix(40)), labelWidth))  \(bar(answer.count, top))  \(Numbers.formatted(answer.count, language))"
                )
            }
            if results.answers.count > shown.count {
                lines.append(
                    t(
                        "  … et \(results.answers.count - shown.count) autres réponses",
                        "  … and \(results.answers.count - shown.count) more answers"))
            }
        case .text:
            for text in results.texts { lines.append("  – " + InertText.make(text.replacingNewlines)) }
        case .grades:
            lines.append(contentsOf: rankingLines(results))
        }
        lines.append("")
        lines.append(baseLine(results))
        lines.append(contentsOf: decisionLines(results))
        if let note = results.moderationNote(language) { lines.append(note) }
        if let previous = results.previous {
            lines.append("")
            lines.append(
                t(
                    "Avant / après (premier tour : \(previous.poll.id))",
                    "Before / after (first round: \(previous.poll.id))"))
            lines.append(contentsOf: comparisonLines(RoundComparison(before: previous, after: results)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func comparisonLines(_ comparison: RoundComparison) -> [String] {
        let labelWidth =
            comparison.rows.map { DisplayWidth.of(String(InertText.make($0.label).prefix(40))) }.max() ?? 0
        var lines: [String] = []
        for row in comparison.rows {
            let change = row.changeText
            var line =
                "  \(pad(String(InertText.make(row.label).prefix(40)), labelWidth))  \(padLeft("\(row.before)", 4)) → \(padLeft("\(row.after)", 4))  (\(change))"
            if let points = row.percentChange, let before = row.percentBefore, let after = row.percentAfter {
                line +=
                    "  \(before.formatted(language)) → \(after.formatted(language)) (\(Percentage.formattedChange(points, language)))"
            }
            lines.append(line)
        }
        lines.append(
            t(
                "  Base : \(comparison.baseBefore) votants avant, \(comparison.baseAfter) après",
                "  Base: \(comparison.baseBefore) voters before, \(comparison.baseAfter) after"))
        return lines
    }

    public func baseLine(_ results: PollResults) -> String {
        let voters = Numbers.formatted(results.base, language)
        // A poll answered by the room counts people who are not all members: participants.
        var text =
            results.poll.answeredBy == .room
            ? t(
                "Base : \(voters) participant\(results.base > 1 ? "s" : "")",
                "Base: \(voters) participant\(results.base == 1 ? "" : "s")")
            : t(
                "Base : \(voters) votant\(results.base > 1 ? "s" : "")",
                "Base: \(voters) voter\(results.base == 1 ? "" : "s")")
        text += " (" + ballotsLine(results)
        if results.handVoters > 0 {
            text += t(
                ", \(Numbers.formatted(results.handVoters, language)) à main levée",
                ", \(Numbers.formatted(results.handVoters, language)) by show of hands")
        }
        return text + ")"
    }

    private func ballotsLine(_ results: PollResults) -> String {
        let count = Numbers.formatted(results.ballots, language)
        return t(
            "\(count) bulletin\(results.ballots > 1 ? "s" : "")",
            "\(count) ballot\(results.ballots == 1 ? "" : "s")")
    }

    /// A bar proportional to the largest count, in eighths of a cell when unicode.
    public func bar(_ count: Int, _ top: Int) -> String {
        guard top > 0 else { return String(repeating: unicode ? "░" : ".", count: barWidth) }
        let eighths = count * barWidth * 8 / top
        let full = eighths / 8
        if !unicode {
            return String(repeating: "#", count: full) + String(repeating: ".", count: barWidth - full)
        }
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let partial = partials[eighths % 8]
        let used = full + (partial.isEmpty ? 0 : 1)
        return String(repeating: "█", count: full) + partial
            + String(repeating: "░", count: max(0, barWidth - used))
    }
}

/// Pads to `width` terminal columns, so that columns after a wide character still line up.
func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
}

func padLeft(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

extension String {
    var replacingNewlines: String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }
}

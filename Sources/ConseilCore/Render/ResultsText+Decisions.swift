/// What a poll decided, in the terminal: a majority judgment's ranking with its merit
/// profiles, a verdict, the names of a public vote.
extension ResultsText {
    public func rankingLines(_ results: PollResults) -> [String] {
        let poll = results.poll
        let labels = results.ranking.map { InertText.make(poll.options[$0.option]) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        var lines = legend(poll.scale).lines + [""]
        for (ranked, label) in zip(results.ranking, labels) {
            let grade = ranked.majorityGrade.map { InertText.make(poll.scale[$0]) } ?? "—"
            lines.append(
                "  \(padLeft("\(ranked.rank).", 3)) \(pad(label, labelWidth))  \(MeritProfile.text(ranked.profile, width: barWidth))  \(grade)"
            )
        }
        return lines
    }

    /// « Profils de mérite : 1 Excellent · 2 Très bien · … », wrapped to `lineWidth` (the
    /// lines after the first indented under the first entry), and where each grade's number is.
    private func legend(_ scale: [String]) -> (lines: [String], places: [(line: Int, column: Int)]) {
        let prefix = t("  Profils de mérite : ", "  Merit profiles: ")
        let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
        var lines = [prefix]
        var places: [(line: Int, column: Int)] = []
        for entry in MeritProfile.legendEntries(scale) {
            var separator = places.isEmpty ? "" : MeritProfile.legendSeparator
            if let width = lineWidth, !places.isEmpty, places.last?.line == lines.count - 1,
                DisplayWidth.of(lines[lines.count - 1] + separator + entry) > width
            {
                lines.append(indent)
                separator = ""
            }
            places.append((lines.count - 1, DisplayWidth.of(lines[lines.count - 1] + separator)))
            lines[lines.count - 1] += separator + entry
        }
        return (lines, places)
    }

    /// Where `rankingLines` puts each grade's number in the legend (line, column), and the line
    /// and column where the bars start: a screen colours them by grade.
    public func rankingColumns(_ results: PollResults) -> (
        legend: [(line: Int, column: Int)], barsLine: Int, barsColumn: Int
    ) {
        let labelWidth =
            results.ranking.map { DisplayWidth.of(InertText.make(results.poll.options[$0.option])) }.max()
            ?? 0
        let legend = legend(results.poll.scale)
        return (legend.places, legend.lines.count + 1, 2 + 3 + 1 + labelWidth + 2)
    }

    public func decisionLines(_ results: PollResults) -> [String] {
        var lines: [String] = []
        if let verdict = results.poll.verdict {
            lines += ["", verdict.sentence(language)]
        }
        if !results.named.isEmpty {
            lines += ["", t("Vote nominatif :", "Named vote:")]
            lines += results.named.map { "  \(InertText.make($0.name)) : \(namedAnswer($0, results.poll))" }
        }
        return lines
    }

    /// A member's answers as the named list shows them; a grades ballot as « A : Bien ; B : … ».
    public func namedAnswer(_ answer: NamedAnswer, _ poll: Poll) -> String {
        guard poll.kind == .grades else {
            return answer.answers.map { InertText.make($0) }.joined(separator: ", ")
        }
        let grades = poll.gradeIndices(answer.answers)
        return zip(poll.options, grades).map { "\(InertText.make($0)) = \(InertText.make(poll.scale[$1]))" }
            .joined(separator: " ; ")
    }
}

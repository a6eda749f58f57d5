/// What a poll decided, in the terminal: a majority judgment's ranking with its merit
/// profiles, a verdict, the names of a public vote.
extension ResultsText {
    public func rankingLines(_ results: PollResults) -> [String] {
        let poll = results.poll
        let labels = results.ranking.map { InertText.make(poll.options[$0.option]) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        var lines = [t("  Profils de mérite : ", "  Merit profiles: ") + MeritProfile.legend(poll.scale), ""]
        for (ranked, label) in zip(results.ranking, labels) {
            let grade = ranked.majorityGrade.map { InertText.make(poll.scale[$0]) } ?? "—"
            lines.append(
                "  \(padLeft("\(ranked.rank).", 3)) \(pad(label, labelWidth))  \(MeritProfile.text(ranked.profile, width: barWidth))  \(grade)"
            )
        }
        return lines
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

/// A majority judgment's ranking, a verdict and a named vote in the Markdown minutes.
extension MinutesMarkdown {
    func rankingTable(_ results: PollResults) -> [String] {
        let poll = results.poll
        var out = [
            t(
                "| Rang | Option | Mention majoritaire | Profil de mérite |",
                "| Rank | Option | Majority grade | Merit profile |"),
            "|---:|---|---|---|",
        ]
        for ranked in results.ranking {
            let grade = ranked.majorityGrade.map { inline(poll.scale[$0]) } ?? "—"
            let counts = zip(poll.scale, ranked.profile).map { "\(inline($0)) \($1)" }.joined(separator: ", ")
            out.append(
                "| \(ranked.rank) | \(inline(poll.options[ranked.option])) | \(grade) | `\(MeritProfile.text(ranked.profile, width: 20))` \(counts) |"
            )
        }
        out += ["", inline(t("Profils : ", "Profiles: ") + MeritProfile.legend(poll.scale))]
        return out
    }

    func decisionLines(_ results: PollResults) -> [String] {
        var out: [String] = []
        if let verdict = results.poll.verdict {
            out += ["", "**" + inline(verdict.sentence(language)) + "**"]
        }
        if !results.named.isEmpty {
            let text = ResultsText(language: language)
            out += ["", t("Vote nominatif :", "Named vote:"), ""]
            out += results.named.map {
                "- \(inline($0.name)) : \(inline(text.namedAnswer($0, results.poll)))"
            }
        }
        return out
    }
}

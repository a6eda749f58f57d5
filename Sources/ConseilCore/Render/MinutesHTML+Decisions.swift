/// A majority judgment's ranking (stacked merit-profile bars), a verdict and a named vote in the
/// HTML minutes.
extension MinutesHTML {
    func rankingTable(_ results: PollResults, _ out: inout [String]) {
        let poll = results.poll
        out.append(
            "<table><tr><th>\(e(t("Rang", "Rank")))</th><th>Option</th><th>\(e(t("Mention majoritaire", "Majority grade")))</th><th>\(e(t("Profil de mérite", "Merit profile")))</th></tr>"
        )
        for ranked in results.ranking {
            let grade = ranked.majorityGrade.map { poll.scale[$0] } ?? "—"
            out.append(
                "<tr><td class=\"n\">\(ranked.rank)</td><td>\(e(poll.options[ranked.option]))</td><td>\(e(grade))</td><td>\(bar(ranked.profile, poll.scale))</td></tr>"
            )
        }
        out.append("</table>")
        out.append(
            "<p class=\"base\">\(e(t("Profils : ", "Profiles: ") + MeritProfile.legend(poll.scale)))</p>")
    }

    /// One stacked bar, a coloured segment per grade from green (best) to red, its number
    /// written in it so that the bar still reads printed in black and white.
    private func bar(_ profile: [Int], _ scale: [String]) -> String {
        let total = profile.reduce(0, +)
        let cells = MeritProfile.segments(profile, width: 1000)
        let steps = max(1, scale.count - 1)
        var html =
            "<div style=\"display:flex;width:12cm;height:1.2em;border:1px solid #666;print-color-adjust:exact;-webkit-print-color-adjust:exact\">"
        for (grade, width) in cells.enumerated() where width > 0 {
            let hue = 120 - grade * 120 / steps
            html +=
                "<span title=\"\(e(scale[grade])) : \(profile[grade])\" style=\"width:\(Double(width) / 10)%;background:hsl(\(hue),55%,60%);text-align:center;font-size:8pt\">\((grade + 1) % 10)</span>"
        }
        return html + "</div>" + (total > 0 ? "" : "—")
    }

    func decisions(_ results: PollResults, _ out: inout [String]) {
        if let verdict = results.poll.verdict {
            out.append("<p class=\"verdict\"><strong>\(e(verdict.sentence(language)))</strong></p>")
        }
        guard !results.named.isEmpty else { return }
        let text = ResultsText(language: language)
        out.append("<p>\(e(t("Vote nominatif :", "Named vote:")))</p><ul>")
        for answer in results.named {
            out.append("<li>\(e(answer.name)) : \(e(text.namedAnswer(answer, results.poll)))</li>")
        }
        out.append("</ul>")
    }
}

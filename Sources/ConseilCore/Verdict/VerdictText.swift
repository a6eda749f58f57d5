extension Verdict {
    /// « Adopté (7 voix pour, 2 contre, 1 abstention ; majorité absolue des suffrages exprimés :
    /// 5 voix requises) », the sentence the results and the minutes give.
    public func sentence(_ language: Language) -> String {
        let fr = language == .fr
        var head = outcome.name.text(language)
        if let castingVote {
            let who = InertText.make(castingVote.name ?? castingVote.member)
            head +=
                fr
                ? " par la voix prépondérante de la présidence (\(who))"
                : " by the chair's casting vote (\(who))"
        }
        let counts =
            fr
            ? "\(Numbers.formatted(votesFor, language)) voix pour, \(Numbers.formatted(against, language)) contre, \(Numbers.formatted(abstentions, language)) abstention\(abstentions > 1 ? "s" : "")"
            : "\(Numbers.formatted(votesFor, language)) for, \(Numbers.formatted(against, language)) against, \(Numbers.formatted(abstentions, language)) abstention\(abstentions == 1 ? "" : "s")"
        let needed =
            fr
            ? "\(Numbers.formatted(required, language)) voix requise\(required > 1 ? "s" : "")"
            : "\(Numbers.formatted(required, language)) needed"
        var rule = self.rule.name.text(language)
        if self.rule != .simple { rule += " " + of.name.text(language) }
        var text =
            fr ? "\(head) (\(counts) ; \(rule) : \(needed))" : "\(head) (\(counts); \(rule): \(needed))"
        if votesFor == 0, against == 0 {
            text += fr ? " — aucun suffrage exprimé" : " — no vote cast for or against"
        }
        return text
    }
}

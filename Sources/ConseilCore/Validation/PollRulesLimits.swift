extension Poll {
    /// The rules `Poll.apply` would have accepted, and a stored verdict that can be shown.
    var rulesViolation: Localized? {
        if majority != nil || majorityOf != nil || verdict != nil {
            guard kind == .yesno, majority != nil else {
                return Localized(
                    fr: "une majorité ou un verdict sur un scrutin \(kind.name.fr)",
                    en: "a majority or a verdict on a \(kind.name.en) poll")
            }
        }
        if named == true, anonymous {
            return Localized(
                fr: "scrutin à la fois nominatif et anonyme", en: "a poll both named and anonymous")
        }
        if let grades {
            guard kind == .grades else {
                return Localized(
                    fr: "une échelle de mentions sur un scrutin \(kind.name.fr)",
                    en: "a grades scale on a \(kind.name.en) poll")
            }
            if let problem = Poll.gradeScaleProblem(grades) { return problem }
        }
        if let verdict {
            let range = 0...RecordLimits.maxHandCount * 10
            for (field, value) in [
                ("base", verdict.base), ("required", verdict.required), ("for", verdict.votesFor),
                ("against", verdict.against), ("abstentions", verdict.abstentions),
            ] where !range.contains(value) {
                return .outOfRange(field, value, range)
            }
        }
        return nil
    }
}

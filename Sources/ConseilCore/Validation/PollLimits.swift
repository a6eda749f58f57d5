extension Poll: WithinLimits {
    /// The settings `Poll.make` would have accepted: ballots and hand counts are checked
    /// against the options and the answer limit, so these must make sense first.
    public var limitViolation: Localized? {
        if kind.hasOptions || kind == .grades {
            guard (2...Poll.maxOptions + 1).contains(options.count) else {
                return .outOfRange("options", options.count, 2...Poll.maxOptions + 1)
            }
        } else if !options.isEmpty {
            return Localized(
                fr: "un scrutin \(kind.name.fr) n'a pas d'options",
                en: "a \(kind.name.en) poll has no options")
        }
        var seen = Set<String>()
        for label in options {
            // Answers name options by label, case and accents folded: two labels must differ so.
            guard !label.isEmpty, label.count <= Poll.maxOptionLength,
                seen.insert(TextFolding.foldAccentsAndCase(label)).inserted
            else {
                return Localized(
                    fr: "option vide, trop longue ou en double : « \(InertText.make(label)) »",
                    en: "empty, too long or duplicate option: “\(InertText.make(label))”")
            }
        }
        if let maxAnswers {
            guard let range = maxAnswersRange else {
                return Localized(
                    fr: "« maxAnswers » ne vaut que pour les scrutins multi et words",
                    en: "“maxAnswers” only applies to multi and words polls")
            }
            if !range.contains(maxAnswers) { return .outOfRange("maxAnswers", maxAnswers, range) }
        }
        return rulesViolation
    }

    /// What `maxAnswers` may be, for the kinds that have it.
    var maxAnswersRange: ClosedRange<Int>? {
        switch kind {
        case .multi: 1...options.count
        case .words: 1...Poll.maxWordAnswers
        case .yesno, .choice, .text, .grades: nil
        }
    }

    /// How many answers one ballot may give.
    public var answerLimit: Int {
        switch kind {
        case .multi: maxAnswers ?? options.count
        case .words: maxAnswers ?? Poll.defaultWordAnswers
        case .grades: options.count
        case .yesno, .choice, .text: 1
        }
    }
}

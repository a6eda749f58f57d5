import ConseilCore

/// The new-poll form's last fields, what `poll new --majority --of --named --grade` asks.
enum PollRulesForm {
    static let majorities: [MajorityRule?] = [nil] + MajorityRule.allCases

    static let fields = prefilled(PollRules())

    /// The fields showing `rules` (a draft being edited).
    static func prefilled(_ rules: PollRules) -> [Form.Field] {
        [
            .choice(
                label: Localized(fr: "Majorité (oui/non)", en: "Majority (yes/no)"),
                options: majorities.map { $0?.name ?? Localized(fr: "aucune", en: "none") },
                index: majorities.firstIndex(of: rules.majority) ?? 0),
            .choice(
                label: Localized(fr: "Base de la majorité", en: "Base of the majority"),
                options: MajorityBase.allCases.map(\.name),
                index: MajorityBase.allCases.firstIndex(of: rules.of ?? .expressed) ?? 0),
            .toggle(label: Localized(fr: "Vote nominatif", en: "Named vote"), on: rules.named),
            .text(
                label: Localized(
                    fr: "Mentions (;, jugement majoritaire)", en: "Grades (;, majority judgment)"),
                value: rules.grades.joined(separator: " ; "), limit: 600),
        ]
    }

    /// What each field is, for a refusal to point at.
    static let inputs: [InputField?] = [.majority, .base, .named, .grades]

    /// The rules from the fields starting at `first`; the base only with a rule, as the
    /// command asks for `--of` only with `--majority`.
    static func rules(_ form: Form, from first: Int) -> PollRules {
        let rule = majorities[form.choice(first)]
        let base = MajorityBase.allCases[form.choice(first + 1)]
        let grades = form.text(first + 3).split(separator: ";").map { WordNormaliser.tidy(String($0)) }
            .filter { !$0.isEmpty }
        return PollRules(
            majority: rule, of: rule == nil || base == .expressed ? nil : base, named: form.isOn(first + 2),
            grades: grades)
    }
}

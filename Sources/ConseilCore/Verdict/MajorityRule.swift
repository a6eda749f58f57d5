/// The majority a yes/no poll needs to carry (docs/DECISIONS.md, Majority rules).
public enum MajorityRule: String, Codable, Sendable, CaseIterable {
    case simple, absolute
    case twoThirds = "two-thirds"
    case unanimity

    public var name: Localized {
        switch self {
        case .simple: Localized(fr: "majorité simple", en: "simple majority")
        case .absolute: Localized(fr: "majorité absolue", en: "absolute majority")
        case .twoThirds: Localized(fr: "majorité des deux tiers", en: "two-thirds majority")
        case .unanimity: Localized(fr: "unanimité", en: "unanimity")
        }
    }

    public static func parse(_ text: String) throws -> MajorityRule {
        guard let rule = MajorityRule(rawValue: text.trimmingASCIISpaces.lowercased()) else {
            throw ConseilError(
                fr:
                    "majorité inconnue : « \(InertText.make(text)) » ; choisissez simple, absolute, two-thirds ou unanimity",
                en:
                    "unknown majority: “\(InertText.make(text))”; choose simple, absolute, two-thirds or unanimity",
                field: .majority)
        }
        return rule
    }
}

/// What a majority is counted on: the votes cast for or against, the members physically
/// present, or every member in office.
public enum MajorityBase: String, Codable, Sendable, CaseIterable {
    case expressed, present, members

    /// As the minutes say it, after « majorité absolue … ».
    public var name: Localized {
        switch self {
        case .expressed: Localized(fr: "des suffrages exprimés", en: "of the votes cast")
        case .present: Localized(fr: "des membres présents", en: "of the members present")
        case .members: Localized(fr: "des membres en exercice", en: "of the members in office")
        }
    }

    public static func parse(_ text: String) throws -> MajorityBase {
        guard let base = MajorityBase(rawValue: text.trimmingASCIISpaces.lowercased()) else {
            throw ConseilError(
                fr: "base inconnue : « \(InertText.make(text)) » ; choisissez expressed, present ou members",
                en: "unknown base: “\(InertText.make(text))”; choose expressed, present or members",
                field: .base)
        }
        return base
    }
}

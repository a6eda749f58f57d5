/// The files a tally left out because they could not be read or were invalid: a result must
/// say when its inputs lost records, and where to look (`conseil check` names each file).
public struct Discarded: Sendable, Equatable {
    public var ballots: Int
    public var handCounts: Int

    public init(ballots: Int = 0, handCounts: Int = 0) {
        self.ballots = ballots
        self.handCounts = handCounts
    }

    /// « 20 bulletins invalides écartés : conseil check », or nil when nothing was left out.
    public var notice: Localized? {
        let parts = [
            Self.phrase(
                ballots, one: Localized(fr: "1 bulletin invalide écarté", en: "1 invalid ballot left out"),
                many: {
                    Localized(
                        fr: "\($0.fr) bulletins invalides écartés", en: "\($0.en) invalid ballots left out")
                }
            ),
            Self.phrase(
                handCounts,
                one: Localized(fr: "1 main levée invalide écartée", en: "1 invalid show of hands left out"),
                many: {
                    Localized(
                        fr: "\($0.fr) mains levées invalides écartées",
                        en: "\($0.en) invalid shows of hands left out")
                }),
        ].compactMap { $0 }
        guard !parts.isEmpty else { return nil }
        return Localized(
            fr: parts.map(\.fr).joined(separator: ", ") + " : conseil check",
            en: parts.map(\.en).joined(separator: ", ") + ": conseil check")
    }

    /// `one` for 1, `many` given the number as written in each language, nil for none.
    private static func phrase(_ count: Int, one: Localized, many: (Localized) -> Localized) -> Localized? {
        guard count > 0 else { return nil }
        return count == 1
            ? one : many(Localized(fr: Numbers.formatted(count, .fr), en: Numbers.formatted(count, .en)))
    }
}

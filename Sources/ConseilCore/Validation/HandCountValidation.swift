/// Whether a show of hands may be added to its poll. Its numbers are bounded by
/// `HandCount.limitViolation`; here, what needs the poll: the folder and the answers.
public enum HandCountValidation {
    /// What ties a hand count to its place, from its path alone (see BallotValidation).
    public static func placementProblem(_ count: HandCount, fileStem: String, pollFolder: String)
        -> Localized?
    {
        RecordPlacement.problem([("poll", count.poll, pollFolder), ("id", count.id, fileStem)])
    }

    public static func problem(_ count: HandCount, fileStem: String, poll: Poll) -> Localized? {
        if let problem = placementProblem(count, fileStem: fileStem, pollFolder: poll.id) { return problem }
        switch poll.kind {
        case .yesno, .choice, .multi:
            if let stray = count.counts.keys.sorted().first(where: { !poll.options.contains($0) }) {
                return .notAnOption(stray)
            }
        case .words:
            if let stray = count.counts.keys.sorted().first(where: { !BallotValidation.isWordAnswer($0) }) {
                return Localized(
                    fr: "réponse vide ou trop longue : « \(InertText.make(stray)) »",
                    en: "empty or too long answer: “\(InertText.make(stray))”")
            }
        case .text, .grades:
            return Localized(
                fr: "un scrutin \(poll.kind.name.fr) ne se compte pas à main levée",
                en: "a \(poll.kind.name.en) poll cannot be filled by a show of hands")
        }
        return nil
    }
}

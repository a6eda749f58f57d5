/// Whether a participant ballot may be counted: it lies in its poll's folder, the poll takes
/// answers from the room, and its answers are what the poll asks for (the rule of ballots).
public enum ParticipantBallotValidation {
    /// What ties it to its place, from its path alone (sync checks it before taking a file in).
    public static func placementProblem(_ ballot: ParticipantBallot, pollFolder: String) -> Localized? {
        guard ballot.poll == pollFolder else {
            return Localized(
                fr: "bulletin d'un autre scrutin (« \(InertText.make(ballot.poll)) »)",
                en: "ballot of another poll (“\(InertText.make(ballot.poll))”)")
        }
        return nil
    }

    public static func problem(_ ballot: ParticipantBallot, poll: Poll) -> Localized? {
        if let placement = placementProblem(ballot, pollFolder: poll.id) { return placement }
        guard poll.answeredBy == .room else {
            return Localized(
                fr: "bulletin de participant dans un scrutin réservé aux membres",
                en: "participant ballot in a poll for members only")
        }
        return BallotValidation.answersProblem(ballot.answers, poll: poll)
    }
}

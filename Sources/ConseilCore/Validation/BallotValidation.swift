/// Whether a ballot file may be counted in its poll: it belongs to the folder it lies in, its
/// voter is a member who may vote there, and its answers are what the poll asks for. A ballot
/// that fails is counted nowhere and named by `conseil check`.
public enum BallotValidation {
    /// What ties a ballot to its place, from its path alone: what git sync can check before
    /// a file from a remote is taken in. `fileStem` is the file name without `.json`.
    public static func placementProblem(_ ballot: Ballot, fileStem: String, pollFolder: String) -> Localized?
    {
        guard ballot.poll == pollFolder else {
            return Localized(
                fr: "bulletin d'un autre scrutin (« \(InertText.make(ballot.poll)) »)",
                en: "ballot of another poll (“\(InertText.make(ballot.poll))”)")
        }
        if let voter = ballot.voter, voter != fileStem {
            return Localized(
                fr: "le nom du fichier n'est pas celui du votant (« \(InertText.make(voter)) »)",
                en: "the file name is not the voter's (“\(InertText.make(voter))”)")
        }
        return nil
    }

    /// Everything: the placement, the voter against the council's member ids (when there is a
    /// council to check against: a set, since a poll may have thousands of ballots), a ballot
    /// cast by someone else against the session's standing pouvoirs (giver → holder, nil:
    /// unchecked), the answers against the poll.
    public static func problem(
        _ ballot: Ballot, fileStem: String, poll: Poll, members: Set<String>?, pouvoirs: [String: String]?
    ) -> Localized? {
        placementProblem(ballot, fileStem: fileStem, pollFolder: poll.id)
            ?? voterProblem(ballot, poll: poll, members: members)
            ?? proxyProblem(ballot, pouvoirs: pouvoirs)
            ?? answersProblem(ballot.answers, poll: poll)
    }

    /// A ballot cast for another member needs that member's pouvoir, held by the one who cast it.
    static func proxyProblem(_ ballot: Ballot, pouvoirs: [String: String]?) -> Localized? {
        guard let castBy = ballot.castBy, let pouvoirs else { return nil }
        guard let voter = ballot.voter, pouvoirs[voter] == castBy else {
            return Localized(
                fr: "bulletin déposé par « \(InertText.make(castBy)) » sans pouvoir du votant",
                en: "ballot cast by “\(InertText.make(castBy))” without the voter's pouvoir")
        }
        return nil
    }

    static func voterProblem(_ ballot: Ballot, poll: Poll, members: Set<String>?) -> Localized? {
        guard poll.anonymous else {
            guard let voter = ballot.voter else {
                return Localized(
                    fr: "bulletin sans votant dans un scrutin nominatif",
                    en: "ballot without a voter in a named poll")
            }
            if let members, !members.contains(voter) {
                return Localized(
                    fr: "« \(InertText.make(voter)) » n'est pas membre du conseil",
                    en: "“\(InertText.make(voter))” is not a member of the council")
            }
            return nil
        }
        // An anonymous ballot names nobody and carries no time: nothing may link it to its mark.
        guard ballot.voter == nil, ballot.at == nil, ballot.castBy == nil else {
            return Localized(
                fr: "bulletin nominatif ou daté dans un scrutin anonyme",
                en: "named or timed ballot in an anonymous poll")
        }
        return nil
    }

    /// The answers a ballot of `poll` may hold: options of the poll, as many as its kind allows.
    public static func answersProblem(_ answers: [String], poll: Poll) -> Localized? {
        let limit = poll.answerLimit
        guard (1...limit).contains(answers.count) else {
            return limit == 1
                ? Localized(
                    fr: "\(answers.count) réponses là où le scrutin en demande une seule",
                    en: "\(answers.count) answers where the poll takes exactly one")
                : Localized(
                    fr: "\(answers.count) réponse(s) là où le scrutin en demande de 1 à \(limit)",
                    en: "\(answers.count) answer(s) where the poll takes 1 to \(limit)")
        }
        if poll.kind == .words || poll.kind == .text,
            answers.contains(where: { $0.unicodeScalars.contains(where: InertText.isInvisible) })
        {
            return Localized(
                fr:
                    "réponse avec des caractères invisibles (espaces de largeur nulle, contrôles bidirectionnels)",
                en: "answer with invisible characters (zero-width spaces, bidirectional controls)")
        }
        switch poll.kind {
        case .yesno, .choice, .multi:
            if let stray = answers.first(where: { !poll.options.contains($0) }) { return .notAnOption(stray) }
            guard Set(answers).count == answers.count else {
                return Localized(fr: "la même réponse deux fois", en: "the same answer twice")
            }
        case .grades:
            // One answer per option, in the options' order: a grade of the scale, or "" ungraded.
            guard answers.count == poll.options.count, answers.contains(where: { !$0.isEmpty }),
                answers.allSatisfy({ $0.isEmpty || poll.scale.contains($0) })
            else {
                return Localized(
                    fr: "bulletin de jugement majoritaire illisible : une mention de l'échelle par option",
                    en: "unreadable majority-judgment ballot: one grade of the scale per option")
            }
        case .words:
            guard answers.allSatisfy(isWordAnswer) else {
                return Localized(
                    fr: "réponse vide ou de plus de \(Ballot.maxWordLength) caractères",
                    en: "empty answer or one longer than \(Ballot.maxWordLength) characters")
            }
        case .text:
            guard answers.allSatisfy({ !$0.trimmingASCIISpaces.isEmpty && $0.count <= Ballot.maxTextLength })
            else {
                return Localized(
                    fr: "texte vide ou de plus de \(Ballot.maxTextLength) caractères",
                    en: "empty text or one longer than \(Ballot.maxTextLength) characters")
            }
        }
        return nil
    }

    /// A word-cloud answer, from a ballot or a show of hands: something once tidied, and short.
    static func isWordAnswer(_ text: String) -> Bool {
        !WordNormaliser.tidy(text).isEmpty && text.count <= Ballot.maxWordLength
    }
}

extension Localized {
    static func notAnOption(_ answer: String) -> Localized {
        Localized(
            fr: "« \(InertText.make(answer)) » n'est pas une option du scrutin",
            en: "“\(InertText.make(answer))” is not an option of the poll")
    }
}

/// `<poll>/ballots/<voter-key>.json`: one file per voter, so that voters never contend and
/// voting again replaces the earlier ballot. In an anonymous poll the key is random and the
/// ballot names nobody and carries no time.
public struct Ballot: Codable, Sendable, Equatable {
    public var schema: Int
    public var poll: String
    public var voter: String?
    public var at: Timestamp?
    public var answers: [String]
    /// The member who cast it holding the voter's pouvoir; nil when the voter cast it.
    public var castBy: String?

    public init(poll: String, voter: String?, at: Timestamp?, answers: [String], castBy: String? = nil) {
        schema = currentSchema
        self.poll = poll
        self.voter = voter
        self.at = at
        self.answers = answers
        self.castBy = castBy
    }

    public static let maxWordLength = 100
    public static let maxTextLength = 2000
}

/// `<poll>/counts/<id>.json`: a show of hands typed in by the facilitator, added to the
/// ballots. `voters` is how many people raised a hand at all, the base of the percentages.
public struct HandCount: Codable, Sendable, Equatable {
    public var schema: Int
    public var id: String
    public var poll: String
    public var counts: [String: Int]
    public var voters: Int
    public var at: Timestamp
    public var by: String

    public init(id: String, poll: String, counts: [String: Int], voters: Int, at: Timestamp, by: String) {
        schema = currentSchema
        self.id = id
        self.poll = poll
        self.counts = counts
        self.voters = voters
        self.at = at
        self.by = by
    }
}

extension Poll {
    /// Turns what a voter typed into the answers stored in a ballot. Options are matched by
    /// label (case and accents ignored), or by number from 1 (see `optionIndex(matching:)`).
    public func resolveAnswers(_ typed: [String]) throws -> [String] {
        switch kind {
        case .yesno, .choice, .multi:
            return try answers(picking: typed.map { try optionIndex(matching: $0) })
        case .grades:
            return try gradeAnswers(typed)
        case .words:
            let limit = maxAnswers ?? 2
            let answers = typed.map { WordNormaliser.tidy(InertText.droppingInvisible($0)) }.filter {
                !$0.isEmpty
            }
            guard !answers.isEmpty, answers.count <= limit else {
                throw ConseilError(
                    fr: "donnez de 1 à \(limit) réponses courtes (une par argument)",
                    en: "give 1 to \(limit) short answers (one per argument)")
            }
            guard answers.allSatisfy({ $0.count <= Ballot.maxWordLength }) else {
                throw ConseilError(
                    fr: "une réponse dépasse \(Ballot.maxWordLength) caractères : faites plus court",
                    en: "an answer is longer than \(Ballot.maxWordLength) characters: make it shorter")
            }
            return answers
        case .text:
            guard typed.count == 1 else {
                throw ConseilError(
                    fr: "donnez le texte en un seul argument, entre guillemets",
                    en: "give the text as one argument, in quotes")
            }
            let text = InertText.droppingInvisible(typed[0]).trimmingASCIISpaces
            guard !text.isEmpty, text.count <= Ballot.maxTextLength else {
                throw ConseilError(
                    fr: "le texte doit faire entre 1 et \(Ballot.maxTextLength) caractères",
                    en: "the text must be 1 to \(Ballot.maxTextLength) characters long")
            }
            return [text]
        }
    }

    /// The answers of a ballot whose options were picked by position from 0, as the ballot
    /// screen does: one for a single choice, up to the maximum for a multiple choice.
    public func answers(picking picked: [Int]) throws -> [String] {
        let limit = kind == .multi ? (maxAnswers ?? options.count) : 1
        guard kind.hasOptions, !picked.isEmpty, picked.count <= limit,
            picked.allSatisfy(options.indices.contains)
        else {
            throw ConseilError(
                fr: kind == .multi
                    ? "donnez de 1 à \(limit) réponses parmi : \(optionList)"
                    : "donnez une seule réponse parmi : \(optionList)",
                en: kind == .multi
                    ? "give 1 to \(limit) answers among: \(optionList)"
                    : "give exactly one answer among: \(optionList)")
        }
        var chosen: [String] = []
        for index in picked where !chosen.contains(options[index]) { chosen.append(options[index]) }
        return chosen
    }

    /// The position of the option a typed answer names (see `LabelMatch`), so that in a poll
    /// with options 3, 2, 1 « 3 » is the option 3 and « 4 » is no option at all.
    public func optionIndex(matching answer: String) throws -> Int {
        let trimmed = answer.trimmingASCIISpaces
        if let index = LabelMatch.index(of: trimmed, in: options) { return index }
        throw ConseilError(
            fr: "réponse inconnue : « \(InertText.make(trimmed)) » ; choisissez parmi : \(optionList)",
            en: "unknown answer: “\(InertText.make(trimmed))”; choose among: \(optionList)")
    }

    /// The options as an error lists them: numbered only when a number can name them.
    var optionList: String { LabelMatch.list(options) }
}

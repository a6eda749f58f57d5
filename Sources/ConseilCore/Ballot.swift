/// `<poll>/ballots/<voter-key>.json`: one file per voter, so that voters never contend and
/// voting again replaces the earlier ballot. In an anonymous poll the key is random and the
/// ballot names nobody and carries no time.
public struct Ballot: Codable, Sendable, Equatable {
    public var schema: Int
    public var poll: String
    public var voter: String?
    public var at: Timestamp?
    public var answers: [String]

    public init(poll: String, voter: String?, at: Timestamp?, answers: [String]) {
        schema = currentSchema
        self.poll = poll
        self.voter = voter
        self.at = at
        self.answers = answers
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
    /// label (case and accents ignored) or by number from 1.
    public func resolveAnswers(_ typed: [String]) throws -> [String] {
        switch kind {
        case .yesno, .choice, .multi:
            let limit = kind == .multi ? (maxAnswers ?? options.count) : 1
            guard !typed.isEmpty, typed.count <= limit else {
                throw ConseilError(
                    fr: kind == .multi
                        ? "donnez de 1 à \(limit) réponses parmi : \(optionList)"
                        : "donnez une seule réponse parmi : \(optionList)",
                    en: kind == .multi
                        ? "give 1 to \(limit) answers among: \(optionList)"
                        : "give exactly one answer among: \(optionList)")
            }
            var chosen: [String] = []
            for answer in typed {
                let label = try option(matching: answer)
                if !chosen.contains(label) { chosen.append(label) }
            }
            return chosen
        case .words:
            let limit = maxAnswers ?? 2
            let answers = typed.map(WordNormaliser.tidy).filter { !$0.isEmpty }
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
            let text = typed[0].trimmingASCIISpaces
            guard !text.isEmpty, text.count <= Ballot.maxTextLength else {
                throw ConseilError(
                    fr: "le texte doit faire entre 1 et \(Ballot.maxTextLength) caractères",
                    en: "the text must be 1 to \(Ballot.maxTextLength) characters long")
            }
            return [text]
        }
    }

    /// The option a typed answer names: its number from 1, or its label folded.
    public func option(matching answer: String) throws -> String {
        let trimmed = answer.trimmingASCIISpaces
        if let number = Int(trimmed), number >= 1, number <= options.count {
            return options[number - 1]
        }
        let folded = TextFolding.foldAccentsAndCase(trimmed)
        if let label = options.first(where: { TextFolding.foldAccentsAndCase($0) == folded }) {
            return label
        }
        throw ConseilError(
            fr: "réponse inconnue : « \(InertText.make(trimmed)) » ; choisissez parmi : \(optionList)",
            en: "unknown answer: “\(InertText.make(trimmed))”; choose among: \(optionList)")
    }

    private var optionList: String {
        options.enumerated().map { "\($0.offset + 1). \(InertText.make($0.element))" }.joined(separator: ", ")
    }

    /// Parses "LABEL=N" as typed after `poll count --add`.
    public func parseCount(_ text: String) throws -> (label: String, count: Int) {
        guard let equals = text.lastIndex(of: "="),
            let count = Int(String(text[text.index(after: equals)...]).trimmingASCIISpaces), count >= 0,
            count <= 1_000_000
        else {
            throw ConseilError(
                fr:
                    "décompte illisible : « \(InertText.make(text)) » ; écrivez LIBELLÉ=NOMBRE, par exemple Oui=12",
                en: "unreadable count: “\(InertText.make(text))”; write LABEL=NUMBER, for example Oui=12")
        }
        let label = String(text[..<equals])
        if kind.hasOptions { return (try option(matching: label), count) }
        let tidy = WordNormaliser.tidy(label)
        guard kind == .words, !tidy.isEmpty else {
            throw ConseilError(
                fr: "un scrutin en texte libre ne se compte pas à main levée",
                en: "a free-text poll cannot be filled by a show of hands")
        }
        return (tidy, count)
    }
}

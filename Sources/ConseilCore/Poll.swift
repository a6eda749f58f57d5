public enum PollKind: String, Codable, Sendable, CaseIterable {
    case yesno, choice, multi, words, text, grades

    public var name: Localized {
        switch self {
        case .yesno: Localized(fr: "oui/non", en: "yes/no")
        case .choice: Localized(fr: "choix unique", en: "single choice")
        case .multi: Localized(fr: "choix multiple", en: "multiple choice")
        case .words: Localized(fr: "nuage de mots", en: "word cloud")
        case .text: Localized(fr: "texte libre", en: "free text")
        case .grades: Localized(fr: "jugement majoritaire", en: "majority judgment")
        }
    }

    public var hasOptions: Bool { self == .yesno || self == .choice || self == .multi }
}

public enum PollState: String, Codable, Sendable, CaseIterable {
    case draft, open, closed

    public var name: Localized {
        switch self {
        case .draft: Localized(fr: "brouillon", en: "draft")
        case .open: Localized(fr: "ouvert", en: "open")
        case .closed: Localized(fr: "clos", en: "closed")
        }
    }
}

/// `<session>/polls/<poll>/poll.json`: the question and its settings. Ballots and hand
/// counts live beside it, one file each.
public struct Poll: Codable, Sendable, Equatable {
    public var schema: Int
    public var id: String
    public var session: String
    public var item: String?
    public var kind: PollKind
    public var question: String
    public var options: [String]
    /// Answers allowed per participant for `multi` and `words`.
    public var maxAnswers: Int?
    public var anonymous: Bool
    public var hideResults: Bool
    /// The earlier round of the same question, for before/after comparisons.
    public var after: String?
    public var state: PollState
    public var createdAt: Timestamp
    public var createdBy: String
    public var openedAt: Timestamp?
    public var closedAt: Timestamp?
    /// Word groups the facilitator merged: grouping key → key of the group it joins.
    public var merged: [String: String]?
    /// Word groups the facilitator hid from the results (raw answers stay in the ballots).
    public var hidden: [String]?
    /// The majority a yes/no poll needs, and what it is counted on (absent: `expressed`).
    public var majority: MajorityRule?
    public var majorityOf: MajorityBase?
    /// A public vote whose results name who answered what (CGCT L2121-15, L2121-21).
    public var named: Bool?
    /// A `grades` poll's scale, best grade first.
    public var grades: [String]?
    /// What the poll decided, stored at closing when it has a majority rule.
    public var verdict: Verdict?
    /// Who may answer from a phone; nil (the members) for polls written before the room server.
    public var voters: PollVoters?

    public static let yes = "Oui"
    public static let no = "Non"
    public static let abstention = "Abstention"
    public static let maxOptions = 20
    public static let maxOptionLength = 200
    /// Answers a word cloud takes from each participant: by default, and at most.
    public static let defaultWordAnswers = 2
    public static let maxWordAnswers = 10
    public static let maxQuestionLength = 500

    public init(
        id: String, session: String, item: String?, kind: PollKind, question: String, options: [String],
        maxAnswers: Int?, anonymous: Bool, hideResults: Bool, after: String?, createdAt: Timestamp,
        createdBy: String, voters: PollVoters? = nil
    ) {
        schema = currentSchema
        self.id = id
        self.session = session
        self.item = item
        self.kind = kind
        self.question = question
        self.options = options
        self.maxAnswers = maxAnswers
        self.anonymous = anonymous
        self.hideResults = hideResults
        self.after = after
        self.state = .draft
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.voters = voters
    }

    /// Builds a poll from what a facilitator asked for, refusing what cannot work.
    public static func make(
        id: String, session: String, item: String?, kind: PollKind, question: String, options: [String],
        abstain: Bool, maxAnswers: Int?, anonymous: Bool, hideResults: Bool, after: String?,
        createdAt: Timestamp, createdBy: String, rules: PollRules = PollRules(), voters: PollVoters = .members
    ) throws -> Poll {
        let question = question.trimmingASCIISpaces
        guard !question.isEmpty, question.count <= maxQuestionLength else {
            throw ConseilError(
                fr: "la question doit faire entre 1 et \(maxQuestionLength) caractères",
                en: "the question must be 1 to \(maxQuestionLength) characters long", field: .question)
        }
        var labels = options.map(\.trimmingASCIISpaces)
        switch kind {
        case .yesno:
            guard labels.isEmpty else {
                throw ConseilError(
                    fr:
                        "un scrutin oui/non a ses propres options (Oui, Non) : n'en donnez pas, ou choisissez un choix unique",
                    en: "a yes/no poll has its own options (Oui, Non): give none, or choose a single choice",
                    field: .options)
            }
            labels = [yes, no]
        case .choice, .multi, .grades:
            guard labels.count >= 2, labels.count <= maxOptions else {
                throw ConseilError(
                    fr: "un scrutin à choix demande de 2 à \(maxOptions) options",
                    en: "a choice poll needs 2 to \(maxOptions) options", field: .options)
            }
            var seen = Set<String>()
            for label in labels {
                guard !label.isEmpty, label.count <= maxOptionLength,
                    seen.insert(TextFolding.foldAccentsAndCase(label)).inserted
                else {
                    throw ConseilError(
                        fr: "options vides ou en double : chaque option doit être distincte",
                        en: "empty or duplicate options: each option must be distinct", field: .options)
                }
            }
        case .words, .text:
            guard labels.isEmpty else {
                throw ConseilError(
                    fr: "un scrutin \(kind.name.fr) n'a pas d'options : n'en donnez pas",
                    en: "a \(kind.name.en) poll has no options: give none", field: .options)
            }
        }
        if abstain {
            guard kind.hasOptions else {
                throw ConseilError(
                    fr: "l'abstention ne vaut que pour les scrutins oui/non et à choix",
                    en: "abstention only applies to yes/no and choice polls", field: .abstain)
            }
            // An option already called Abstention would be listed twice, and answers and hand
            // counts name options by label, so labels must stay distinct.
            let folded = TextFolding.foldAccentsAndCase(abstention)
            guard !labels.contains(where: { TextFolding.foldAccentsAndCase($0) == folded }) else {
                throw ConseilError(
                    fr: "options en double : « \(abstention) » est déjà ajoutée par l'abstention",
                    en: "duplicate options: “\(abstention)” is already added by abstention", field: .options)
            }
            labels.append(abstention)
        }
        var limit: Int? = nil
        if kind == .multi || kind == .words {
            let value = maxAnswers ?? (kind == .words ? defaultWordAnswers : labels.count)
            let most = kind == .words ? maxWordAnswers : labels.count
            guard value >= 1, value <= most else {
                throw ConseilError(
                    fr: "le nombre de réponses permises doit être entre 1 et \(most)",
                    en: "the answers allowed must be between 1 and \(most)", field: .maxAnswers)
            }
            limit = value
        } else if maxAnswers != nil {
            throw ConseilError(
                fr:
                    "un nombre de réponses permises ne vaut que pour les choix multiples et les nuages de mots",
                en: "answers allowed only apply to multiple-choice and word-cloud polls", field: .maxAnswers)
        }
        var poll = Poll(
            id: id, session: session, item: item, kind: kind, question: question, options: labels,
            maxAnswers: limit, anonymous: anonymous, hideResults: hideResults, after: after,
            createdAt: createdAt, createdBy: createdBy, voters: voters == .members ? nil : voters)
        try poll.apply(rules)
        return poll
    }

    /// Whether results may be shown now: always once closed, before that unless hidden.
    public var resultsVisible: Bool { !hideResults || state == .closed }

    public mutating func open(at now: Timestamp) throws {
        guard state == .draft else {
            throw ConseilError(
                fr: "le scrutin est déjà \(state.name.fr) : seul un brouillon peut être ouvert",
                en: "the poll is already \(state.name.en): only a draft can be opened")
        }
        state = .open
        openedAt = now
    }

    public mutating func close(at now: Timestamp) throws {
        guard state == .open else {
            throw ConseilError(
                fr: "le scrutin est \(state.name.fr) : seul un scrutin ouvert peut être clos",
                en: "the poll is \(state.name.en): only an open poll can be closed")
        }
        state = .closed
        closedAt = now
    }
}

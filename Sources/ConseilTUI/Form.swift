import ConseilCore

/// A small form over the screen (new poll, show of hands, agenda item): fields to fill with
/// the keyboard, Tab or ↓ to move, ←/→ to choose, Space to toggle, Enter on the last field
/// (or Ctrl-S) to submit, Esc to cancel. One model for every form, so they all behave alike.
public struct Form: Sendable, Equatable {
    public enum Field: Sendable, Equatable {
        case text(label: Localized, value: String, limit: Int)
        case number(label: Localized, value: String)
        case choice(label: Localized, options: [Localized], index: Int)
        case toggle(label: Localized, on: Bool)
    }

    public let purpose: FormPurpose
    public let title: Localized
    public var fields: [Field]
    public var focus = 0
    /// Which input each field carries, so that a refusal about an input shows beside its field.
    public var inputs: [InputField?] = []
    /// The effect submitted and not yet answered: the form stays open until the store has it.
    public var submitted: Effect?
    /// Why the last submission was refused, shown beside the field it is about.
    public var error: ConseilError?

    public init(purpose: FormPurpose, title: Localized, fields: [Field], inputs: [InputField?] = []) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        self.inputs = inputs
    }

    /// The field that carries an input, if the form has one.
    public func index(of input: InputField) -> Int? { inputs.firstIndex(of: input) }

    public func text(_ index: Int) -> String {
        switch fields[index] {
        case .text(_, let value, _), .number(_, let value): value
        default: ""
        }
    }

    public func choice(_ index: Int) -> Int {
        if case .choice(_, _, let selected) = fields[index] { return selected }
        return 0
    }

    public func isOn(_ index: Int) -> Bool {
        if case .toggle(_, let on) = fields[index] { return on }
        return false
    }

    public enum Outcome { case editing, cancelled, submitted }

    /// Applies one key; says whether the form goes on, was cancelled or submitted.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .control("s"): return .submitted
        case .enter: if focus == fields.count - 1 { return .submitted } else { focus += 1 }
        case .tab, .down: focus = min(fields.count - 1, focus + 1)
        case .backTab, .up: focus = max(0, focus - 1)
        default: edit(key)
        }
        return .editing
    }

    private mutating func edit(_ key: Key) {
        switch fields[focus] {
        case .text(let label, var value, let limit):
            switch key {
            case .backspace: if !value.isEmpty { value.removeLast() }
            case .control("u"): value = ""
            case .character(let character) where value.count < limit: value.append(character)
            default: break
            }
            fields[focus] = .text(label: label, value: value, limit: limit)
        case .number(let label, var value):
            switch key {
            case .backspace: if !value.isEmpty { value.removeLast() }
            case .character(let character) where character.isASCII && character.isNumber && value.count < 7:
                value.append(character)
            default: break
            }
            fields[focus] = .number(label: label, value: value)
        case .choice(let label, let options, let index):
            switch key {
            case .left, .character("h"):
                fields[focus] = .choice(label: label, options: options, index: max(0, index - 1))
            case .right, .character("l"), .character(" "):
                fields[focus] = .choice(label: label, options: options, index: (index + 1) % options.count)
            default: break
            }
        case .toggle(let label, let on):
            if key == .character(" ") || key == .left || key == .right {
                fields[focus] = .toggle(label: label, on: !on)
            }
        }
    }
}

/// What a submitted form is for; `update` turns it into an effect.
public enum FormPurpose: Sendable, Equatable {
    /// The earlier polls a second round may follow, and the session's agenda items, by id in
    /// the order of their choices (after « none »).
    case newPoll(session: String, earlierRounds: [String], items: [String])
    case editPoll(id: String, session: String, earlierRounds: [String], items: [String])
    case handCount(poll: String, labels: [String])
    case wordCount(poll: String)
    case actionDetails(session: String, entry: String)
    case newAgendaItem(session: String)
    case editAgendaItem(id: String)
    case statusChange(proposal: String, to: ProposalStatus)
    case newSession
    case newProposal
}

/// Who holds the session (L2121-15): its président·e and its secrétaire(s) de séance.
public struct SessionRoles: Sendable, Equatable {
    public var chair: String?
    public var secretaries: [String]

    public init(chair: String? = nil, secretaries: [String] = []) {
        self.chair = chair
        self.secretaries = secretaries
    }

    /// Refuses a chair or a secretary who is not a member, and a secretary named twice.
    public func check(_ council: Council) throws {
        if let chair { _ = try council.requireMember(chair) }
        for secretary in secretaries { _ = try council.requireMember(secretary) }
        guard Set(secretaries).count == secretaries.count else {
            throw ConseilError(
                fr: "le même secrétaire est nommé deux fois", en: "the same secretary is named twice")
        }
    }
}

extension Session {
    public var roles: SessionRoles {
        get { SessionRoles(chair: chair, secretaries: secretaries ?? []) }
        set {
            chair = newValue.chair
            secretaries = newValue.secretaries.isEmpty ? nil : newValue.secretaries
        }
    }

    /// Moves the state and keeps its times: en cours records the opening (the first one: a
    /// session paused and resumed opened once) and forgets a closing; close records the
    /// closing; prévue forgets both, the session has not taken place.
    public mutating func move(to state: SessionState, at now: Timestamp) {
        switch state {
        case .planned:
            openedAt = nil
            closedAt = nil
        case .running:
            openedAt = openedAt ?? now
            closedAt = nil
        case .closed:
            closedAt = now
        }
        self.state = state
    }

    /// A chair or a secretary that names no member (a file edited by hand, or from a remote).
    public func rolesProblem(members: Set<String>) -> Localized? {
        for id in [chair].compactMap({ $0 }) + (secretaries ?? []) where !members.contains(id) {
            return Localized(
                fr: "présidence ou secrétariat : « \(InertText.make(id)) » n'est pas membre du conseil",
                en: "chair or secretary: “\(InertText.make(id))” is not a member of the council")
        }
        return nil
    }
}

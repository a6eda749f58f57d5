/// Who may answer a poll from a phone (`poll new --voters`): the council's members, each with
/// a personal voting code for the session, or anyone in the room who joined with the room
/// code, once per device (a participant ballot, which names nobody).
public enum PollVoters: String, Codable, Sendable, CaseIterable {
    case members, room

    public var name: Localized {
        switch self {
        case .members: Localized(fr: "membres", en: "members")
        case .room: Localized(fr: "salle", en: "room")
        }
    }
}

extension Poll {
    /// A poll written before `voters` existed is a members' poll.
    public var answeredBy: PollVoters { voters ?? .members }
}

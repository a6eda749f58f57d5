import ConseilCore

extension RecordKind {
    /// The right that changing a record of this kind takes through the door, so resolving a
    /// conflict on it (choosing its version) takes the same right as writing it.
    public var capability: Capability {
        switch self {
        case .council: .manageMembers
        case .session, .agendaItem: .runSessions
        case .attendance: .recordAttendance
        case .minutesEntry, .minutesStatus: .writeMinutes
        // A ballot's versions are both the voter's: choosing one is keeping the poll's files.
        case .poll, .ballot, .participantBallot, .handCount, .voterMark: .runPolls
        case .proposal, .proposalEvent: .manageProposals
        }
    }

    /// Whether a record of this kind lives in a session's folder (its path's first name), and
    /// so is frozen once that session's minutes are adopted.
    public var isInSession: Bool {
        switch self {
        case .council, .proposal, .proposalEvent: false
        default: true
        }
    }
}

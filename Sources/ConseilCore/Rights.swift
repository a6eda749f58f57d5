/// What an actor may do: the one table of rights (DESIGN.md §8). Every front — the commands,
/// the interface, the restricted SSH mode and its help, the phone page — asks this table and
/// nothing else, so a right is written once.
public enum Capability: String, Sendable, CaseIterable {
    /// Read sessions, polls, results, minutes and proposals.
    case read
    /// Cast one's own ballot in an open poll.
    case vote
    /// Create sessions, move their state, edit and run the agenda.
    case runSessions
    /// Create, open and close polls, type in a show of hands, merge or hide words.
    case runPolls
    /// Record who is present.
    case recordAttendance
    /// Write, edit and adopt the minutes.
    case writeMinutes
    /// Add proposals and change their status.
    case manageProposals
    /// Choose the version to keep when a record changed on two machines.
    case resolveConflicts
    /// Add members to the council.
    case manageMembers
    /// Start another program or write outside the data root: git, an editor, an export file.
    case runPrograms
    /// Open the room to phones (`conseil serve`, or its key in the interface) and close it: a
    /// server on the local network, run by whoever runs the polls, never over SSH.
    case openRoom

    /// The action as a person says it, for refusals.
    public var action: Localized {
        switch self {
        case .read: Localized(fr: "consulter", en: "reading")
        case .vote: Localized(fr: "voter", en: "voting")
        case .runSessions: Localized(fr: "mener une séance", en: "running a session")
        case .runPolls: Localized(fr: "mener un scrutin", en: "running a poll")
        case .recordAttendance: Localized(fr: "noter les présences", en: "recording attendance")
        case .writeMinutes: Localized(fr: "rédiger le compte rendu", en: "writing the minutes")
        case .manageProposals: Localized(fr: "suivre les propositions", en: "managing proposals")
        case .resolveConflicts: Localized(fr: "résoudre un conflit", en: "resolving a conflict")
        case .manageMembers: Localized(fr: "gérer les membres", en: "managing members")
        case .runPrograms:
            Localized(
                fr: "lancer un programme (git, éditeur, export)",
                en: "starting a program (git, editor, export)")
        case .openRoom: Localized(fr: "ouvrir la salle aux téléphones", en: "opening the room to phones")
        }
    }
}

extension Role {
    /// The capabilities of a member with this role, on their own machine.
    public func allows(_ capability: Capability) -> Bool {
        switch capability {
        case .read, .vote, .runPrograms: true
        case .runSessions, .runPolls, .openRoom: self == .facilitator
        case .recordAttendance, .writeMinutes, .manageProposals: self == .secretary
        case .resolveConflicts: self == .facilitator || self == .secretary
        case .manageMembers: false
        }
    }

    /// The roles that have a capability, for messages ("réservé au rôle secrétaire").
    public static func having(_ capability: Capability) -> [Role] {
        allCases.filter { $0.allows(capability) }
    }
}

/// Who acts: the local administrator (no member named), or a member, possibly in a
/// forced-command SSH session (`restricted`), where nothing starts another program and the
/// council's members are not managed.
public enum Actor: Sendable, Equatable {
    case administrator
    case member(Member, restricted: Bool)

    public var id: String {
        switch self {
        case .administrator: "admin"
        case .member(let member, _): member.id
        }
    }

    public var member: Member? {
        if case .member(let member, _) = self { return member }
        return nil
    }

    public var isRestricted: Bool {
        if case .member(_, let restricted) = self { return restricted }
        return false
    }

    public func may(_ capability: Capability) -> Bool {
        switch self {
        // The administrator keeps the folder: everything but a ballot, which is a member's own.
        case .administrator: capability != .vote
        case .member(let member, let restricted):
            member.role.allows(capability)
                && !(restricted && [.runPrograms, .manageMembers, .openRoom].contains(capability))
        }
    }

    /// Refuses what the actor may not do, naming the action, the roles that may, and who asked.
    public func require(_ capability: Capability, for action: Localized? = nil) throws {
        guard !may(capability) else { return }
        let action = action ?? capability.action
        switch self {
        case .administrator:
            throw ConseilError(
                fr: "\(action.fr) : indiquez qui agit avec --member ID ; l'administrateur ne vote pas",
                en: "\(action.en): say who acts with --member ID; the administrator does not vote")
        case .member(let member, let restricted):
            if restricted && member.role.allows(capability) {
                throw ConseilError(
                    fr: "\(action.fr) : indisponible en session SSH restreinte",
                    en: "\(action.en): not available in a restricted SSH session")
            }
            let roles = Role.having(capability)
            guard !roles.isEmpty else {
                throw ConseilError(
                    fr:
                        "\(action.fr) : réservé à l'administrateur (sans --member) ; \(member.id) ne peut pas",
                    en: "\(action.en): for the administrator (without --member); \(member.id) cannot")
            }
            throw ConseilError(
                fr:
                    "\(action.fr) : réservé au rôle \(roles.map(\.name.fr).joined(separator: " ou ")) ; \(member.id) est \(member.role.name.fr)",
                en:
                    "\(action.en): requires the \(roles.map(\.name.en).joined(separator: " or ")) role; \(member.id) is a \(member.role.name.en)"
            )
        }
    }
}

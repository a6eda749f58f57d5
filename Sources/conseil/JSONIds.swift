import ConseilCore

// The identifiers of the JSON contract (docs/schema/): stable English ids whatever the
// interface language, beside the translated names. The files keep their own ids (DATA.md).

extension SessionState {
    var jsonId: String {
        switch self {
        case .planned: "planned"
        case .running: "running"
        case .closed: "closed"
        }
    }
}

extension AttendanceStatus {
    var jsonId: String {
        switch self {
        case .present: "present"
        case .excused: "excused"
        case .absent: "absent"
        }
    }
}

extension AgendaItemState {
    var jsonId: String {
        switch self {
        case .upcoming: "upcoming"
        case .running: "running"
        case .done: "done"
        }
    }
}

extension ProposalStatus {
    var jsonId: String {
        switch self {
        case .submitted: "submitted"
        case .underStudy: "under-study"
        case .adopted: "adopted"
        case .rejected: "rejected"
        case .postponed: "postponed"
        case .inProgress: "in-progress"
        case .done: "done"
        case .abandoned: "abandoned"
        }
    }
}

/// A member as the contract gives it: the role's id and its name.
struct MemberJSON: Encodable {
    let id, name, role, roleName: String

    init(_ member: Member, language: Language) {
        id = member.id
        name = member.name
        role = member.role.rawValue
        roleName = member.role.name.text(language)
    }
}

/// The version of the file format, written in every record.
public let currentSchema = 1

public enum Role: String, Codable, Sendable, CaseIterable {
    case facilitator, secretary, member

    public var name: Localized {
        switch self {
        case .facilitator: Localized(fr: "animateur·rice", en: "facilitator")
        case .secretary: Localized(fr: "secrétaire", en: "secretary")
        case .member: Localized(fr: "membre", en: "member")
        }
    }
}

public struct Member: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var role: Role

    public init(id: String, name: String, role: Role) {
        self.id = id
        self.name = name
        self.role = role
    }
}

/// `council.json`: the council's name and members. Edited by the administrator only.
public struct Council: Codable, Sendable, Equatable {
    public var schema: Int
    public var name: String
    public var commune: String?
    /// Share of members that must be present, in percent; quorum is reached with strictly more.
    /// Absent means 50: more than half of the members.
    public var quorumPercent: Int?
    public var members: [Member]

    public init(name: String, commune: String? = nil, members: [Member] = []) {
        schema = currentSchema
        self.name = name
        self.commune = commune
        self.members = members
    }

    public func member(_ id: String) -> Member? { members.first { $0.id == id } }

    /// Every member's id, for checking many references at once.
    public var memberIds: Set<String> { Set(members.map(\.id)) }

    /// The member with this id, or an error saying how to find the right one.
    public func requireMember(_ id: String, field: InputField? = nil) throws -> Member {
        guard let member = member(id) else {
            throw ConseilError(
                fr: "membre inconnu : « \(InertText.make(id)) » ; « conseil member list » donne les membres",
                en: "unknown member: “\(InertText.make(id))”; “conseil member list” shows the members",
                field: field)
        }
        return member
    }

    /// Present members needed: strictly more than `quorumPercent` % of the members.
    public var quorumRequired: Int {
        let percent = quorumPercent ?? 50
        // Capped at every member, so that a 100 % quorum means "everyone", not "impossible".
        return min(members.count, members.count * percent / 100 + 1)
    }
}

public enum SessionState: String, Codable, Sendable, CaseIterable {
    case planned = "prevue"
    case running = "en-cours"
    case closed = "close"

    public var name: Localized {
        switch self {
        case .planned: Localized(fr: "prévue", en: "planned")
        case .running: Localized(fr: "en cours", en: "in progress")
        case .closed: Localized(fr: "close", en: "closed")
        }
    }
}

/// `<session>/session.json`. The session id is its date and a slug of its title,
/// so that sessions sort by date in a directory listing.
public struct Session: Codable, Sendable, Equatable {
    public var schema: Int
    public var id: String
    public var title: String
    public var date: CalendarDay
    public var place: String?
    public var state: SessionState
    public var createdAt: Timestamp
    public var createdBy: String
    /// The président·e de séance (a member id), named when the session is created or later;
    /// their vote decides a tie when the council says so.
    public var chair: String?
    /// The secrétaire(s) de séance (member ids, in the order named); nil when none is named.
    public var secretaries: [String]?
    /// When the session last moved to en cours, and to close (see `setSessionState`).
    public var openedAt: Timestamp?
    public var closedAt: Timestamp?

    public init(
        id: String, title: String, date: CalendarDay, place: String?, createdAt: Timestamp, createdBy: String
    ) {
        schema = currentSchema
        self.id = id
        self.title = title
        self.date = date
        self.place = place
        self.state = .planned
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    public static func makeId(date: CalendarDay, title: String) -> String {
        let slug = Identifier.slug(title, maxLength: 40)
        return slug.isEmpty ? date.description : "\(date)-\(slug)"
    }

    /// Session folders are the ones whose name starts with a date.
    public static func looksLikeId(_ name: String) -> Bool {
        name.utf8.count >= 10 && CalendarDay(String(name.prefix(10))) != nil && Identifier.isValid(name)
    }
}

public enum AttendanceStatus: String, Codable, Sendable, CaseIterable {
    case present, excused = "excuse", absent

    public var name: Localized {
        switch self {
        case .present: Localized(fr: "présent·e", en: "present")
        case .excused: Localized(fr: "excusé·e", en: "excused")
        case .absent: Localized(fr: "absent·e", en: "absent")
        }
    }

    public static func parse(_ text: String) throws -> AttendanceStatus {
        let folded = TextFolding.foldAccentsAndCase(text).trimmingASCIISpaces
        for status in allCases
        where folded == status.rawValue || folded == TextFolding.foldAccentsAndCase(status.name.fr)
            || folded == status.name.en || folded == status.rawValue + "e"
        {
            return status
        }
        throw ConseilError(
            fr: "présence inconnue : « \(InertText.make(text)) » ; choisissez present, excuse ou absent",
            en: "unknown attendance: “\(InertText.make(text))”; choose present, excuse or absent")
    }
}

/// `<session>/attendance/<member>.json`: one file per member, so that two secretaries
/// recording attendance on two machines never edit the same file.
public struct Attendance: Codable, Sendable, Equatable {
    public var schema: Int
    public var member: String
    public var status: AttendanceStatus
    /// The member holding this excused member's pouvoir (L2121-20), if one was given.
    public var proxy: String?
    public var at: Timestamp
    public var by: String

    public init(member: String, status: AttendanceStatus, proxy: String? = nil, at: Timestamp, by: String) {
        schema = currentSchema
        self.member = member
        self.status = status
        self.proxy = proxy
        self.at = at
        self.by = by
    }
}

/// Who was there and whether the quorum was reached. Members without a record count as absent.
/// The quorum counts the members physically present only (L2121-17): a pouvoir does not count.
public struct AttendanceSummary: Sendable, Equatable {
    public let present: [Member]
    /// Excused members who gave a pouvoir that stands (`Proxy`), with it.
    public let represented: [Pouvoir]
    /// Excused members without a pouvoir.
    public let excused: [Member]
    public let absent: [Member]
    public let required: Int

    public init(council: Council, records: [Attendance]) {
        var status: [String: AttendanceStatus] = [:]
        for record in records { status[record.member] = record.status }
        let pouvoirs = Proxy.standing(records, members: council.memberIds)
        present = council.members.filter { status[$0.id] == .present }
        represented = council.members.compactMap { giver in
            pouvoirs[giver.id].flatMap(council.member).map { Pouvoir(giver: giver, holder: $0) }
        }
        excused = council.members.filter { status[$0.id] == .excused && pouvoirs[$0.id] == nil }
        absent = council.members.filter { status[$0.id] == nil || status[$0.id] == .absent }
        required = council.quorumRequired
    }

    public var quorumReached: Bool { present.count >= required }
}

extension String {
    public var trimmingASCIISpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

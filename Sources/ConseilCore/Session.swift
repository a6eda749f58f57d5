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
    /// The président·e de séance, whose vote decides a tie when the council says so.
    public var chair: String?
    public var createdAt: Timestamp
    public var createdBy: String

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
    public var at: Timestamp
    public var by: String

    public init(member: String, status: AttendanceStatus, at: Timestamp, by: String) {
        schema = currentSchema
        self.member = member
        self.status = status
        self.at = at
        self.by = by
    }
}

/// Who was there and whether the quorum was reached. Members without a record count as absent.
public struct AttendanceSummary: Sendable, Equatable {
    public let present: [Member]
    public let excused: [Member]
    public let absent: [Member]
    public let required: Int

    public init(council: Council, records: [Attendance]) {
        var status: [String: AttendanceStatus] = [:]
        for record in records { status[record.member] = record.status }
        present = council.members.filter { status[$0.id] == .present }
        excused = council.members.filter { status[$0.id] == .excused }
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

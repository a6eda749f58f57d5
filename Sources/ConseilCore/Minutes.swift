public enum MinutesEntryKind: String, Codable, Sendable, CaseIterable {
    case note, decision, action

    public var name: Localized {
        switch self {
        case .note: Localized(fr: "Note", en: "Note")
        case .decision: Localized(fr: "Décision", en: "Decision")
        case .action: Localized(fr: "Action", en: "Action")
        }
    }
}

/// `<session>/minutes/<entry>.json`: one note, decision or action, under an agenda item or
/// under the session as a whole. New entries are new files; editing a note edits its file.
public struct MinutesEntry: Codable, Sendable, Equatable {
    public var schema: Int
    public var id: String
    public var session: String
    public var item: String?
    public var kind: MinutesEntryKind
    /// The text as lines, for readable diffs.
    public var text: [String]
    public var who: String?
    public var due: CalendarDay?
    /// The poll that carried a decision, so that the minutes give its vote beside it.
    public var poll: String?
    public var at: Timestamp
    public var by: String

    public init(
        id: String, session: String, item: String?, kind: MinutesEntryKind, text: String, who: String?,
        due: CalendarDay?, at: Timestamp, by: String
    ) {
        schema = currentSchema
        self.id = id
        self.session = session
        self.item = item
        self.kind = kind
        self.text = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.who = who
        self.due = due
        self.at = at
        self.by = by
    }

    public var body: String { text.joined(separator: "\n") }

    public static let maxLength = 20_000
}

public enum MinutesState: String, Codable, Sendable {
    case draft = "brouillon"
    case adopted = "adopte"

    public var name: Localized {
        switch self {
        case .draft: Localized(fr: "brouillon", en: "draft")
        case .adopted: Localized(fr: "adopté", en: "adopted")
        }
    }
}

/// `<session>/minutes.json`: whether the minutes are a draft or adopted, and when.
public struct MinutesStatus: Codable, Sendable, Equatable {
    public var schema: Int
    public var state: MinutesState
    public var adoptedAt: Timestamp?
    public var adoptedBy: String?
    /// The later session at which the minutes were arrêtés (L2121-15), when named.
    public var adoptedIn: String?

    public init(
        state: MinutesState = .draft, adoptedAt: Timestamp? = nil, adoptedBy: String? = nil,
        adoptedIn: String? = nil
    ) {
        schema = currentSchema
        self.state = state
        self.adoptedAt = adoptedAt
        self.adoptedBy = adoptedBy
        self.adoptedIn = adoptedIn
    }
}

/// Everything the minutes of a session show, composed from the records: attendance, then each
/// agenda item with its entries and the results of its polls, then what belongs to no item.
public struct MinutesDocument: Sendable {
    public struct Section: Sendable {
        public let item: AgendaItem?
        public let entries: [MinutesEntry]
        public let polls: [PollResults]
    }

    public let council: Council
    public let session: Session
    public let status: MinutesStatus
    public let attendance: AttendanceSummary
    public let sections: [Section]
    /// The session named by `status.adoptedIn`, when it can be read.
    public var adoptedIn: Session?

    public init(
        council: Council, session: Session, status: MinutesStatus, attendance: [Attendance],
        items: [AgendaItem], entries: [MinutesEntry], polls: [PollResults]
    ) {
        self.init(
            council: council, session: session, status: status,
            attendance: AttendanceSummary(council: council, records: attendance), items: items,
            entries: entries, polls: polls)
    }

    /// With the attendance already summed up: the interface keeps the summary while only
    /// ballots change (a council of ten thousand members takes milliseconds to sum up).
    public init(
        council: Council, session: Session, status: MinutesStatus, attendance: AttendanceSummary,
        items: [AgendaItem], entries: [MinutesEntry], polls: [PollResults]
    ) {
        self.council = council
        self.session = session
        self.status = status
        self.attendance = attendance
        let sortedEntries = entries.sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        let sortedItems = AgendaItem.sorted(items)
        let itemIds = Set(sortedItems.map(\.id))
        var sections = sortedItems.map { item in
            Section(
                item: item, entries: sortedEntries.filter { $0.item == item.id },
                polls: polls.filter { $0.poll.item == item.id })
        }
        let loose = sortedEntries.filter { $0.item.map { !itemIds.contains($0) } ?? true }
        let loosePolls = polls.filter { $0.poll.item.map { !itemIds.contains($0) } ?? true }
        if !loose.isEmpty || !loosePolls.isEmpty {
            sections.append(Section(item: nil, entries: loose, polls: loosePolls))
        }
        self.sections = sections
    }
}

public enum AgendaItemState: String, Codable, Sendable, CaseIterable {
    case upcoming = "a-venir"
    case running = "en-cours"
    case done = "traite"

    public var name: Localized {
        switch self {
        case .upcoming: Localized(fr: "à venir", en: "upcoming")
        case .running: Localized(fr: "en cours", en: "in progress")
        case .done: Localized(fr: "traité", en: "done")
        }
    }
}

/// `<session>/agenda/<item>.json`, one file per item; the order is `position`, then the id,
/// so that items added on two machines at once both keep a place.
public struct AgendaItem: Codable, Sendable, Equatable {
    public var schema: Int
    public var id: String
    public var session: String
    public var title: String
    public var position: Int
    /// Planned duration in minutes.
    public var duration: Int?
    public var presenter: String?
    public var state: AgendaItemState
    /// When the running period began; time spent before it is in `spentSeconds`.
    public var startedAt: Timestamp?
    public var spentSeconds: Int

    public init(id: String, session: String, title: String, position: Int, duration: Int?, presenter: String?)
    {
        schema = currentSchema
        self.id = id
        self.session = session
        self.title = title
        self.position = position
        self.duration = duration
        self.presenter = presenter
        state = .upcoming
        spentSeconds = 0
    }

    /// Time spent so far, counting the running period up to `now`; never more than the limit
    /// that loading accepts, so that an item left running for years can still be finished.
    public func spent(at now: Timestamp) -> Int {
        guard state == .running, let startedAt else { return spentSeconds }
        let running = Int(max(0, now.milliseconds - startedAt.milliseconds) / 1000)
        return min(RecordLimits.maxSpentSeconds, spentSeconds + running)
    }

    public func isOverTime(at now: Timestamp) -> Bool {
        guard let duration else { return false }
        return spent(at: now) > duration * 60
    }

    public mutating func start(at now: Timestamp) {
        guard state != .running else { return }
        state = .running
        startedAt = now
    }

    public mutating func finish(at now: Timestamp) {
        spentSeconds = spent(at: now)
        state = .done
        startedAt = nil
    }

    /// The title as stored (spaces tidied), or an error when it is empty or too long.
    public static func checkedTitle(_ title: String) throws -> String {
        try TypedName.checked(title, maxLength: 200, what: TypedName.title)
    }

    /// A planned duration, in minutes, is a day at most.
    public static let durations = 1...1440

    public static func checkDuration(_ minutes: Int?) throws {
        if let minutes, !durations.contains(minutes) {
            throw ConseilError(
                fr: "durée prévue : de 1 à 1440 minutes", en: "planned duration: 1 to 1440 minutes",
                field: .duration)
        }
    }

    /// The position of an item added after `items`: the last one's plus 1000, kept within
    /// the bounds loading accepts (at the very end, ties are ordered by id).
    public static func nextPosition(after items: [AgendaItem]) -> Int {
        let last = items.map(\.position).max() ?? 0
        return min(RecordLimits.positions.upperBound - 1000, max(0, last)) + 1000
    }

    public static func sorted(_ items: [AgendaItem]) -> [AgendaItem] {
        items.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
    }
}

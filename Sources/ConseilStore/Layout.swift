import ConseilCore

/// What a file of the data root is, from its path alone.
public enum RecordKind: String, Sendable, CaseIterable {
    case council, session, attendance, agendaItem, minutesEntry, minutesStatus
    case poll, ballot, participantBallot, handCount, voterMark, proposal, proposalEvent
}

/// The one mapping between the paths of the data root and its records (docs/DATA.md §1). The
/// store writes at the paths built here, `check` reports every file the parse does not know,
/// the interface watches the folders named here, and sync takes from a remote only what the
/// parse recognises. Builders and parse read one table of patterns, so they cannot disagree.
/// Every path is relative to the data root.
public enum Layout {
    /// One part of a path: a fixed name, or a part made from an id.
    enum Part: Equatable {
        case name(String)
        /// A session id: an id that starts with a date.
        case session
        /// A bare id.
        case id
        /// An id and ".json".
        case record
    }

    static func pattern(_ kind: RecordKind) -> [Part] {
        switch kind {
        case .council: [.name("council.json")]
        case .session: [.session, .name("session.json")]
        case .minutesStatus: [.session, .name("minutes.json")]
        case .attendance: [.session, .name("attendance"), .record]
        case .agendaItem: [.session, .name("agenda"), .record]
        case .minutesEntry: [.session, .name("minutes"), .record]
        case .poll: [.session, .name("polls"), .id, .name("poll.json")]
        case .ballot: [.session, .name("polls"), .id, .name("ballots"), .record]
        case .participantBallot: [.session, .name("polls"), .id, .name("participants"), .record]
        case .handCount: [.session, .name("polls"), .id, .name("counts"), .record]
        case .voterMark: [.session, .name("polls"), .id, .name("voters"), .id]
        case .proposal: [.name("proposals"), .id, .name("proposal.json")]
        case .proposalEvent: [.name("proposals"), .id, .name("events"), .record]
        }
    }

    // MARK: Parse

    /// The kind of the record at `relativePath` ("2017-11-17-x/polls/q1/ballots/alice.json"), or
    /// nil when the path is not a record's: a name the id pattern refuses (`..`, `.git`, upper
    /// case, control characters), an empty part (an absolute path), a folder out of the table.
    public static func kind(of relativePath: String) -> RecordKind? { parse(relativePath)?.kind }

    /// The kind of the record at `relativePath` and its ids in the pattern's order (session,
    /// poll, voter for a ballot), or nil when the path is not a record's.
    public static func parse(_ relativePath: String) -> (kind: RecordKind, ids: [String])? {
        let parts = split(relativePath)
        guard let kind = RecordKind.allCases.first(where: { matches(pattern($0), parts) }) else { return nil }
        let ids = zip(pattern(kind), parts).compactMap { part, name -> String? in
            switch part {
            case .name: nil
            case .session, .id: String(name)
            case .record: String(name.dropLast(5))
            }
        }
        return (kind, ids)
    }

    /// Whether `relativePath` is a folder that holds records ("2017-11-17-x/polls").
    public static func isFolder(_ relativePath: String) -> Bool {
        let parts = split(relativePath)
        return RecordKind.allCases.contains { kind in
            let pattern = pattern(kind)
            return parts.count < pattern.count && matches(pattern.prefix(parts.count), parts)
        }
    }

    /// Whether `name`, an entry of the data root, is a session's folder.
    public static func isSessionFolder(_ name: String) -> Bool {
        matches(pattern(.session).dropLast(), split(name))
    }

    private static func split(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: false)
    }

    private static func matches(_ pattern: some Collection<Part>, _ parts: [Substring]) -> Bool {
        guard pattern.count == parts.count else { return false }
        let pairs = zip(pattern, parts)
        // The fixed names first: they tell the kinds apart before any id is checked.
        return pairs.allSatisfy { part, name in
            if case .name(let fixed) = part { name == fixed } else { true }
        }
            && pairs.allSatisfy { part, name in
                switch part {
                case .name: true
                case .session: Session.looksLikeId(String(name))
                case .id: Identifier.isValid(String(name))
                case .record: name.hasSuffix(".json") && Identifier.isValid(String(name.dropLast(5)))
                }
            }
    }

    // MARK: Builders

    /// The path of `kind` with its ids in the pattern's order, or of its folder `up` levels
    /// above the file. The ids are not checked here: the parse does that before a write.
    static func path(_ kind: RecordKind, _ ids: [String] = [], up: Int = 0) -> String {
        var remaining = ids.makeIterator()
        let path = pattern(kind).dropLast(up).map { part in
            switch part {
            case .name(let fixed): fixed
            case .session, .id: remaining.next()!
            case .record: remaining.next()! + ".json"
            }
        }
        precondition(remaining.next() == nil, "more ids than \(kind) has")
        return path.joined(separator: "/")
    }

    public static let council = path(.council)

    public static func sessionFolder(_ session: String) -> String { path(.session, [session], up: 1) }
    public static func session(_ session: String) -> String { path(.session, [session]) }
    public static func minutesStatus(session: String) -> String { path(.minutesStatus, [session]) }

    public static func attendanceFolder(session: String) -> String { path(.attendance, [session], up: 1) }
    public static func attendance(session: String, member: String) -> String {
        path(.attendance, [session, member])
    }

    public static func agendaFolder(session: String) -> String { path(.agendaItem, [session], up: 1) }
    public static func agendaItem(session: String, item: String) -> String {
        path(.agendaItem, [session, item])
    }

    public static func minutesFolder(session: String) -> String { path(.minutesEntry, [session], up: 1) }
    public static func minutesEntry(session: String, entry: String) -> String {
        path(.minutesEntry, [session, entry])
    }

    public static func pollsFolder(session: String) -> String { path(.poll, [session], up: 2) }
    public static func pollFolder(session: String, poll: String) -> String {
        path(.poll, [session, poll], up: 1)
    }
    public static func poll(session: String, poll: String) -> String { path(.poll, [session, poll]) }

    public static func ballotsFolder(session: String, poll: String) -> String {
        path(.ballot, [session, poll], up: 1)
    }
    /// A named poll's ballot is named by its voter; an anonymous poll's by a random key.
    public static func ballot(session: String, poll: String, key: String) -> String {
        path(.ballot, [session, poll, key])
    }

    public static func participantsFolder(session: String, poll: String) -> String {
        path(.participantBallot, [session, poll], up: 1)
    }
    /// A participant ballot is named by a random key; only the room server knows its device.
    public static func participantBallot(session: String, poll: String, key: String) -> String {
        path(.participantBallot, [session, poll, key])
    }

    public static func countsFolder(session: String, poll: String) -> String {
        path(.handCount, [session, poll], up: 1)
    }
    public static func handCount(session: String, poll: String, count: String) -> String {
        path(.handCount, [session, poll, count])
    }

    public static func votersFolder(session: String, poll: String) -> String {
        path(.voterMark, [session, poll], up: 1)
    }
    public static func voterMark(session: String, poll: String, member: String) -> String {
        path(.voterMark, [session, poll, member])
    }

    public static let proposalsFolder = path(.proposal, up: 2)
    public static func proposalFolder(_ proposal: String) -> String { path(.proposal, [proposal], up: 1) }
    public static func proposal(_ proposal: String) -> String { path(.proposal, [proposal]) }

    public static func eventsFolder(proposal: String) -> String { path(.proposalEvent, [proposal], up: 1) }
    public static func proposalEvent(proposal: String, event: String) -> String {
        path(.proposalEvent, [proposal, event])
    }
}

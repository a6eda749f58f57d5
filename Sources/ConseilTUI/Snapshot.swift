import ConseilCore
import ConseilStore

/// What the screens show, read from the data root in one go. Reloaded when files change.
public struct Snapshot: Sendable {
    public var council: Council
    public var sessions: [Session]
    /// The session the agenda, polls and minutes screens show.
    public var session: Session?
    public var agenda: [AgendaItem]
    public var polls: [PollResults]
    public var minutes: MinutesDocument?
    public var proposals: [ProposalRecord]
    /// The session's attendance by member id.
    public var attendance: [String: AttendanceStatus] = [:]
    /// The pouvoirs as recorded, giver id → holder id.
    public var proxies: [String: String] = [:]
    public var problems: [LoadProblem]

    /// Loads everything the screens need; a file that cannot be read is listed, not fatal.
    public static func load(from root: DataRoot, session chosen: String?, today: CalendarDay) throws
        -> Snapshot
    {
        let council = try root.requireCouncil()
        let sessions = root.sessions()
        let proposals = root.proposals()
        var snapshot = Snapshot(
            council: council, sessions: sessions.values, session: nil, agenda: [], polls: [], minutes: nil,
            proposals: sortedByUpdate(proposals.values), problems: [])
        let part = pick(chosen, among: sessions.values, today: today).map { session in
            SessionPart.load(session, from: root, council: council) { root.results(of: $0, council: council) }
        }
        snapshot.show(part)
        snapshot.problems = sessions.problems + (part?.allProblems ?? []) + proposals.problems
        return snapshot
    }

    /// The session chosen; by default the session of today or the next one to come; else the latest.
    static func pick(_ chosen: String?, among sessions: [Session], today: CalendarDay) -> Session? {
        sessions.first { $0.id == chosen } ?? sessions.first { $0.date >= today } ?? sessions.last
    }

    /// The register's order: the proposal updated last first.
    static func sortedByUpdate(_ proposals: [ProposalRecord]) -> [ProposalRecord] {
        proposals.sorted { $0.updatedAt > $1.updatedAt }
    }

    /// Shows `part` on the agenda, polls and minutes screens (none: no session).
    mutating func show(_ part: SessionPart?) {
        session = part?.session
        agenda = part?.agenda ?? []
        polls = part?.polls ?? []
        attendance = [:]
        proxies = [:]
        minutes = nil
        guard let part else { return }
        for record in part.attendance {
            attendance[record.member] = record.status
            proxies[record.member] = record.proxy
        }
        minutes = MinutesDocument(
            council: council, session: part.session, status: part.status, attendance: part.summary,
            items: part.agenda, entries: part.entries, polls: part.polls)
        minutes?.adoptedIn = part.adoptedIn
    }
}

/// One session's records as the screens show them, and the files that could not be read: the
/// piece of a snapshot that the live reload keeps and patches poll by poll.
struct SessionPart: Sendable {
    let session: Session
    var agenda: [AgendaItem]
    var attendance: [Attendance]
    /// The attendance summed up once per load (the minutes show it).
    let summary: AttendanceSummary
    var entries: [MinutesEntry]
    var status: MinutesStatus
    var adoptedIn: Session?
    var polls: [PollResults]
    /// Agenda items, poll records, attendance and entries that could not be read.
    var problems: [LoadProblem]
    /// The ballot and count files each poll's tally left out, by poll id.
    var pollProblems: [String: [LoadProblem]]

    var allProblems: [LoadProblem] { problems + polls.flatMap { pollProblems[$0.poll.id] ?? [] } }

    /// `tally` counts one poll (reading its ballots, or from ballots held in memory).
    static func load(
        _ session: Session, from root: DataRoot, council: Council,
        tally: (Poll) -> (results: PollResults, problems: [LoadProblem])
    ) -> SessionPart {
        let items = root.agenda(session: session.id)
        let loadedPolls = root.polls(session: session.id)
        let attendance = root.attendance(session: session.id)
        let entries = root.minutesEntries(session: session.id)
        var part = SessionPart(
            session: session, agenda: items.values, attendance: attendance.values,
            summary: AttendanceSummary(council: council, records: attendance.values), entries: entries.values,
            status: (try? root.minutesStatus(session: session.id)) ?? MinutesStatus(), adoptedIn: nil,
            polls: [],
            problems: items.problems + loadedPolls.problems + attendance.problems + entries.problems,
            pollProblems: [:])
        part.adoptedIn = part.status.adoptedIn.flatMap { try? root.session($0) }
        for poll in loadedPolls.values {
            let (results, skipped) = tally(poll)
            part.polls.append(results)
            part.pollProblems[poll.id] = skipped
        }
        return part
    }
}

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
        var problems = sessions.problems
        // By default the session of today or the next one to come; else the latest.
        let session =
            sessions.values.first { $0.id == chosen }
            ?? sessions.values.first { $0.date >= today } ?? sessions.values.last
        var agenda: [AgendaItem] = []
        var polls: [PollResults] = []
        var minutes: MinutesDocument? = nil
        var attendanceByMember: [String: AttendanceStatus] = [:]
        var proxies: [String: String] = [:]
        if let session {
            let items = root.agenda(session: session.id)
            let loadedPolls = root.polls(session: session.id)
            let attendance = root.attendance(session: session.id)
            let entries = root.minutesEntries(session: session.id)
            problems += items.problems + loadedPolls.problems + attendance.problems + entries.problems
            agenda = items.values
            for record in attendance.values {
                attendanceByMember[record.member] = record.status
                proxies[record.member] = record.proxy
            }
            polls = loadedPolls.values.map { poll in
                let (results, skipped) = root.results(of: poll)
                problems += skipped
                return results
            }
            let status = (try? root.minutesStatus(session: session.id)) ?? MinutesStatus()
            minutes = MinutesDocument(
                council: council, session: session, status: status, attendance: attendance.values,
                items: agenda,
                entries: entries.values, polls: polls)
            minutes?.adoptedIn = status.adoptedIn.flatMap { try? root.session($0) }
        }
        let proposals = root.proposals()
        problems += proposals.problems
        return Snapshot(
            council: council, sessions: sessions.values, session: session, agenda: agenda, polls: polls,
            minutes: minutes,
            proposals: proposals.values.sorted { $0.updatedAt > $1.updatedAt },
            attendance: attendanceByMember, proxies: proxies,
            problems: problems)
    }
}

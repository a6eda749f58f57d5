import ConseilCore
import ConseilStore

/// The snapshot kept current record by record from what the watcher reports: a ballot reads
/// one file and counts its poll again from the ballots held in memory, a proposal's event
/// reads that proposal, an agenda item or a minutes entry reads the session's small records;
/// only the council, or a watcher that lost track, reads everything again.
final class LiveSnapshot {
    private let root: DataRoot
    private let today: CalendarDay
    private var council: Council
    private var sessions: Loaded<Session>
    private var part: SessionPart?
    /// The ballots of the shown session's polls, by poll id.
    private var tallies: [String: PollBallots] = [:]
    private var proposals: [String: Loaded<ProposalRecord>] = [:]
    /// Whether a proposal changed since the register was last put in order: a ballot does not
    /// sort three hundred proposals again, nor gather their problems.
    private var proposalsChanged = true
    private var proposalProblems: [LoadProblem] = []
    private(set) var snapshot: Snapshot

    init(root: DataRoot, session: String?, today: CalendarDay) throws {
        self.root = root
        self.today = today
        council = try root.requireCouncil()
        sessions = root.sessions()
        snapshot = Snapshot(
            council: council, sessions: [], session: nil, agenda: [], polls: [], minutes: nil, proposals: [],
            problems: [])
        for id in FileReader.list(root.proposalsPath) where Identifier.isValid(id) {
            proposals[id] = root.proposalRecord(id)
        }
        loadPart(Snapshot.pick(session, among: sessions.values, today: today))
        assemble()
    }

    /// Takes in `changes` for the screens showing `session`; false when nothing they show changed.
    func apply(_ changes: WatchedChanges, session wanted: String?) throws -> Bool {
        let shown = part?.session.id
        if changes.everything || changes.records.contains(where: { $0.kind == .council }) {
            council = try root.requireCouncil()
            sessions = root.sessions()
            proposals = [:]
            for id in FileReader.list(root.proposalsPath) where Identifier.isValid(id) {
                proposals[id] = root.proposalRecord(id)
            }
            proposalsChanged = true
            tallies = [:]
            loadPart(Snapshot.pick(wanted ?? shown, among: sessions.values, today: today))
            assemble()
            return true
        }
        var seen = false
        var partChanged = wanted != nil && wanted != shown
        var polls: [String: [RecordChange]] = [:]
        for change in changes.records {
            switch change.kind {
            case .council: break
            case .session:
                sessions = root.sessions()
                partChanged = partChanged || change.ids[0] == shown
                seen = true
            case .proposal, .proposalEvent:
                proposals[change.ids[0]] = root.proposalRecord(change.ids[0])
                proposalsChanged = true
                seen = true
            case _ where change.ids.first != shown:
                continue
            case .attendance:
                // Pouvoirs change which ballots count: every poll is read again.
                tallies = [:]
                partChanged = true
            case .agendaItem, .minutesEntry, .minutesStatus, .poll:
                // A poll whose record changed has its ballots read again (`tally`).
                partChanged = true
            case .ballot, .participantBallot, .handCount, .voterMark:
                polls[change.ids[1], default: []].append(change)
            }
        }
        // The ballots first, so that a session read again counts them too.
        for (poll, changed) in polls { tallies[poll]?.reread(changed, root: root) }
        if partChanged {
            loadPart(Snapshot.pick(wanted ?? shown, among: sessions.values, today: today))
        } else {
            for poll in polls.keys { recount(poll) }
        }
        guard seen || partChanged || !polls.isEmpty else { return false }
        assemble()
        return true
    }

    private func loadPart(_ session: Session?) {
        if session?.id != part?.session.id { tallies = [:] }
        part = session.map { SessionPart.load($0, from: root, council: council, tally: tally) }
    }

    /// A poll's results from its ballots in memory, read first if they are not yet.
    private func tally(_ poll: Poll) -> (results: PollResults, problems: [LoadProblem]) {
        if tallies[poll.id]?.poll != poll {
            tallies[poll.id] = PollBallots(poll: poll, root: root, council: council)
        }
        return root.results(of: poll, ballots: tallies[poll.id]!.loaded, council: council)
    }

    private func recount(_ id: String) {
        guard let index = part?.polls.firstIndex(where: { $0.poll.id == id }),
            let poll = part?.polls[index].poll
        else { return }
        let (results, problems) = tally(poll)
        part?.polls[index] = results
        part?.pollProblems[id] = problems
    }

    private func assemble() {
        snapshot.council = council
        snapshot.sessions = sessions.values
        snapshot.show(part)
        if proposalsChanged {
            let ordered = proposals.keys.sorted().compactMap { proposals[$0] }
            snapshot.proposals = Snapshot.sortedByUpdate(ordered.flatMap(\.values))
            proposalProblems = ordered.flatMap(\.problems)
            proposalsChanged = false
        }
        snapshot.problems = sessions.problems + (part?.allProblems ?? []) + proposalProblems
    }
}

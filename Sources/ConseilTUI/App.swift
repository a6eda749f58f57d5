import ConseilCore
import ConseilStore

/// Runs the interface against a data root: feeds events to `update`, carries out the effects
/// (writes through the store, with the same role rules as the commands), and reloads.
public final class App: TerminalProgram {
    public internal(set) var state: AppState
    let root: DataRoot
    /// Who acts: a member (in a forced-command SSH session, nothing may start another program
    /// or write outside the data root), or the local administrator.
    var actor: Actor { state.actor }
    var member: Member? { actor.member }
    /// The one door for changes, at the interface's clock.
    var useCases: UseCases { UseCases(root: root, actor: actor, now: state.now) }
    /// Wakes the drawing loop when data or a background job's outcome comes in.
    let wake: WakePipe
    /// The data kept current off the drawing loop, once `watchLive` started it.
    private(set) var live: LiveReload?
    /// The session the screens show; nil until a person picks one.
    private var chosenSession: String?
    /// Starts and watches the room server; nil where the room may not open (a restricted session).
    public var roomControl: (any RoomControl)?
    /// Hands the terminal to another program (the $EDITOR) and takes it back; nil headless.
    public var suspendTerminal: ((() throws -> Void) throws -> Void)?
    /// Runs slow work (git) off the drawing loop; inline by default (headless, tests).
    let runInBackground: (@escaping @Sendable () -> Void) -> Void
    let syncMailbox = Mailbox<SyncOutcome>()
    let autoCommitMailbox = Mailbox<SyncOutcome>()
    let statusMailbox = Mailbox<SyncStatusReading>()
    /// Saves become local commits a few seconds later (see `scheduleAutoCommit`).
    public var autoCommit = false
    var autoCommitAt: Timestamp?
    /// The data root is its own git repository (read with the sync status).
    var ownRepository = false
    /// The ballot of `conseil vote`, over the screen while a member votes (`App+Ballot.swift`).
    var ballot: (screen: BallotApp, poll: String, before: [String]?)?

    public init(
        root: DataRoot, member: Member?, language: Language, width: Int, height: Int, now: Timestamp,
        unicode: Bool, restricted: Bool = false,
        runInBackground: @escaping (@escaping @Sendable () -> Void) -> Void = { $0() }
    )
        throws
    {
        self.root = root
        let actor = member.map { Actor.member($0, restricted: restricted) } ?? .administrator
        let wake = WakePipe()
        self.wake = wake
        self.runInBackground = { work in
            runInBackground {
                work()
                wake.signal()
            }
        }
        let snapshot = try Snapshot.load(from: root, session: nil, today: now.day)
        state = AppState(
            language: language, width: width, height: height, now: now, data: snapshot, unicode: unicode,
            actor: actor)
        readSyncStatus()
    }

    /// `conseil projector`: nothing but the projector, showing `poll` (in its session), or the
    /// open poll of the session when nil.
    public func becomeWall(poll: String?) throws {
        if let poll {
            chosenSession = try root.poll(poll).session
            reload()
        }
        state.wall = WallMode(poll: poll)
        state.screen = .polls
        state.projector = true
        handle(.data(state.data))
    }

    public var shouldQuit: Bool { state.quit }
    public var drawsUnicode: Bool { state.unicode }

    public func handle(_ event: Event) {
        if passToBallot(event) { return }
        let shown = state.data.session?.id
        let effects = update(&state, event)
        for effect in effects { perform(effect) }
        // Another session shown: its room, if one runs, shows at once, not at the next tick.
        if state.data.session?.id != shown { watchRoom() }
    }

    /// Watches the data root from now on: ballots and other changes from other processes come
    /// in off the drawing loop (LiveReload), and the loop sleeps until they do.
    public func watchLive(method: ChangeWatcher.Method = .inotify) {
        live = LiveReload(
            root: root, session: state.data.session?.id, today: state.now.day, wake: wake, method: method)
    }

    /// Takes in what came back while the loop waited: the data another thread read after a
    /// change on disk, the outcomes of git work.
    public func refreshIfChanged(now: Timestamp) {
        wake.drain()
        ballot?.screen.refreshIfChanged(now: now)
        handle(.tick(now))
        collectSync()
        collectSyncStatus()
        runAutoCommitIfDue()
        watchRoom()
        if let snapshot = live?.take() { handle(.data(snapshot)) }
    }

    public var wakeDescriptor: Int32? { live == nil ? nil : wake.descriptor }

    /// Ticks only while something depends on the time: a running agenda item's timer, an
    /// autosave or auto-commit to come, a sync under way, a member's ballot (it follows the
    /// polls that open and close), a room server to watch; otherwise the loop sleeps.
    public var wakeInterval: Int32 {
        let timed =
            state.editor?.dirty == true || state.syncing || autoCommitAt != nil || ballot != nil
            || state.room != nil || state.data.agenda.contains { $0.state == .running }
        return timed ? 250 : -1
    }

    public func render() -> ScreenBuffer { ballot?.screen.render() ?? Frame.render(state) }

    func reload() {
        do {
            let session = chosenSession ?? state.data.session?.id
            let snapshot =
                try live?.current(session: session)
                ?? Snapshot.load(from: root, session: session, today: state.now.day)
            handle(.data(snapshot))
        } catch {
            handle(
                .outcome(
                    .reload,
                    .refused(Self.conseilError(error, Localized(fr: "lecture impossible", en: "cannot read")))
                ))
        }
    }

    /// Carries an effect out and hands what it came to back to `update`, after the data that
    /// it changed: the state is written by `update` alone.
    private func perform(_ effect: Effect) {
        let result: EffectResult
        do {
            guard let done = try carryOut(effect) else { return }
            result = done
        } catch {
            result = .refused(
                Self.conseilError(error, Localized(fr: "action impossible", en: "action failed")))
        }
        if case .done = result, effect.writesData { scheduleAutoCommit() }
        if effect != .quit { reload() }
        handle(.outcome(effect, result))
    }

    /// Runs one effect; nil when its outcome comes back later (a sync on another thread).
    private func carryOut(_ effect: Effect) throws -> EffectResult? {
        switch effect {
        case .quit, .reload:
            return .done(nil)
        case .sync:
            try refuseWhenRestricted(Localized(fr: "synchroniser", en: "syncing"))
            startSync()
            return nil
        case .selectSession(let id):
            chosenSession = id
            return .done(nil)
        case .moderate(let poll, let change):
            _ = try useCases.moderate(poll, change)
        case .setAttendance(let session, let member, let status):
            _ = try useCases.recordAttendance(session: session, member: member, status: status)
        case .givePouvoir(let session, let member, let holder):
            _ = try useCases.recordAttendance(
                session: session, member: member, status: .excused, proxy: holder)
        case .setSessionRoles(let session, let roles):
            _ = try useCases.setSessionRoles(session, roles)
        case .moveItem(let id, let delta):
            try moveItem(id, by: delta)
        case .createPoll(let request):
            return try createPoll(request)
        case .addHandCount(let poll, let counts, let voters):
            return try addHandCount(poll: poll, counts: counts, voters: voters)
        case .addAgendaItem(let session, let title, let duration, let presenter):
            return try addAgendaItem(session: session, title: title, duration: duration, presenter: presenter)
        case .updateAgendaItem(let id, let title, let duration, let presenter):
            try updateAgendaItem(id, title: title, duration: duration, presenter: presenter)
        case .deleteAgendaItem, .updateDraftPoll, .deleteDraftPoll, .addWordCount, .takeBackHandCount,
            .deleteMinutesEntry, .setActionDetails:
            return try carryOutTask(effect)
        case .openBallot(let poll):
            try openBallot(poll)
            return nil
        case .saveMinutes(let draft):
            return try saveMinutes(draft)
        case .adoptMinutes(let session):
            return try adoptMinutes(session)
        case .exportMinutes(let session):
            try refuseWhenRestricted(
                Localized(
                    fr: "exporter vers un fichier (ssh … minutes export)",
                    en: "exporting to a file (ssh … minutes export)"))
            return try exportMinutes(session)
        case .externalEditor:
            try refuseWhenRestricted(
                Localized(fr: "ouvrir un éditeur externe", en: "opening an external editor"))
            return try editExternally()
        case .startRoom, .stopRoom:
            return try carryOutRoom(effect)
        case .startItem(let id):
            _ = try useCases.startAgendaItem(id)
        case .finishItem(let id):
            _ = try useCases.finishAgendaItem(id)
        case .openPoll(let id):
            _ = try useCases.openPoll(id)
        case .closePoll(let id):
            _ = try useCases.closePoll(id)
        case .createSession(let title, let date, let place):
            return try createSession(title: title, date: date, place: place)
        case .setSessionState(let session, let target):
            _ = try useCases.setSessionState(session, to: target)
            return .done(
                Localized(fr: "Séance : \(target.name.fr)", en: "Session: \(target.name.en)"))
        case .addProposal(let request):
            return try addProposal(request)
        case .changeStatus(let id, let target, let note, let progress, let review):
            _ = try useCases.changeStatus(
                of: id,
                StatusChange(
                    status: target, note: note, progress: progress,
                    review: try review.map { try reviewDay($0) }))
            return .done(
                Localized(fr: "Statut enregistré : \(target.name.fr)", en: "Status saved: \(target.name.en)"))
        }
        return .done(nil)
    }

    static func conseilError(_ error: any Error, _ otherwise: Localized) -> ConseilError {
        error as? ConseilError ?? ConseilError(fr: otherwise.fr, en: otherwise.en)
    }

    func refuseWhenRestricted(_ action: Localized) throws {
        try actor.require(.runPrograms, for: action)
    }
}

import ConseilCore

/// The one door for every change to the data root (DESIGN.md §3): each function validates what
/// it is given, checks the actor's right in the one table (`Actor.require`), takes the lock of
/// the record it changes, checks the lifecycle rules against what is on disk under that lock,
/// and writes durably. The commands, the interface and the room server call these and nothing
/// else; the DataRoot's own writers are internal to the store.
public struct UseCases: Sendable {
    public let root: DataRoot
    public let actor: Actor
    public let now: Timestamp

    public init(root: DataRoot, actor: Actor, now: Timestamp) {
        self.root = root
        self.actor = actor
        self.now = now
    }

    /// The same door at another moment: a long-running front (the interface) acts at its clock.
    public func at(_ now: Timestamp) -> UseCases { UseCases(root: root, actor: actor, now: now) }

    func newId(_ prefix: String) -> String {
        var random = SystemRandomNumberGenerator()
        return Identifier.make(prefix: prefix, at: now, random: &random)
    }

    /// Runs `body` on a session under its lock, refused once its minutes are adopted: adoption
    /// freezes everything the minutes report (attendance, agenda, polls, entries).
    func changing<T>(
        session id: String, _ mode: FolderLock.Mode = .exclusive, _ body: (Session) throws -> T
    ) throws -> T {
        let session = try root.session(id)
        return try FolderLock.hold(root.sessionPath(session.id), mode) {
            try requireNotAdopted(session)
            return try body(try root.session(session.id))
        }
    }

    func requireNotAdopted(_ session: Session) throws {
        guard try root.minutesStatus(session: session.id).state == .draft else {
            throw ConseilError(
                fr:
                    "le compte rendu de la séance \(session.id) est adopté : la séance est arrêtée et ne se modifie plus",
                en:
                    "the minutes of session \(session.id) are adopted: the session is settled and can no longer change"
            )
        }
    }

    /// Runs `body` on a poll read again under its session's lock.
    func changing<T>(
        poll id: String, _ mode: FolderLock.Mode = .exclusive, _ body: (Poll) throws -> T
    ) throws -> T {
        let poll = try root.poll(id)
        return try changing(session: poll.session, mode) { _ in try body(try root.poll(poll.id)) }
    }

    func council() throws -> Council { try root.requireCouncil() }
}

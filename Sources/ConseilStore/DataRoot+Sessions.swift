import ConseilCore

extension DataRoot {
    public func sessions() -> Loaded<Session> {
        var result = Loaded<Session>()
        for name in FileReader.list(path) where Layout.isSessionFolder(name) && isDirectory(sessionPath(name))
        {
            switch decodeSession(name) {
            case .success(let session): result.values.append(session)
            case .failure(let problem): result.problems.append(problem)
            }
        }
        result.values.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        return result
    }

    public func session(_ id: String) throws -> Session {
        let id = try Identifier.validated(id, what: Localized(fr: "séance", en: "session"))
        guard isDirectory(sessionPath(id)) else {
            throw ConseilError(
                fr: "séance inconnue : \(id) ; « conseil session list » donne les séances",
                en: "unknown session: \(id); “conseil session list” shows the sessions")
        }
        return try required(decodeSession(id))
    }

    /// The session of folder `name`, checked against it.
    func decodeSession(_ name: String) -> Result<Session, LoadProblem> {
        let file = sessionPath(name) + "/session.json"
        return RecordCodec.decode(Session.self, at: file).placed(at: file) {
            $0.placementProblem(folder: name)
        }
    }

    func save(_ session: Session) throws {
        try replace(session, at: absolute(Layout.session(session.id)))
    }

    // MARK: Attendance

    public func attendance(session: String) -> Loaded<Attendance> {
        loadAll(
            Attendance.self, in: sessionPath(session) + "/attendance",
            invalid: { record, name in record.placementProblem(fileStem: name) })
    }

    func save(_ attendance: Attendance, session: String) throws {
        try replace(attendance, at: absolute(Layout.attendance(session: session, member: attendance.member)))
    }

    // MARK: Agenda

    public func agenda(session: String) -> Loaded<AgendaItem> {
        var loaded = loadAll(
            AgendaItem.self, in: sessionPath(session) + "/agenda",
            invalid: { item, name in item.placementProblem(fileStem: name, session: session) })
        loaded.values = AgendaItem.sorted(loaded.values)
        return loaded
    }

    func save(_ item: AgendaItem) throws {
        try replace(item, at: absolute(Layout.agendaItem(session: item.session, item: item.id)))
    }

    /// Finds an agenda item by id in any session.
    public func agendaItem(_ id: String) throws -> AgendaItem {
        let id = try Identifier.validated(
            id, what: Localized(fr: "point de l'ordre du jour", en: "agenda item"))
        for session in FileReader.list(path) where Layout.isSessionFolder(session) {
            let file = sessionPath(session) + "/agenda/\(id).json"
            if fileExists(file) {
                return try load(
                    AgendaItem.self, at: file,
                    invalid: { $0.placementProblem(fileStem: id, session: session) })
            }
        }
        throw ConseilError(
            fr: "point de l'ordre du jour inconnu : \(id) ; « conseil agenda list SÉANCE » donne les points",
            en: "unknown agenda item: \(id); “conseil agenda list SESSION” shows the items")
    }

    // MARK: Minutes

    public func minutesEntries(session: String) -> Loaded<MinutesEntry> {
        loadAll(
            MinutesEntry.self, in: sessionPath(session) + "/minutes",
            invalid: { entry, name in entry.placementProblem(fileStem: name, session: session) })
    }

    func save(_ entry: MinutesEntry) throws {
        try replace(entry, at: absolute(Layout.minutesEntry(session: entry.session, entry: entry.id)))
    }

    public func minutesStatus(session: String) throws -> MinutesStatus {
        let file = absolute(Layout.minutesStatus(session: session))
        return fileExists(file) ? try load(MinutesStatus.self, at: file) : MinutesStatus()
    }

    func save(_ status: MinutesStatus, session: String) throws {
        try replace(status, at: absolute(Layout.minutesStatus(session: session)))
    }
}

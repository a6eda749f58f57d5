import ConseilCore

extension UseCases {
    /// A new session folder, named by date and title. Folders are claimed with an exclusive
    /// mkdir, so two facilitators creating the same session at once get two sessions (the
    /// second with a suffix), never one overwriting the other.
    public func createSession(
        title: String, date: CalendarDay, place: String?, roles: SessionRoles = SessionRoles()
    ) throws -> Session {
        try actor.require(.runSessions, for: Localized(fr: "créer une séance", en: "creating a session"))
        let title = try TypedName.checked(title, maxLength: 200, what: TypedName.title)
        let place = place.map(WordNormaliser.tidy).flatMap { $0.isEmpty ? nil : $0 }
        if let place, place.count > 200 {
            throw ConseilError(
                fr: "le lieu doit faire 200 caractères au plus",
                en: "the place must be at most 200 characters")
        }
        let council = try council()
        try roles.check(council)
        let base = Session.makeId(date: date, title: title)
        var suffix = 1
        while true {
            let id = suffix == 1 ? base : "\(base.prefix(Identifier.maxLength - 4))-\(suffix)"
            var session = Session(
                id: id, title: title, date: date, place: place, createdAt: now, createdBy: actor.id)
            session.roles = roles
            let claimed = try root.createFolder(root.sessionPath(id)) {
                try root.create(session, at: root.absolute(Layout.session(id)))
            }
            if claimed { return session }
            suffix += 1
        }
    }

    public func setSessionState(_ id: String, to state: SessionState) throws -> Session {
        try actor.require(.runSessions, for: Localized(fr: "mener une séance", en: "running a session"))
        return try changing(session: id) { session in
            var session = session
            session.move(to: state, at: now)
            try root.save(session)
            return session
        }
    }

    /// Names the président·e and the secrétaire(s) de séance: until the session is closed.
    public func setSessionRoles(_ id: String, _ roles: SessionRoles) throws -> Session {
        try actor.require(.runSessions, for: Localized(fr: "nommer la présidence", en: "naming the chair"))
        try roles.check(council())
        return try changing(session: id) { session in
            guard session.state != .closed else {
                throw ConseilError(
                    fr: "la séance est close : sa présidence et son secrétariat ne changent plus",
                    en: "the session is closed: its chair and secretaries no longer change")
            }
            var session = session
            session.roles = roles
            try root.save(session)
            return session
        }
    }

    /// Records a member's attendance; an excused member may give a pouvoir to `proxy`, a
    /// member present (see `Proxy` for what is refused).
    public func recordAttendance(
        session id: String, member: String, status: AttendanceStatus, proxy: String? = nil
    ) throws -> Attendance {
        try actor.require(.recordAttendance)
        let council = try council()
        let member = try council.requireMember(member)
        let holder = try proxy.map { try council.requireMember($0).id }
        return try changing(session: id) { session in
            let record = Attendance(member: member.id, status: status, proxy: holder, at: now, by: actor.id)
            let records = root.attendance(session: session.id).values
            if let refusal = Proxy.refusal(recording: record, among: records, members: council.memberIds) {
                throw DataRoot.refusal(refusal)
            }
            try root.save(record, session: session.id)
            return record
        }
    }
}

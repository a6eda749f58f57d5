import ConseilCore

extension UseCases {
    /// A new session folder, named by date and title. Folders are claimed with an exclusive
    /// mkdir, so two facilitators creating the same session at once get two sessions (the
    /// second with a suffix), never one overwriting the other.
    public func createSession(title: String, date: CalendarDay, place: String?) throws -> Session {
        try actor.require(.runSessions, for: Localized(fr: "créer une séance", en: "creating a session"))
        let title = try TypedName.checked(title, maxLength: 200, what: TypedName.title)
        let place = place.map(WordNormaliser.tidy).flatMap { $0.isEmpty ? nil : $0 }
        if let place, place.count > 200 {
            throw ConseilError(
                fr: "le lieu doit faire 200 caractères au plus",
                en: "the place must be at most 200 characters")
        }
        _ = try council()
        let base = Session.makeId(date: date, title: title)
        var suffix = 1
        while true {
            let id = suffix == 1 ? base : "\(base.prefix(Identifier.maxLength - 4))-\(suffix)"
            let session = Session(
                id: id, title: title, date: date, place: place, createdAt: now, createdBy: actor.id)
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
            session.state = state
            try root.save(session)
            return session
        }
    }

    public func recordAttendance(session id: String, member: String, status: AttendanceStatus) throws
        -> Attendance
    {
        try actor.require(.recordAttendance)
        let member = try council().requireMember(member)
        return try changing(session: id) { session in
            let record = Attendance(member: member.id, status: status, at: now, by: actor.id)
            try root.save(record, session: session.id)
            return record
        }
    }
}

import ConseilCore

/// A note, a decision or an action of the minutes, new (no id) or edited.
public struct MinutesDraftEntry: Sendable, Equatable {
    public var id: String?
    public var session: String
    public var item: String?
    public var kind: MinutesEntryKind
    public var text: String
    public var who: String?
    public var due: CalendarDay?
    /// The poll that carried a decision.
    public var poll: String?

    public init(
        id: String? = nil, session: String, item: String? = nil, kind: MinutesEntryKind, text: String,
        who: String? = nil, due: CalendarDay? = nil, poll: String? = nil
    ) {
        self.id = id
        self.session = session
        self.item = item
        self.kind = kind
        self.text = text
        self.who = who
        self.due = due
        self.poll = poll
    }
}

extension UseCases {
    public func saveMinutesEntry(_ draft: MinutesDraftEntry) throws -> MinutesEntry {
        try actor.require(.writeMinutes)
        guard draft.kind == .action || (draft.who == nil && draft.due == nil) else {
            throw ConseilError(
                fr: "qui et l'échéance ne valent que pour une action",
                en: "who and the due date only apply to an action")
        }
        let text = draft.text.trimmingASCIISpaces
        guard !text.isEmpty, text.count <= MinutesEntry.maxLength else {
            throw ConseilError(
                fr: "le texte doit faire de 1 à \(MinutesEntry.maxLength) caractères",
                en: "the text must be 1 to \(MinutesEntry.maxLength) characters")
        }
        if let who = draft.who { _ = try council().requireMember(who, field: .who) }
        return try changing(session: draft.session) { session in
            if let item = draft.item { try requireItem(item, in: session) }
            if let poll = draft.poll { try requireDecisionPoll(poll, kind: draft.kind, in: session) }
            let id = try draft.id.map {
                try Identifier.validated($0, what: Localized(fr: "note", en: "entry"))
            }
            let file = { (id: String) in root.absolute(Layout.minutesEntry(session: session.id, entry: id)) }
            let existing = try id.map { try root.load(MinutesEntry.self, at: file($0)) }
            let entry = MinutesEntry(
                id: id ?? newId("m"), session: session.id, item: draft.item, kind: draft.kind, text: text,
                who: draft.who ?? existing?.who, due: draft.due ?? existing?.due, at: existing?.at ?? now,
                by: actor.id)
            var saved = entry
            saved.poll = draft.poll ?? existing?.poll
            try root.save(saved)
            return saved
        }
    }

    /// Deletes a note, a decision or an action written by mistake, while the minutes are a draft.
    public func deleteMinutesEntry(session id: String, entry: String) throws -> MinutesEntry {
        try actor.require(
            .writeMinutes,
            for: Localized(fr: "supprimer une note du compte rendu", en: "deleting a minutes entry"))
        let entry = try Identifier.validated(entry, what: Localized(fr: "note", en: "entry"))
        return try changing(session: id) { session in
            let file = root.absolute(Layout.minutesEntry(session: session.id, entry: entry))
            let existing = try root.load(MinutesEntry.self, at: file)
            try root.remove(record: file)
            return existing
        }
    }

    /// Adopting the minutes settles the session: nothing they report changes afterwards. A
    /// poll still open would keep changing them, so adoption waits until every poll is closed.
    /// `next` names the later session at which the procès-verbal is arrêté (L2121-15).
    public func adoptMinutes(session id: String, at next: String? = nil) throws -> MinutesStatus {
        try actor.require(
            .writeMinutes, for: Localized(fr: "adopter un compte rendu", en: "adopting minutes"))
        let session = try root.session(id)
        let later = try next.map { try root.session($0) }
        if let later, (later.date, later.id) <= (session.date, session.id) {
            throw ConseilError(
                fr:
                    "--at : la séance \(later.id) ne suit pas la séance \(session.id) ; le procès-verbal s'arrête à une séance suivante",
                en:
                    "--at: session \(later.id) does not come after session \(session.id); minutes are approved at a later session"
            )
        }
        return try FolderLock.hold(root.sessionPath(session.id), .exclusive) {
            guard try root.minutesStatus(session: session.id).state == .draft else {
                throw ConseilError(
                    fr: "ce compte rendu est déjà adopté", en: "these minutes are already adopted")
            }
            let open = root.polls(session: session.id).values.filter { $0.state == .open }.map(\.id)
            guard open.isEmpty else {
                throw ConseilError(
                    fr:
                        "scrutin encore ouvert : \(open.joined(separator: ", ")) ; clôturez-le avant d'adopter",
                    en: "poll still open: \(open.joined(separator: ", ")); close it before adopting")
            }
            let status = MinutesStatus(
                state: .adopted, adoptedAt: now, adoptedBy: actor.id, adoptedIn: later?.id)
            try root.save(status, session: session.id)
            return status
        }
    }
}

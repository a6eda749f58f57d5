import ConseilCore

/// What a secretary gives when filing a proposal.
public struct ProposalDraft: Sendable, Equatable {
    public var title: String
    public var description: String?
    public var theme: String?
    public var origin: String?
    public var owner: String?
    public var review: CalendarDay?

    public init(
        title: String, description: String? = nil, theme: String? = nil, origin: String? = nil,
        owner: String? = nil, review: CalendarDay? = nil
    ) {
        self.title = title
        self.description = description
        self.theme = theme
        self.origin = origin
        self.owner = owner
        self.review = review
    }
}

/// A status change or a follow-up of a proposal.
public struct StatusChange: Sendable, Equatable {
    public var status: ProposalStatus
    public var note: String?
    public var progress: Int?
    public var review: CalendarDay?
    public var session: String?

    public init(
        status: ProposalStatus, note: String? = nil, progress: Int? = nil, review: CalendarDay? = nil,
        session: String? = nil
    ) {
        self.status = status
        self.note = note
        self.progress = progress
        self.review = review
        self.session = session
    }
}

extension UseCases {
    /// Files a proposal with its first event; a failed write leaves no folder behind.
    public func addProposal(_ draft: ProposalDraft, note: String) throws -> Proposal {
        try actor.require(
            .manageProposals, for: Localized(fr: "déposer une proposition", en: "adding a proposal"))
        let title = try TypedName.checked(
            draft.title, maxLength: 300, what: TypedName.title)
        if let owner = draft.owner { _ = try council().requireMember(owner, field: .owner) }
        if let description = draft.description, description.count > MinutesEntry.maxLength {
            throw ConseilError(fr: "description trop longue", en: "description too long")
        }
        let id = newId("p")
        let proposal = Proposal(
            id: id, title: title,
            description: draft.description.map {
                $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            } ?? [],
            theme: draft.theme.map(WordNormaliser.tidy), origin: draft.origin.map(WordNormaliser.tidy),
            owner: draft.owner, createdAt: now, createdBy: actor.id)
        let first = ProposalEvent(
            id: newId("e"), proposal: id, at: now, by: actor.id, status: .submitted, progress: 0,
            note: note, review: draft.review)
        let claimed = try root.createFolder(root.proposalPath(id)) {
            try root.create(proposal, at: root.absolute(Layout.proposal(id)))
            try root.append(first)
        }
        guard claimed else {
            throw ConseilError(fr: "la proposition \(id) existe déjà", en: "proposal \(id) already exists")
        }
        return proposal
    }

    /// Appends a status change under the proposal's lock, checked against the history on disk
    /// at that moment: concurrent changes follow the lifecycle one after the other.
    public func changeStatus(of id: String, _ change: StatusChange) throws -> ProposalRecord {
        try actor.require(.manageProposals, for: Localized(fr: "changer un statut", en: "changing a status"))
        if let session = change.session { _ = try root.session(session) }
        if let note = change.note, note.count > MinutesEntry.maxLength {
            throw ConseilError(fr: "note trop longue", en: "note too long")
        }
        let id = try Identifier.validated(id, what: Localized(fr: "proposition", en: "proposal"))
        _ = try root.proposal(id)
        return try FolderLock.hold(root.proposalPath(id), .exclusive) {
            let (record, problems) = try root.proposal(id)
            guard problems.isEmpty else {
                throw ConseilError(
                    fr:
                        "l'historique de \(id) a des fichiers illisibles : réparez-les (conseil check) avant tout changement de statut",
                    en:
                        "the history of \(id) has unreadable files: repair them (conseil check) before changing its status"
                )
            }
            let event = try record.change(
                to: change.status, note: change.note, progress: change.progress, review: change.review,
                session: change.session, eventId: newId("e"), at: now, by: actor.id)
            try root.append(event)
            return ProposalRecord(proposal: record.proposal, events: record.history + [event])
        }
    }
}

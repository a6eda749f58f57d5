/// `proposals/<id>/proposal.json`: what a proposal is. What happens to it (status, progress,
/// review date) is in its events, one file each, so that changes made on two machines merge.
public struct Proposal: Codable, Sendable, Equatable {
    public var schema: Int
    public var id: String
    public var title: String
    /// Long text as lines, so that git diffs stay readable.
    public var description: [String]
    public var theme: String?
    public var origin: String?
    public var owner: String?
    public var createdAt: Timestamp
    public var createdBy: String

    public init(
        id: String, title: String, description: [String], theme: String?, origin: String?, owner: String?,
        createdAt: Timestamp, createdBy: String
    ) {
        schema = currentSchema
        self.id = id
        self.title = title
        self.description = description
        self.theme = theme
        self.origin = origin
        self.owner = owner
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}

/// `proposals/<id>/events/<event>.json`: one change in a proposal's history, append-only.
public struct ProposalEvent: Codable, Sendable, Equatable {
    public var schema: Int
    public var id: String
    public var proposal: String
    public var at: Timestamp
    public var by: String
    public var status: ProposalStatus
    public var progress: Int?
    public var note: String?
    public var review: CalendarDay?
    public var session: String?

    public init(
        id: String, proposal: String, at: Timestamp, by: String, status: ProposalStatus, progress: Int? = nil,
        note: String? = nil, review: CalendarDay? = nil, session: String? = nil
    ) {
        schema = currentSchema
        self.id = id
        self.proposal = proposal
        self.at = at
        self.by = by
        self.status = status
        self.progress = progress
        self.note = note
        self.review = review
        self.session = session
    }
}

/// A proposal with its history folded into its present state.
public struct ProposalRecord: Sendable, Equatable {
    public let proposal: Proposal
    /// Oldest first, without the events that skip the lifecycle (ProposalHistory.fold).
    public let history: [ProposalEvent]

    public init(proposal: Proposal, events: [ProposalEvent]) {
        self.proposal = proposal
        history = ProposalHistory.fold(events).kept
    }

    public var status: ProposalStatus { history.last?.status ?? .submitted }
    public var progress: Int {
        if status == .done { return 100 }
        return history.last(where: { $0.progress != nil })?.progress ?? 0
    }
    public var nextReview: CalendarDay? { history.last(where: { $0.review != nil })?.review }
    public var updatedAt: Timestamp { history.last?.at ?? proposal.createdAt }

    /// The event that a status change would append, or an error naming the allowed moves.
    /// The same status again records a follow-up (a note, progress or review date).
    public func change(
        to target: ProposalStatus, note: String?, progress: Int?, review: CalendarDay?, session: String?,
        eventId: String, at: Timestamp, by: String
    ) throws -> ProposalEvent {
        if target == status {
            guard note != nil || progress != nil || review != nil else {
                throw ConseilError(
                    fr:
                        "la proposition est déjà « \(status.name.fr) » ; ajoutez une note, un avancement ou une date de revue pour un suivi",
                    en:
                        "the proposal is already “\(status.name.en)”; add a note, progress or a review date for a follow-up",
                    field: .note)
            }
        } else {
            try status.checkMove(to: target)
        }
        if let progress {
            guard (0...100).contains(progress) else {
                throw ConseilError(
                    fr: "l'avancement doit être entre 0 et 100 (%)",
                    en: "progress must be between 0 and 100 (%)", field: .progress)
            }
        }
        // History is ordered by time: an event never sorts before the one it follows, even
        // under a fixed clock (tests, demos) or a clock that stepped back.
        let stamp = history.last.map { max(at, Timestamp(milliseconds: $0.at.milliseconds + 1)) } ?? at
        return ProposalEvent(
            id: eventId, proposal: proposal.id, at: stamp, by: by, status: target,
            progress: target == .done ? 100 : progress, note: note, review: review, session: session)
    }
}

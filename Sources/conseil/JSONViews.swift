import ConseilCore

// The shapes of `--json` output: a stable contract for scripts, separate from the files.

struct SessionJSON: Encodable {
    let id, title, date: String
    let place: String?
    let state: String

    init(_ session: Session) {
        id = session.id
        title = session.title
        date = session.date.description
        place = session.place
        state = session.state.rawValue
    }
}

struct AttendanceJSON: Encodable {
    let member, status: String

    init(_ record: Attendance) {
        member = record.member
        status = record.status.rawValue
    }
}

struct SessionDetailJSON: Encodable {
    let session: SessionJSON
    let attendance: [AttendanceJSON]
    let quorumRequired: Int
    let quorumReached: Bool
    let agenda: [AgendaItemJSON]
    let polls: [PollSummaryJSON]
}

struct AgendaItemJSON: Encodable {
    let id, session, title, state: String
    let position: Int
    let duration: Int?
    let presenter: String?
    let spentSeconds: Int

    init(_ item: AgendaItem, now: Timestamp) {
        id = item.id
        session = item.session
        title = item.title
        state = item.state.rawValue
        position = item.position
        duration = item.duration
        presenter = item.presenter
        spentSeconds = item.spent(at: now)
    }
}

struct PollSummaryJSON: Encodable {
    let id, session, question, kind, state: String
    let item: String?
    let options: [String]
    let maxAnswers: Int?
    let anonymous, hideResults: Bool
    let after: String?

    init(_ poll: Poll) {
        id = poll.id
        session = poll.session
        question = poll.question
        kind = poll.kind.rawValue
        state = poll.state.rawValue
        item = poll.item
        options = poll.options
        maxAnswers = poll.maxAnswers
        anonymous = poll.anonymous
        hideResults = poll.hideResults
        after = poll.after
    }
}

/// A percentage or a change in points as a JSON number (44.12, -8.33), or null without a base.
struct PercentJSON: Encodable {
    let hundredths: Int?

    init(value: Percentage?) { hundredths = value?.hundredths }

    init(points: Int?) { hundredths = points }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let hundredths {
            try container.encode(Double(hundredths) / 100)
        } else {
            try container.encodeNil()
        }
    }
}

final class PollResultsJSON: Encodable {
    struct Option: Encodable {
        let label: String
        let count: Int
        let percent: PercentJSON
    }

    struct Answer: Encodable {
        let text: String
        let count: Int
    }

    let id, question, kind, state: String
    let base, ballots, handVoters: Int
    let hidden: Bool
    let options: [Option]?
    let answers: [Answer]?
    let texts: [String]?
    /// Answers the facilitator hid, and word groups merged into others (the ballots are unchanged).
    let hiddenAnswers: Int
    let mergedAnswers: Int
    /// Files left out of the tally: `conseil check` names them.
    let discarded: Discarded
    let previous: PollResultsJSON?
    /// A second round against its first: one row per answer, each round in percent of its own base.
    let comparison: [Change]?

    struct Change: Encodable {
        let text: String
        let before, after: Int
        let beforePercent, afterPercent: PercentJSON
        /// In percentage points.
        let change: PercentJSON

        init(_ row: RoundComparison.Row) {
            text = row.label
            before = row.before
            after = row.after
            beforePercent = PercentJSON(value: row.percentBefore)
            afterPercent = PercentJSON(value: row.percentAfter)
            change = PercentJSON(points: row.percentChange)
        }
    }

    struct Discarded: Encodable {
        let ballots, handCounts: Int
    }

    init(_ results: PollResults) {
        let poll = results.poll
        id = poll.id
        question = poll.question
        kind = poll.kind.rawValue
        state = poll.state.rawValue
        ballots = results.ballots
        base = results.base
        handVoters = results.handVoters
        hidden = !poll.resultsVisible
        let visible = poll.resultsVisible
        options =
            poll.kind.hasOptions && visible
            ? results.options.map {
                Option(label: $0.label, count: $0.count, percent: PercentJSON(value: $0.percent))
            } : nil
        answers =
            poll.kind == .words && visible
            ? results.answers.map { Answer(text: $0.text, count: $0.count) } : nil
        texts = poll.kind == .text && visible ? results.texts : nil
        hiddenAnswers = results.hiddenCount
        mergedAnswers = results.mergedCount
        discarded = Discarded(ballots: results.discarded.ballots, handCounts: results.discarded.handCounts)
        previous = results.previous.map(PollResultsJSON.init)
        comparison =
            visible
            ? results.previous.map { RoundComparison(before: $0, after: results).rows.map(Change.init) } : nil
    }
}

struct ProposalJSON: Encodable {
    struct Event: Encodable {
        let id, status, at, by: String
        let note: String?
        let progress: Int?
        let review: String?
        let session: String?

        private enum CodingKeys: String, CodingKey {
            case id, status, at, by, note, progress, review, session
        }

        // The contract gives every event a `note`: null when there is none, never a missing key
        // (the synthesized encoding would leave it out).
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(status, forKey: .status)
            try container.encode(at, forKey: .at)
            try container.encode(by, forKey: .by)
            try container.encode(note, forKey: .note)
            try container.encodeIfPresent(progress, forKey: .progress)
            try container.encodeIfPresent(review, forKey: .review)
            try container.encodeIfPresent(session, forKey: .session)
        }
    }

    let id, title, theme, status, statusName: String
    let description: [String]
    let origin, owner: String?
    let progress: Int
    let nextReview: String?
    let createdAt, updatedAt: String
    let history: [Event]?

    init(_ record: ProposalRecord, language: Language, withHistory: Bool) {
        let proposal = record.proposal
        id = proposal.id
        title = proposal.title
        theme = proposal.theme ?? ""
        status = record.status.rawValue
        statusName = record.status.name.text(language)
        description = proposal.description
        origin = proposal.origin
        owner = proposal.owner
        progress = record.progress
        nextReview = record.nextReview?.description
        createdAt = proposal.createdAt.description
        updatedAt = record.updatedAt.description
        history =
            withHistory
            ? record.history.map {
                Event(
                    id: $0.id, status: $0.status.rawValue, at: $0.at.description, by: $0.by, note: $0.note,
                    progress: $0.progress, review: $0.review?.description, session: $0.session)
            } : nil
    }
}

import ConseilCore

/// Everything the screen shows, as plain values: `update` changes it, views draw it.
public struct AppState: Sendable {
    public var screen: Screen = .agenda
    public var language: Language
    public var width: Int
    public var height: Int
    public var now: Timestamp
    public var data: Snapshot
    /// Block glyphs and accents when the terminal speaks UTF-8; ASCII otherwise.
    public var unicode: Bool
    public var cursor: [Screen: Int] = [:]
    /// The minutes' line at the top of the minutes screen (`MinutesScroll`).
    public var minutesTop = 0
    /// The poll shown in detail on the polls screen, by id.
    public var openPoll: String?
    public var projector = false
    /// The proposal shown in detail, by id.
    public var openProposal: String?
    /// The status change being chosen for the open proposal: the allowed targets and the cursor.
    public var statusChoice: (targets: [ProposalStatus], cursor: Int)?
    public var filter = ""
    public var filtering = false
    public var showHelp = false
    public var message: Localized?
    public var quit = false
    /// The minutes entry being written, when the editor is open.
    public var editor: EditorSession?
    /// Set by `q` while something is unsaved: a second `q` quits, anything else stays.
    public var confirmQuit = false
    /// The session list shown over the screen, with its cursor, when choosing a session.
    public var sessionPicker: Int?
    /// The form being filled (new poll, show of hands, agenda item), if any.
    public var form: Form?
    /// A question asked before an effect that cannot be taken back, if any.
    public var confirmation: Confirmation?
    /// The answer selected in an open word-cloud or free-text poll, for merging and hiding:
    /// an index into `moderatedAnswers` (the shown answers, then the hidden ones).
    public var answerCursor = 0
    /// The word group picked with `g`, waiting for the group it joins.
    public var mergeSource: String?
    /// How far the projector has revealed the poll: question, ballot count, results.
    public var reveal: RevealStage = .results
    /// The page of free-text cards the projector shows.
    public var cardPage = 0
    /// `conseil projector`: a read-only wall that follows the open poll unless one was named.
    public var wall: WallMode?
    /// The room server open for the session (`conseil serve`), shown to those who may open it.
    public var room: RoomAccess?
    /// The facilitator hid the join panel from the wall (its key shows it again).
    public var joinPanelHidden = false
    /// The attendance list shown over the agenda, with its cursor, when recording who is there.
    public var attendanceCursor: Int?
    /// The clone's sync state for the title bar: last sync, and whether the remote is ahead.
    public var syncLine: Localized?
    /// A sync is running in the background.
    public var syncing = false
    /// The entries of the selected minutes section, listed over the screen, with the cursor.
    public var entryList: Int?
    /// The list of files that could not be read, shown over the screen.
    public var showProblems = false

    /// Who is at the keyboard: the hint bar offers only what they may do.
    public let actor: Actor

    public init(
        language: Language, width: Int, height: Int, now: Timestamp, data: Snapshot, unicode: Bool,
        actor: Actor = .administrator
    ) {
        self.actor = actor
        self.language = language
        self.width = width
        self.height = height
        self.now = now
        self.data = data
        self.unicode = unicode
    }

    public func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    public var selected: Int { cursor[screen] ?? 0 }

    /// The proposals the register shows, after the `/` filter (title, theme, status; accents ignored).
    public var visibleProposals: [ProposalRecord] {
        guard !filter.isEmpty else { return data.proposals }
        let key = TextFolding.foldAccentsAndCase(filter)
        return data.proposals.filter { record in
            let text = [
                record.proposal.title, record.proposal.theme ?? "", record.status.name.fr,
                record.status.name.en,
            ]
            .joined(separator: " ")
            return TextFolding.foldAccentsAndCase(text).contains(key)
        }
    }

    /// How many rows the current list has, to keep the cursor inside it.
    var rowCount: Int {
        switch screen {
        case .agenda: data.agenda.count
        case .polls: data.polls.count
        case .minutes: (data.minutes?.sections.count ?? 0) + 1
        case .proposals: visibleProposals.count
        }
    }

    public var selectedPoll: PollResults? {
        if let wall {
            // The named poll, else the open poll the facilitator opened last.
            if let named = wall.poll { return data.polls.first { $0.poll.id == named } }
            return data.polls.filter { $0.poll.state == .open }.max {
                ($0.poll.openedAt?.milliseconds ?? 0) < ($1.poll.openedAt?.milliseconds ?? 0)
            }
        }
        if let openPoll { return data.polls.first { $0.poll.id == openPoll } }
        return data.polls.indices.contains(cursor[.polls] ?? 0) ? data.polls[cursor[.polls] ?? 0] : nil
    }

    /// The answers the facilitator moderates, by key: those shown, then those hidden.
    public var moderatedAnswers: [(key: String, hidden: Bool)] {
        guard let results = selectedPoll else { return [] }
        switch results.poll.kind {
        case .words:
            return results.answers.map { ($0.key, false) } + results.hiddenAnswers.map { ($0.key, true) }
        case .text:
            return results.textAnswers.map { ($0.key, false) } + results.hiddenTexts.map { ($0.key, true) }
        default: return []
        }
    }

    public var selectedProposal: ProposalRecord? {
        if let openProposal { return data.proposals.first { $0.proposal.id == openProposal } }
        let list = visibleProposals
        return list.indices.contains(cursor[.proposals] ?? 0) ? list[cursor[.proposals] ?? 0] : nil
    }

    public var selectedItem: AgendaItem? {
        data.agenda.indices.contains(cursor[.agenda] ?? 0) ? data.agenda[cursor[.agenda] ?? 0] : nil
    }
}

/// The reveal steps of the projector, to avoid herd effects: the question alone, then how many
/// have voted, then the results.
public enum RevealStage: Int, Sendable, CaseIterable {
    case question, count, results
}

/// `conseil projector [POLL]`: nothing but the projector, read-only.
public struct WallMode: Sendable, Equatable {
    /// The poll named on the command line; nil follows the open poll of the session.
    public let poll: String?
    /// The poll on the wall: when another one opens, it starts again from its question.
    var shown: String?

    public init(poll: String?) { self.poll = poll }
}

/// A minutes entry open in the editor: what it is, its text, and whether it is saved.
public struct EditorSession: Sendable, Equatable {
    /// Nil until the first save gives the new entry its id.
    public var entryId: String?
    public let session: String
    public let item: String?
    public let kind: MinutesEntryKind
    public var editor: TextEditor
    public var dirty = false
    /// The poll a decision is tied to (Ctrl-P on the minutes editor).
    public var poll: String?
    /// Esc asked to close: the editor closes once the store has the text, never before.
    public var closing = false
    public var lastChange: Timestamp
    public var savedAt: Timestamp?

    /// Autosave a few seconds after the last change, so a crash loses at most those seconds.
    public static let autosaveSeconds: Int64 = 3

    public init(
        entryId: String?, session: String, item: String?, kind: MinutesEntryKind, text: String, now: Timestamp
    ) {
        self.entryId = entryId
        self.session = session
        self.item = item
        self.kind = kind
        editor = TextEditor(text: text)
        lastChange = now
    }

    public var draft: MinutesDraft {
        MinutesDraft(
            entryId: entryId, session: session, item: item, kind: kind, text: editor.text, poll: poll)
    }
}

/// A poll as the facilitator described it in the form; `Poll.make` checks it.
public struct PollRequest: Sendable, Equatable {
    public let session: String
    public let kind: PollKind
    public let question: String
    public let options: [String]
    public let maxAnswers: Int?
    public let abstain, anonymous, hideResults: Bool
    public let after: String?
    /// The agenda item the poll belongs to (none: « Divers » in the minutes).
    public var item: String? = nil
    /// A majority rule and its base, a named vote, a grades scale.
    public var rules = PollRules()
    public let voters: PollVoters
}

/// A proposal as the secretary filed it in the form; the review date as typed.
public struct ProposalRequest: Sendable, Equatable {
    public let title, theme, description, owner, review: String
}

/// What the editor asks the store to save.
public struct MinutesDraft: Sendable, Equatable {
    /// Nil until the first save gives the new entry its id.
    public var entryId: String?
    public let session: String
    public let item: String?
    public let kind: MinutesEntryKind
    public let text: String
    public var poll: String? = nil
}

/// What `update` asks the outside world to do: writes to the data root, and quitting.
public enum Effect: Equatable, Sendable {
    case startItem(String)
    case finishItem(String)
    case openPoll(String)
    case closePoll(String)
    case changeStatus(proposal: String, to: ProposalStatus, note: String?, progress: Int?, review: String?)
    /// A date as typed (AAAA-MM-JJ): the store's one date rule reads it.
    case createSession(title: String, date: String, place: String)
    case setSessionState(session: String, to: SessionState)
    case addProposal(ProposalRequest)
    case selectSession(String)
    case sync
    case setAttendance(session: String, member: String, status: AttendanceStatus)
    /// The member excused, with a pouvoir to `holder` (none when nil).
    case givePouvoir(session: String, member: String, holder: String?)
    case setSessionRoles(session: String, roles: SessionRoles)
    case moveItem(String, by: Int)
    case createPoll(PollRequest)
    /// Merging, unmerging, hiding or showing one answer of a word cloud or a free-text poll.
    case moderate(poll: String, AnswerChange)
    /// Counts by position in the poll's options.
    case addHandCount(poll: String, counts: [Int], voters: Int?)
    /// A presenter as typed (a member id, or empty for nobody).
    case addAgendaItem(session: String, title: String, duration: Int?, presenter: String)
    case updateAgendaItem(id: String, title: String, duration: Int?, presenter: String)
    case deleteAgendaItem(String)
    case updateDraftPoll(id: String, PollRequest)
    case deleteDraftPoll(String)
    /// A word poll's show of hands as typed: « mot=nombre ; … ».
    case addWordCount(poll: String, words: String, voters: Int?)
    case takeBackHandCount(poll: String)
    /// The ballot of `conseil vote`, over the screen; its outcome says what was recorded.
    case openBallot(poll: String)
    case deleteMinutesEntry(session: String, entry: String)
    /// An action's who (a member id) and due date (AAAA-MM-JJ), as typed.
    case setActionDetails(session: String, entry: String, who: String, due: String)
    case saveMinutes(MinutesDraft)
    case adoptMinutes(session: String)
    case exportMinutes(session: String)
    /// `conseil serve` for the session, started from the interface, and stopped.
    case startRoom(session: String)
    case stopRoom(session: String)
    case externalEditor
    case reload
    case quit
}

extension Effect {
    /// Whether carrying the effect out changes files of the data root (for auto-commit).
    public var writesData: Bool {
        switch self {
        case .reload, .quit, .selectSession, .sync, .exportMinutes, .startRoom, .stopRoom: false
        default: true
        }
    }
}

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

    public init(language: Language, width: Int, height: Int, now: Timestamp, data: Snapshot, unicode: Bool) {
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
            let text = [record.proposal.title, record.proposal.theme ?? "", record.status.name.fr, record.status.name.en]
                .joined(separator: " ")
            return TextFolding.foldAccentsAndCase(text).contains(key)
        }
    }

    /// How many rows the current list has, to keep the cursor inside it.
    var rowCount: Int {
        switch screen {
        case .agenda: data.agenda.count
        case .polls: data.polls.count
        case .minutes: MinutesView.lineCount(self)
        case .proposals: visibleProposals.count
        }
    }

    public var selectedPoll: PollResults? {
        if let openPoll { return data.polls.first { $0.poll.id == openPoll } }
        return data.polls.indices.contains(cursor[.polls] ?? 0) ? data.polls[cursor[.polls] ?? 0] : nil
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

/// What `update` asks the outside world to do: writes to the data root, and quitting.
public enum Effect: Equatable, Sendable {
    case startItem(String)
    case finishItem(String)
    case openPoll(String)
    case closePoll(String)
    case changeStatus(proposal: String, to: ProposalStatus)
    case reload
    case quit
}

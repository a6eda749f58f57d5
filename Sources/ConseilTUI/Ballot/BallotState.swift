import ConseilCore

/// The small full-screen ballot a member votes with (`conseil vote` without an answer):
/// the open polls, the one being answered, and what the member has chosen or typed.
public struct BallotState: Sendable {
    public var language: Language
    public var width: Int
    public var height: Int
    public var unicode: Bool
    public var member: Member
    /// The excused member whose ballot this screen casts, through the pouvoir `member` holds
    /// (`conseil vote --for`); nil for the member's own ballot.
    public var represented: Member?
    /// The excused member whose pouvoir `member` holds in the current poll's session, when the
    /// screen was opened for the member's own ballot: their ballot comes next on the same screen.
    public var pouvoir: Member?
    /// The polls open for voting now, newest session first.
    public var openPolls: [Poll]
    /// The poll being answered; nil while choosing among several (or when none is open).
    public var poll: Poll?
    public var cursor = 0
    /// Options ticked, by index, for option polls.
    public var ticked: Set<Int> = []
    /// Typed answers: one per word for a words poll, one text for a text poll.
    public var typed: [String] = []
    /// A grades poll's grade per option, by index in the scale (0 the best); nil ungraded.
    public var graded: [Int?] = []
    /// The answers of the ballot on disk, when the member already voted in this poll.
    public var recorded: [String]?
    public var message: Localized?
    /// Good news shown where the message goes: the own ballot is in, the pouvoir's is next.
    public var notice: Localized?

    public init(language: Language, width: Int, height: Int, unicode: Bool, member: Member, openPolls: [Poll])
    {
        self.language = language
        self.width = width
        self.height = height
        self.unicode = unicode
        self.member = member
        self.openPolls = openPolls
        if openPolls.count == 1 { choose(openPolls[0], recorded: nil) }
    }

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// Whose ballot is cast: the represented member's, or the member's own.
    public var voter: Member { represented ?? member }

    /// True on the represented member's ballot reached from the own one (Esc goes back to it).
    var onPouvoirBallot: Bool { represented != nil && represented?.id == pouvoir?.id }

    /// Starts answering `poll`, showing what the member chose before, if anything.
    public mutating func choose(_ poll: Poll, recorded: [String]?) {
        self.poll = poll
        self.recorded = recorded
        cursor = 0
        ticked = Set(poll.options.indices.filter { recorded?.contains(poll.options[$0]) ?? false })
        switch poll.kind {
        case .words:
            typed =
                (recorded ?? [])
                + Array(repeating: "", count: max(0, (poll.maxAnswers ?? 2) - (recorded?.count ?? 0)))
        case .text: typed = [recorded?.first ?? ""]
        default: typed = []
        }
        graded =
            poll.kind == .grades
            ? poll.options.indices.map { index in
                recorded.flatMap { index < $0.count ? poll.scale.firstIndex(of: $0[index]) : nil }
            } : []
    }

    /// What the member gave: options by position (never by label, which a number could
    /// be mistaken for), or the typed words or text.
    public var answer: BallotAnswer {
        if poll?.kind == .grades { return .grades(graded) }
        guard let poll, poll.kind.hasOptions else {
            return .typed(typed.map(WordNormaliser.tidy).filter { !$0.isEmpty })
        }
        return .options(ticked.sorted())
    }

    /// Rows the cursor moves over: the options, or the typed fields.
    var rowCount: Int {
        guard let poll else { return openPolls.count }
        return poll.kind.hasOptions || poll.kind == .grades ? poll.options.count : typed.count
    }
}

public enum BallotAnswer: Equatable, Sendable {
    /// Ticked options, by position from 0 in the poll's options.
    case options([Int])
    case typed([String])
    /// A grade per option, by position in the scale; nil for an option left ungraded.
    case grades([Int?])

    var isEmpty: Bool {
        switch self {
        case .options(let picked): picked.isEmpty
        case .typed(let texts): texts.isEmpty
        case .grades(let picked): picked.allSatisfy { $0 == nil }
        }
    }
}

public enum BallotEffect: Equatable, Sendable {
    case cast(poll: String, answer: BallotAnswer)
    case choose(poll: String)
    /// From the represented member's ballot back to the holder's own.
    case ownBallot(poll: String)
    case quit
}

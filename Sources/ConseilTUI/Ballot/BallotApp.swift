import ConseilCore
import ConseilStore

/// Runs the ballot against a data root: casts the ballot through the store (the same rules as
/// `conseil vote`) and notices polls opening and closing while the screen is up.
public final class BallotApp: TerminalProgram {
    public private(set) var state: BallotState
    private let root: DataRoot
    private var useCases: UseCases
    private var lastPolls: [String] = []

    /// `useCases` acts as the voter: a member (the administrator does not vote). With
    /// `represented`, the screen casts that member's ballot through the pouvoir the voter holds.
    public init(
        useCases: UseCases, poll: String?, language: Language, width: Int, height: Int, unicode: Bool,
        for represented: String? = nil
    ) throws {
        try useCases.actor.require(.vote)
        guard let member = useCases.actor.member else {
            throw ConseilError(fr: "aucun votant", en: "no voter")
        }
        self.useCases = useCases
        root = useCases.root
        var open = root.openPolls()
        if let poll {
            let chosen = try root.poll(poll)
            open = [chosen]
        }
        state = BallotState(
            language: language, width: width, height: height, unicode: unicode, member: member,
            openPolls: open)
        state.represented = try represented.map { try root.requireCouncil().requireMember($0) }
        lastPolls = open.map(\.id)
        if let current = state.poll { self.open(current) }
    }

    public var shouldQuit = false
    public var drawsUnicode: Bool { state.unicode }
    public var suspendTerminal: ((() throws -> Void) throws -> Void)?

    public func render() -> ScreenBuffer { BallotView.render(state) }

    public func handle(_ event: Event) {
        switch event {
        case .key(let key):
            for effect in updateBallot(&state, key) { perform(effect) }
        case .resize(let width, let height):
            state.width = width
            state.height = height
        case .tick(let time):
            useCases = useCases.at(time)
        case .data, .outcome, .syncLine, .room:
            break
        }
    }

    /// Polls open and close while members wait: the list follows, and a closed poll says so.
    public func refreshIfChanged(now: Timestamp) {
        useCases = useCases.at(now)
        let open = root.openPolls()
        guard open.map(\.id) != lastPolls else { return }
        lastPolls = open.map(\.id)
        state.openPolls = open
        if let current = state.poll, !open.contains(where: { $0.id == current.id }) {
            state.poll = nil
            state.message = Localized(fr: "le scrutin vient d'être clos", en: "the poll has just closed")
        }
        if state.poll == nil && open.count == 1 { self.open(open[0]) }
    }

    /// Starts answering `poll`. Opened for the member's own ballot (no `--for`), the screen
    /// learns the pouvoir they hold in the poll's session, and goes straight to that ballot
    /// when their own is already in and the represented member's is not.
    private func open(_ poll: Poll, own: Bool = false) {
        if state.represented == nil || state.onPouvoirBallot {
            state.pouvoir = root.pouvoirGiven(to: state.member.id, session: poll.session)
            state.represented = nil
            if !own, let giver = state.pouvoir,
                root.recordedAnswers(poll: poll, member: state.member.id) != nil,
                root.recordedAnswers(poll: poll, member: giver.id) == nil
            {
                state.represented = giver
            }
        }
        state.choose(poll, recorded: root.recordedAnswers(poll: poll, member: state.voter.id))
        if state.onPouvoirBallot { state.notice = pouvoirNotice(own: false) }
    }

    /// What the holder reads on reaching the represented member's ballot.
    private func pouvoirNotice(own cast: Bool) -> Localized? {
        guard let giver = state.pouvoir else { return nil }
        return Localized(
            fr: (cast ? "✔ votre vote est enregistré. " : "")
                + "Vote pour \(giver.name) (pouvoir) · Échap : votre bulletin",
            en: (cast ? "✔ your vote is recorded. " : "")
                + "Vote for \(giver.name) (pouvoir) · Esc: your ballot")
    }

    private func perform(_ effect: BallotEffect) {
        switch effect {
        case .quit:
            shouldQuit = true
        case .choose(let id), .ownBallot(let id):
            guard let poll = state.openPolls.first(where: { $0.id == id }) else { return }
            open(poll, own: effect == .ownBallot(poll: id))
        case .cast(let id, let answer):
            do {
                // Read again: the poll may have closed since the screen opened. Options go by
                // their place in the poll, so that a label is never read as a number.
                let poll = try root.poll(id)
                let resolved = try cast(answer, in: poll)
                state.recorded = poll.anonymous ? [] : resolved
                state.message = nil
                if state.represented == nil, let giver = state.pouvoir {
                    // The holder's own ballot is in: the represented member's comes next.
                    state.represented = giver
                    state.choose(poll, recorded: root.recordedAnswers(poll: poll, member: giver.id))
                    state.notice = pouvoirNotice(own: true)
                }
            } catch let error as ConseilError {
                state.message = error.message
            } catch {
                state.message = Localized(fr: "vote impossible", en: "cannot vote")
            }
        }
    }

    /// Ticked positions name the options the member saw: refused if the poll's options changed since.
    private func cast(_ answer: BallotAnswer, in poll: Poll) throws -> [String] {
        switch answer {
        case .typed(let texts):
            return try useCases.vote(poll: poll.id, typed: texts, for: state.represented?.id)
        case .options(let picked):
            guard poll.options == state.poll?.options else {
                throw ConseilError(
                    fr: "les options du scrutin ont changé : relisez-les et votez à nouveau",
                    en: "the poll's options have changed: read them again and vote again")
            }
            return try useCases.vote(poll: poll.id, options: picked, for: state.represented?.id)
        case .grades(let picked):
            guard poll.options == state.poll?.options, poll.scale == state.poll?.scale else {
                throw ConseilError(
                    fr: "les options du scrutin ont changé : relisez-les et votez à nouveau",
                    en: "the poll's options have changed: read them again and vote again")
            }
            return try useCases.vote(poll: poll.id, grading: picked, for: state.represented?.id)
        }
    }
}

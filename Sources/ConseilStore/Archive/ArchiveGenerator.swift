import ConseilCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A seeded random number generator (SplitMix64): the same seed gives the same numbers on
/// every machine and every run, which the system generator never does.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound, by plain modulo so that the sequence depends on nothing else.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
}

/// What `conseil demo generate` writes: a synthetic archive for benchmarks and demos.
public struct ArchivePlan: Sendable {
    public var sessions: Int
    public var voters: Int
    public var proposals: Int
    public var seed: UInt64
    /// When above zero, one more poll (single choice, left open) with this many ballots.
    public var bigPollBallots: Int

    public init(
        sessions: Int = 120, voters: Int = 40, proposals: Int = 300, seed: UInt64 = 1, bigPollBallots: Int = 0
    ) {
        self.sessions = sessions
        self.voters = voters
        self.proposals = proposals
        self.seed = seed
        self.bigPollBallots = bigPollBallots
    }
}

public struct ArchiveSummary: Sendable {
    public let files: Int
    public let members: Int
    /// The id of the big poll, when one was asked for.
    public let bigPoll: String?
}

/// Writes a whole council from a seed: members, monthly sessions with agenda, attendance,
/// six closed polls with one ballot per voter and minutes, then proposals with their history.
/// Everything (ids, answers, times) comes from the seed and a fixed last session date, never
/// from the clock, so two runs with the same plan write byte-identical trees.
public enum ArchiveGenerator {
    /// The newest session; the others go back one month at a time.
    public static let lastSessionDay = CalendarDay("2025-06-12")!
    public static let facilitator = "animation"
    public static let secretary = "secretariat"

    /// Every voter of the big poll is a member (a ballot counts only then): this keeps
    /// council.json under the size limit of a record.
    public static let maxBigPollBallots = 10_000

    /// Member and big-poll voter ids: `v00001`, `v00002`…
    public static func voterId(_ number: Int) -> String {
        let digits = String(number)
        return "v" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    public static func generate(at path: String, plan: ArchivePlan) throws -> ArchiveSummary {
        guard plan.sessions >= 1, plan.voters >= 1, plan.proposals >= 0, plan.bigPollBallots >= 0,
            plan.sessions <= 1200, plan.voters <= 99_999, plan.bigPollBallots <= maxBigPollBallots
        else {
            throw ConseilError(
                fr:
                    "il faut de 1 à 1200 séances, de 1 à 99999 votants, au plus \(maxBigPollBallots) bulletins, et des nombres positifs",
                en:
                    "give 1 to 1200 sessions, 1 to 99999 voters, at most \(maxBigPollBallots) ballots, and non-negative numbers"
            )
        }
        let root = DataRoot(path: path)
        guard !fileExists(root.councilPath) else {
            throw ConseilError(
                fr: "\(root.path) contient déjà un conseil (council.json) ; rien n'a été modifié",
                en: "\(root.path) already holds a council (council.json); nothing was changed")
        }
        var writer = Writer(root: root, random: SplitMix64(seed: plan.seed), plan: plan)
        return try writer.run()
    }
}

/// The generator's state: the random sequence, the council being built and the files written.
private struct Writer {
    let root: DataRoot
    var random: SplitMix64
    let plan: ArchivePlan
    var files = 0
    var voters: [String] = []

    init(root: DataRoot, random: SplitMix64, plan: ArchivePlan) {
        self.root = root
        self.random = random
        self.plan = plan
    }

    mutating func run() throws -> ArchiveSummary {
        try makeDirectories(root.path)
        var members = [
            Member(id: ArchiveGenerator.facilitator, name: "Camille Le Gall", role: .facilitator),
            Member(id: ArchiveGenerator.secretary, name: "Yann Morvan", role: .secretary),
        ]
        for number in 1...plan.voters {
            let id = ArchiveGenerator.voterId(number)
            voters.append(id)
            members.append(
                Member(
                    id: id, name: random.pick(Text.firstNames) + " " + random.pick(Text.lastNames),
                    role: .member))
        }
        let last = ArchiveGenerator.lastSessionDay
        let lastMonth = last.year * 12 + last.month - 1
        var sessions: [Session] = []
        for index in 0..<plan.sessions {
            let month = lastMonth - (plan.sessions - 1 - index)
            let day = CalendarDay("\(month / 12)-\(pad(month % 12 + 1, 2))-\(pad(last.day, 2))")!
            let newest = index == plan.sessions - 1
            sessions.append(try session(on: day, newest: newest, members: members))
        }
        var bigPoll: String? = nil
        if plan.bigPollBallots > 0, let newest = sessions.last {
            bigPoll = try bigPollIn(newest)
        }
        for index in 0..<plan.proposals {
            try proposal(index, sessions: sessions)
        }
        // The big poll's voters are members too, listed only in the council: a ballot counts
        // only when its voter is a member (BallotValidation).
        if plan.bigPollBallots > plan.voters {
            members += (plan.voters + 1...plan.bigPollBallots).map { number in
                Member(id: ArchiveGenerator.voterId(number), name: "Votant·e \(number)", role: .member)
            }
        }
        // The council file last: an interrupted run does not look like a finished council.
        var council = Council(
            name: "Conseil local du numérique de Kerbenoît (archive de démonstration)", commune: "Kerbenoît",
            members: members)
        council.quorumPercent = 50
        try store(council, Layout.council)
        return ArchiveSummary(files: files, members: members.count, bigPoll: bigPoll)
    }

    // MARK: Sessions

    mutating func session(on day: CalendarDay, newest: Bool, members: [Member]) throws -> Session {
        let evening = Int64(day.daysSinceEpoch) * 86_400 + 18 * 3600 + 30 * 60
        let title = "Séance du \(day.day) \(Text.months[day.month - 1]) \(day.year)"
        var session = Session(
            id: Session.makeId(date: day, title: title), title: title, date: day,
            place: random.pick(Text.places),
            createdAt: Timestamp(seconds: evening - 21 * 86_400), createdBy: ArchiveGenerator.secretary)
        session.state = newest && plan.bigPollBallots > 0 ? .running : .closed
        for folder in [Layout.attendanceFolder, Layout.agendaFolder, Layout.minutesFolder] {
            try makeDirectories(root.absolute(folder(session.id)))
        }
        try store(session, Layout.session(session.id))

        for member in members {
            let record = Attendance(
                member: member.id, status: .present,
                at: Timestamp(seconds: evening - 300 + Int64(random.below(600))),
                by: ArchiveGenerator.secretary)
            try store(record, Layout.attendance(session: session.id, member: member.id))
        }

        // The agenda: a welcome, two to four topics, then any other business.
        var titles = ["Accueil et adoption du compte rendu précédent"]
        var topics: [String] = []
        for _ in 0..<(2 + random.below(3)) {
            let topic = random.pick(Text.topics)
            if !topics.contains(topic) { topics.append(topic) }
        }
        titles += topics + ["Questions diverses"]
        var items: [AgendaItem] = []
        for (position, itemTitle) in titles.enumerated() {
            let created = Timestamp(seconds: evening - 14 * 86_400 + Int64(position))
            var item = AgendaItem(
                id: Identifier.make(prefix: "a", at: created, random: &random), session: session.id,
                title: itemTitle,
                position: (position + 1) * 1000, duration: 10 + 5 * random.below(6),
                presenter: random.pick(voters))
            item.state = .done
            item.spentSeconds = (item.duration ?? 20) * 60 - 300 + random.below(900)
            try store(item, Layout.agendaItem(session: session.id, item: item.id))
            items.append(item)
        }

        let polls = try polls(of: session, at: evening, topics: Array(items.dropFirst().dropLast()))
        try minutes(of: session, items: items, polls: polls, at: evening, newest: newest)
        return session
    }

    /// Six polls of every kind, the last a second round of the first, each closed with one
    /// ballot per voter, answered the way the `vote` command stores answers.
    mutating func polls(of session: Session, at evening: Int64, topics: [AgendaItem]) throws -> [Poll] {
        let first = topics[0]
        let second = topics[topics.count > 1 ? 1 : 0]
        typealias Question = (
            item: AgendaItem, kind: PollKind, question: String, options: [String], max: Int?
        )
        let questions: [Question] = [
            (first, .yesno, "Le conseil soutient-il le projet « \(first.title) » ?", [], nil),
            (second, .choice, "Quelle priorité pour « \(second.title) » ?", Text.priorities, nil),
            (second, .multi, "Quels publics viser en premier ?", Text.publics, 2),
            (first, .words, "En un ou deux mots, qu'attendez-vous de ce projet ?", [], 2),
            (first, .text, "Pourquoi ?", [], nil),
            (
                first, .yesno, "Après le débat : le conseil soutient-il le projet « \(first.title) » ?", [],
                nil
            ),
        ]
        var made: [Poll] = []
        let lean = 30 + random.below(50)  // percent of Oui in the first round
        for (index, question) in questions.enumerated() {
            let created = Timestamp(seconds: evening + 1800 + Int64(index) * 900)
            var poll = try Poll.make(
                id: Identifier.make(prefix: "q", at: created, random: &random), session: session.id,
                item: question.item.id, kind: question.kind, question: question.question,
                options: question.options,
                abstain: question.kind == .choice, maxAnswers: question.max, anonymous: false,
                hideResults: false,
                after: index == 5 ? made[0].id : nil, createdAt: created,
                createdBy: ArchiveGenerator.facilitator)
            try poll.open(at: Timestamp(seconds: evening + 1860 + Int64(index) * 900))
            try poll.close(at: Timestamp(seconds: evening + 2400 + Int64(index) * 900))
            try makeDirectories(root.absolute(Layout.ballotsFolder(session: session.id, poll: poll.id)))
            try store(poll, Layout.poll(session: session.id, poll: poll.id))
            for voter in voters {
                // Options by position, as every caller names them.
                let answers: [String]
                switch question.kind {
                case .yesno:
                    let yes = random.below(100) < (index == 5 ? lean + 15 : lean)
                    answers = try poll.answers(picking: [yes ? 0 : 1])
                case .choice:
                    answers = try poll.answers(picking: [random.below(poll.options.count)])
                case .multi:
                    answers = try poll.answers(
                        picking: (0..<(1 + random.below(2))).map { _ in random.below(poll.options.count) })
                case .words:
                    answers = try poll.resolveAnswers(
                        (0..<(1 + random.below(2))).map { _ in random.pick(Text.words) })
                case .text:
                    answers = try poll.resolveAnswers([
                        random.pick(Text.reasons) + " " + random.pick(Text.reasonEndings)
                    ])
                case .grades:
                    answers = try poll.answers(
                        grading: poll.options.map { _ in random.below(poll.scale.count) })
                }
                let at = Timestamp(
                    seconds: evening + 1860 + Int64(index) * 900 + 5 + Int64(random.below(500)))
                let ballot = Ballot(poll: poll.id, voter: voter, at: at, answers: answers)
                try store(ballot, Layout.ballot(session: session.id, poll: poll.id, key: voter))
            }
            made.append(poll)
        }
        return made
    }

    /// Notes, decisions and actions per agenda item; the minutes are adopted at the next session.
    mutating func minutes(
        of session: Session, items: [AgendaItem], polls: [Poll], at evening: Int64, newest: Bool
    )
        throws
    {
        var time = evening + 600
        for item in items {
            var entries: [(MinutesEntryKind, String, String?, CalendarDay?)] = [
                (.note, random.pick(Text.notes) + "\n" + random.pick(Text.notes), nil, nil)
            ]
            if polls.contains(where: { $0.item == item.id }) {
                entries.append(
                    (
                        .decision, "Le conseil rend un avis sur « \(item.title) » (voir les scrutins).", nil,
                        nil
                    ))
                let due = CalendarDay(daysSinceEpoch: session.date.daysSinceEpoch + 14 + random.below(60))
                entries.append((.action, random.pick(Text.actions), random.pick(voters), due))
            }
            for (kind, text, who, due) in entries {
                time += 60 + Int64(random.below(600))
                let at = Timestamp(seconds: time)
                let entry = MinutesEntry(
                    id: Identifier.make(prefix: "m", at: at, random: &random), session: session.id,
                    item: item.id,
                    kind: kind, text: text, who: who, due: due, at: at, by: ArchiveGenerator.secretary)
                try store(entry, Layout.minutesEntry(session: session.id, entry: entry.id))
            }
        }
        let adopted = Timestamp(seconds: evening + 30 * 86_400)
        let status =
            newest
            ? MinutesStatus()
            : MinutesStatus(state: .adopted, adoptedAt: adopted, adoptedBy: ArchiveGenerator.secretary)
        try store(status, Layout.minutesStatus(session: session.id))
    }

    /// One single-choice poll, open, with `plan.bigPollBallots` named ballots (`v00001`…).
    mutating func bigPollIn(_ session: Session) throws -> String {
        let evening = Int64(session.date.daysSinceEpoch) * 86_400 + 18 * 3600 + 30 * 60
        let created = Timestamp(seconds: evening + 7200)
        var poll = try Poll.make(
            id: Identifier.make(prefix: "q", at: created, random: &random), session: session.id, item: nil,
            kind: .choice, question: "Quel nom pour le futur tiers-lieu numérique ?",
            options: Text.placeNames,
            abstain: true, maxAnswers: nil, anonymous: false, hideResults: false, after: nil,
            createdAt: created,
            createdBy: ArchiveGenerator.facilitator)
        try poll.open(at: Timestamp(seconds: evening + 7260))
        try makeDirectories(root.absolute(Layout.ballotsFolder(session: session.id, poll: poll.id)))
        try store(poll, Layout.poll(session: session.id, poll: poll.id))
        for number in 1...plan.bigPollBallots {
            let voter = ArchiveGenerator.voterId(number)
            let at = Timestamp(seconds: evening + 7265 + Int64(random.below(86_400)))
            let ballot = Ballot(poll: poll.id, voter: voter, at: at, answers: [random.pick(poll.options)])
            try store(ballot, Layout.ballot(session: session.id, poll: poll.id, key: voter))
        }
        return poll.id
    }

    // MARK: Proposals

    /// A proposal filed at a session, then about ten events that follow the lifecycle: each
    /// is made by `ProposalRecord.change`, which refuses any move the lifecycle forbids.
    mutating func proposal(_ index: Int, sessions: [Session]) throws {
        let session = random.pick(sessions)
        var time = Int64(session.date.daysSinceEpoch) * 86_400 + 20 * 3600 + Int64(index) * 60
        let theme = random.pick(Text.themes)
        let created = Timestamp(seconds: time)
        let proposal = Proposal(
            id: Identifier.make(prefix: "p", at: created, random: &random),
            title: random.pick(Text.proposalTitles) + " — " + random.pick(Text.quarters),
            description: [random.pick(Text.notes), random.pick(Text.notes)], theme: theme,
            origin: "Séance du \(session.date)", owner: random.pick(voters), createdAt: created,
            createdBy: ArchiveGenerator.secretary)
        try makeDirectories(root.absolute(Layout.eventsFolder(proposal: proposal.id)))
        try store(proposal, Layout.proposal(proposal.id))

        var events = [
            ProposalEvent(
                id: Identifier.make(prefix: "e", at: created, random: &random), proposal: proposal.id,
                at: created,
                by: ArchiveGenerator.secretary, status: .submitted, progress: 0, note: "Proposition déposée")
        ]
        var record = ProposalRecord(proposal: proposal, events: events)
        let length = 8 + random.below(5)
        while events.count < length {
            time += Int64(7 + random.below(40)) * 86_400
            let at = Timestamp(seconds: time)
            let current = record.status
            var target = current
            var note = random.pick(Text.followUps)
            var progress: Int? = nil
            var review: CalendarDay? = nil
            // A move at one event in three, to the first (hopeful) way on more often than not.
            if !current.next.isEmpty && random.below(3) == 0 {
                target = random.below(2) == 0 ? current.next[0] : random.pick(current.next)
                note = "Passage à « \(target.name.fr) »"
                if target == .underStudy || target == .postponed {
                    review = CalendarDay(daysSinceEpoch: at.day.daysSinceEpoch + 60)
                }
                if target == .inProgress { progress = 10 }
            } else if current == .inProgress {
                progress = min(95, record.progress + 5 + random.below(20))
            }
            let event = try record.change(
                to: target, note: note, progress: progress, review: review, session: nil,
                eventId: Identifier.make(prefix: "e", at: at, random: &random), at: at,
                by: ArchiveGenerator.secretary)
            events.append(event)
            record = ProposalRecord(proposal: proposal, events: events)
        }
        for event in events {
            try store(event, Layout.proposalEvent(proposal: proposal.id, event: event.id))
        }
    }

    // MARK: Files

    /// Writes a record in the store's own encoding, but without the temporary file and the
    /// fsyncs of `DurableFile`: a freshly generated archive holds nothing that a crash could
    /// lose (run the command again), and skipping ~50,000 fsyncs turns minutes into seconds.
    /// `relative` is a path that `Layout` built: the archive holds records only.
    mutating func store(_ record: some Record, _ relative: String) throws {
        guard Layout.kind(of: relative) != nil else {
            throw ConseilError(
                fr: "chemin hors du plan du dossier de données : \(relative)",
                en: "path outside the data root's layout: \(relative)")
        }
        let path = root.absolute(relative)
        let bytes = try RecordCodec.encode(record)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw DurableFile.failure("create", path) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw DurableFile.failure("write", path)
            }
            offset += written
        }
        files += 1
    }

    /// `mkdir -p`, without the fsyncs of `DurableFile.makeDirectories` (same reason as `write`).
    func makeDirectories(_ path: String) throws {
        if isDirectory(path) { return }
        let up = parent(of: path)
        if up != path && !up.isEmpty { try makeDirectories(up) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw DurableFile.failure("mkdir", path) }
    }

    func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// The words the archive is made of: plausible for a French local digital council.
private enum Text {
    static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ]
    static let firstNames = [
        "Léa", "Hugo", "Nadia", "Karim", "Sophie", "Élodie", "Mathieu", "Aïcha", "Louis", "Chloé", "Thomas",
        "Inès", "Julien", "Manon", "Pierre", "Sarah", "Nicolas", "Fatou", "Gaëlle", "Romain", "Lucie",
        "Malik",
    ]
    static let lastNames = [
        "Martin", "Bernard", "Moreau", "Petit", "Durand", "Leroy", "Garnier", "Roux", "Fournier", "Girard",
        "Bonnet", "Lambert", "Fontaine", "Rousseau", "Muller", "Lefèvre", "Faure", "Kerjean", "Guillou",
        "Tanguy",
    ]
    static let places = [
        "Salle du conseil, mairie", "Médiathèque", "Tiers-lieu La Fabrique", "Maison des associations",
    ]
    static let topics = [
        "Fibre optique dans les hameaux", "Accompagnement numérique des seniors",
        "Wifi public à la médiathèque",
        "Site web de la commune", "Logiciels libres à l'école", "Données ouvertes de la commune",
        "Cybersécurité des associations", "Budget participatif numérique",
        "Permanences d'inclusion numérique",
        "Fablab et réparation d'ordinateurs", "Démarches en ligne à la mairie", "Sobriété numérique",
    ]
    static let priorities = ["Cette année", "L'an prochain", "Plus tard"]
    static let publics = ["Seniors", "Jeunes", "Demandeurs d'emploi", "Associations", "Commerçants"]
    static let placeNames = ["La Fabrique", "Le Phare", "L'Atelier", "La Ruche"]
    /// Spellings that the word cloud groups: "Formation", "formations", "la formation"…
    static let words = [
        "Formation", "formations", "la formation", "« formation »", "Accès", "accès pour tous", "Lien social",
        "lien social", "Confiance", "Sobriété", "Inclusion", "inclusion", "Entraide", "Transparence", "Fibre",
        "Simplicité",
    ]
    static let reasons = [
        "Parce que beaucoup d'habitants restent sans accompagnement", "Parce que le coût reste raisonnable",
        "Parce que d'autres communes l'ont fait avec succès", "Parce que les associations le demandent",
        "Parce que le projet manque encore de précision", "Parce que le calendrier est trop serré",
    ]
    static let reasonEndings = [
        "et que la commune doit montrer l'exemple.", "mais il faudra un suivi régulier.",
        "et que les jeunes peuvent aider.", "même si le budget est limité.",
    ]
    static let notes = [
        "Présentation du contexte et des chiffres de l'année.", "Échange avec les habitants présents.",
        "Le groupe de travail rend compte de ses rencontres.",
        "Plusieurs membres soulignent le besoin de formation.",
        "Le devis de l'entreprise est jugé trop élevé.", "La médiathèque propose d'accueillir les ateliers.",
        "Un partenariat avec le collège est envisagé.", "Les retours des usagers sont plutôt positifs.",
    ]
    static let actions = [
        "Préparer un budget détaillé", "Contacter les associations du quartier",
        "Rédiger un appel à bénévoles",
        "Demander trois devis", "Organiser une réunion publique", "Publier le compte rendu sur le site",
    ]
    static let themes = [
        "Inclusion", "Infrastructures", "Éducation", "Démocratie locale", "Environnement", "Services",
    ]
    static let proposalTitles = [
        "Créer un atelier numérique hebdomadaire", "Installer un point wifi au marché",
        "Publier un annuaire des aidants numériques", "Ouvrir une permanence numérique en mairie",
        "Prêter des ordinateurs reconditionnés", "Ouvrir un portail de données ouvertes",
        "Former les élus aux outils numériques", "Lancer un repair café informatique",
        "Équiper l'EHPAD de tablettes", "Passer les postes de la mairie aux logiciels libres",
    ]
    static let quarters = ["Le Bourg", "Kerhouant", "Les Trois Chênes", "Pont-Menou", "toute la commune"]
    static let followUps = [
        "Point d'étape en séance", "Rencontre avec les partenaires", "Devis reçu", "Relance du responsable",
        "Compte rendu du groupe de travail", "Ajout au budget à l'étude",
    ]
}

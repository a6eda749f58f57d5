import ConseilCore
import ConseilTUI
import Foundation

@testable import ConseilStore

/// A small council written through the store's public API into a fresh temporary folder:
/// a session with three agenda items (one done over time, one running, one to come), a
/// yes/no poll with 34 ballots (15 Oui, 19 Non → 44,12 % / 55,88 %), a word poll, and three
/// proposals, one with a long history. The clock is fixed; the folder goes with the object.
final class CouncilFixture: Sendable {
    /// 2017-11-17T09:30:00Z: the fixed "now" of every test.
    static let now = Timestamp(seconds: 1_510_911_000)
    static let day = CalendarDay("2017-11-17")!

    static let councilName = "Conseil local du numérique de Rennes"
    static let yesNoPoll = "p-tiers-lieu"
    static let yesNoQuestion = "Faut-il ouvrir un tiers-lieu numérique au centre social ?"
    static let wordsPoll = "p-un-mot"
    static let wordsQuestion = "Un mot pour le numérique de demain ?"
    /// The proposal with the long history (adopted, then in progress at 40 %).
    static let seniors = "ateliers-seniors"
    static let wifi = "wifi-marche"
    static let fablab = "fablab-mediatheque"
    static let runningItem = "i2-quartiers"
    /// Members who have not voted yet in the yes/no poll (the first 34 have).
    static let freshVoters = ["m35", "m36"]

    let base: URL
    let root: DataRoot
    let session: String

    init() throws {
        base = FileManager.default.temporaryDirectory
            .appendingPathComponent("conseil-tui-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let now = Self.now
        func at(minutes: Int64) -> Timestamp { Timestamp(milliseconds: now.milliseconds + minutes * 60_000) }

        var members = [
            Member(id: "anne", name: "Anne Animatrice", role: .facilitator),
            Member(id: "sam", name: "Samuel Secrétaire", role: .secretary),
            Member(id: "marc", name: "Marc Membre", role: .member),
        ]
        let voters = (1...36).map { $0 < 10 ? "m0\($0)" : "m\($0)" }
        members += voters.map { Member(id: $0, name: "Votant \($0.dropFirst())", role: .member) }
        let root = try DataRoot.create(
            at: base.appendingPathComponent("conseil").path,
            council: Council(name: Self.councilName, commune: "Rennes", members: members))
        self.root = root

        let session = try UseCases(root: root, actor: .administrator, now: at(minutes: -600)).createSession(
            title: "Séminaire numérique", date: Self.day, place: "Rennes")
        self.session = session.id

        for id in ["anne", "sam", "marc"] + voters.prefix(20) {
            try root.save(
                Attendance(member: id, status: .present, at: at(minutes: -30), by: "sam"), session: session.id
            )
        }
        try root.save(
            Attendance(member: "m21", status: .excused, at: at(minutes: -30), by: "sam"), session: session.id)

        // The agenda: the welcome took 12 min of its 10, the main item runs since 09:10.
        var welcome = AgendaItem(
            id: "i1-accueil", session: session.id, title: "Accueil et tour de table", position: 1,
            duration: 10,
            presenter: "anne")
        welcome.start(at: at(minutes: -32))
        welcome.finish(at: at(minutes: -20))
        try root.save(welcome)
        var main = AgendaItem(
            id: Self.runningItem, session: session.id, title: "Le numérique dans nos quartiers", position: 2,
            duration: 45, presenter: "sam")
        main.start(at: at(minutes: -20))
        try root.save(main)
        try root.save(
            AgendaItem(
                id: "i3-divers", session: session.id, title: "Questions diverses", position: 3, duration: 15,
                presenter: nil))

        // The yes/no poll: 34 ballots, 15 Oui and 19 Non.
        var yesNo = try Poll.make(
            id: Self.yesNoPoll, session: session.id, item: Self.runningItem, kind: .yesno,
            question: Self.yesNoQuestion,
            options: [], abstain: false, maxAnswers: nil, anonymous: false, hideResults: false, after: nil,
            createdAt: at(minutes: -15), createdBy: "anne")
        try yesNo.open(at: at(minutes: -10))
        try root.save(yesNo)
        for (index, voter) in voters.prefix(34).enumerated() {
            try root.castBallot(
                poll: yesNo, member: voter, answers: [index < 15 ? "Oui" : "Non"], at: at(minutes: -5))
        }

        // The word poll: two answers each, spelt in different ways.
        var words = try Poll.make(
            id: Self.wordsPoll, session: session.id, item: Self.runningItem, kind: .words,
            question: Self.wordsQuestion,
            options: [], abstain: false, maxAnswers: 2, anonymous: false, hideResults: false, after: nil,
            createdAt: at(minutes: -14), createdBy: "anne")
        try words.open(at: at(minutes: -8))
        try root.save(words)
        let answers: [[String]] = [
            ["Partage", "Entraide"], ["partage", "Écologie"], ["Partagé", "entraide"],
            ["Accessibilité", "Partage"],
            ["Écologie", "Sobriété"], ["Entraide"], ["Accessibilite", "logiciels libres"], ["Partage"],
        ]
        for (index, answer) in answers.enumerated() {
            try root.castBallot(poll: words, member: voters[index], answers: answer, at: at(minutes: -4))
        }

        // Proposals: one with a long history, one under study, one rejected (a final status).
        try root.save(
            Proposal(
                id: Self.seniors, title: "Ateliers numériques pour les seniors",
                description: ["Des ateliers hebdomadaires à la médiathèque,", "animés par des bénévoles."],
                theme: "Inclusion", origin: "Séance du 12 septembre 2017", owner: "sam",
                createdAt: Timestamp(iso8601: "2017-09-12T18:00:00Z")!, createdBy: "sam"))
        let history: [(String, String, ProposalStatus, Int?, String?)] = [
            ("e1", "2017-09-12T18:05:00Z", .underStudy, nil, "Étude confiée à Samuel"),
            ("e2", "2017-10-03T18:30:00Z", .adopted, nil, "Adoptée à l'unanimité"),
            ("e3", "2017-11-07T18:10:00Z", .inProgress, 40, "Deux ateliers ont eu lieu"),
        ]
        for (id, time, status, progress, note) in history {
            try root.append(
                ProposalEvent(
                    id: id, proposal: Self.seniors, at: Timestamp(iso8601: time)!, by: "sam", status: status,
                    progress: progress, note: note))
        }
        try root.save(
            Proposal(
                id: Self.wifi, title: "Wi-Fi public au marché des Lices", description: [],
                theme: "Équipement",
                origin: nil, owner: "marc", createdAt: Timestamp(iso8601: "2017-10-03T19:00:00Z")!,
                createdBy: "marc"))
        try root.append(
            ProposalEvent(
                id: "e1", proposal: Self.wifi, at: Timestamp(iso8601: "2017-10-03T19:05:00Z")!, by: "sam",
                status: .underStudy))
        try root.save(
            Proposal(
                id: Self.fablab, title: "Fablab à la médiathèque", description: [], theme: "Culture",
                origin: nil,
                owner: nil, createdAt: Timestamp(iso8601: "2017-06-20T18:00:00Z")!, createdBy: "anne"))
        try root.append(
            ProposalEvent(
                id: "e1", proposal: Self.fablab, at: Timestamp(iso8601: "2017-06-20T18:05:00Z")!, by: "sam",
                status: .underStudy))
        try root.append(
            ProposalEvent(
                id: "e2", proposal: Self.fablab, at: Timestamp(iso8601: "2017-07-04T18:30:00Z")!, by: "sam",
                status: .rejected, note: "Pas de local disponible"))
    }

    deinit { try? FileManager.default.removeItem(at: base) }

    func snapshot() throws -> Snapshot { try Snapshot.load(from: root, session: nil, today: Self.day) }

    /// Loaded once and shared by the view and update tests (they never write).
    static let shared: Snapshot = {
        do {
            return try CouncilFixture().snapshot()
        } catch {
            fatalError("fixture: \(error)")
        }
    }()
}

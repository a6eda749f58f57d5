import ArgumentParser
import ConseilCore
import ConseilStore

struct ProposalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proposal", abstract: "Le registre des propositions et leur suivi.",
        subcommands: [Add.self, Status.self, List.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Dépose une proposition et affiche son identifiant (secrétariat).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Titre.") var title: String
        @Option(help: "Thème.") var theme: String?
        @Option(help: "Origine : un rapport, une séance, un membre.") var origin: String?
        @Option(help: "Membre responsable du suivi.") var owner: String?
        @Option(help: "Description (les sauts de ligne sont gardés).") var description: String?
        @Option(help: "Prochaine revue, AAAA-MM-JJ.") var review: String?

        func run() throws {
            try runCommand(global) { context in
                let council = try context.root.requireCouncil()
                let actor = try context.require(
                    .secretary, in: council,
                    to: Localized(fr: "déposer une proposition", en: "adding a proposal"))
                let title = WordNormaliser.tidy(title)
                guard !title.isEmpty, title.count <= 300 else {
                    throw ConseilError(
                        fr: "--title doit faire de 1 à 300 caractères",
                        en: "--title must be 1 to 300 characters")
                }
                if let owner { _ = try council.requireMember(owner) }
                let reviewDay = try review.map {
                    try CalendarDay.parse($0, what: Localized(fr: "--review", en: "--review"))
                }
                if let description, description.count > MinutesEntry.maxLength {
                    throw ConseilError(fr: "description trop longue", en: "description too long")
                }
                let id = context.newId(prefix: "p")
                let proposal = Proposal(
                    id: id, title: title,
                    description: description.map {
                        $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    } ?? [],
                    theme: theme.map(WordNormaliser.tidy), origin: origin.map(WordNormaliser.tidy),
                    owner: owner,
                    createdAt: context.now, createdBy: actor.id)
                try context.root.save(proposal)
                try context.root.append(
                    ProposalEvent(
                        id: context.newId(prefix: "e"), proposal: id, at: context.now, by: actor.id,
                        status: .submitted,
                        progress: 0, note: context.t("Proposition déposée", "Proposal submitted"),
                        review: reviewDay))
                print(
                    context.t(
                        "Proposition déposée : \(InertText.make(title))",
                        "Proposal submitted: \(InertText.make(title))"))
                print(id)
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change le statut d'une proposition, ou note un suivi (secrétariat).",
            discussion:
                "Statuts : deposee, a-l-etude, adoptee, rejetee, reportee, en-cours, realisee, abandonnee.")
        @OptionGroup var global: GlobalOptions
        @Argument var id: String
        @Argument(help: "Le nouveau statut (adoptée, en cours, … sont acceptés).") var status: String
        @Option(help: "Une note pour l'historique.") var note: String?
        @Option(help: "Avancement en %.") var progress: Int?
        @Option(help: "Prochaine revue, AAAA-MM-JJ.") var review: String?
        @Option(help: "La séance où la décision a été prise.") var session: String?

        func run() throws {
            try runCommand(global) { context in
                let council = try context.root.requireCouncil()
                let actor = try context.require(
                    .secretary, in: council, to: Localized(fr: "changer un statut", en: "changing a status"))
                let target = try ProposalStatus.parse(status)
                let reviewDay = try review.map {
                    try CalendarDay.parse($0, what: Localized(fr: "--review", en: "--review"))
                }
                if let session { _ = try context.root.session(session) }
                if let note, note.count > MinutesEntry.maxLength {
                    throw ConseilError(fr: "note trop longue", en: "note too long")
                }
                let (record, problems) = try context.root.proposal(id)
                guard problems.isEmpty else {
                    context.warn(problems)
                    throw ConseilError(
                        fr:
                            "l'historique de \(record.proposal.id) a des fichiers illisibles : réparez-les avant tout changement de statut",
                        en:
                            "the history of \(record.proposal.id) has unreadable files: repair them before changing its status"
                    )
                }
                let event = try record.change(
                    to: target, note: note, progress: progress, review: reviewDay, session: session,
                    eventId: context.newId(prefix: "e"), at: context.now, by: actor.id)
                try context.root.append(event)
                let updated = ProposalRecord(proposal: record.proposal, events: record.history + [event])
                print(
                    "\(InertText.make(record.proposal.title)) : \(updated.status.name.text(context.language)) (\(updated.progress) %)"
                )
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste les propositions, filtrées par statut, thème ou responsable.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Un statut.") var status: String?
        @Option(help: "Un thème (casse et accents ignorés).") var theme: String?
        @Option(help: "Un membre responsable.") var owner: String?
        @Option(help: "Un mot à chercher dans le titre et la description.") var search: String?
        @Flag(help: "Sortie JSON.") var json = false

        func run() throws {
            try runCommand(global) { context in
                _ = try context.root.requireCouncil()
                let wanted = try status.map(ProposalStatus.parse)
                let loaded = context.root.proposals()
                context.warn(loaded.problems)
                let themeKey = theme.map(TextFolding.foldAccentsAndCase)
                let searchKey = search.map(TextFolding.foldAccentsAndCase)
                let records = loaded.values.filter { record in
                    (wanted == nil || record.status == wanted)
                        && (themeKey == nil
                            || record.proposal.theme.map(TextFolding.foldAccentsAndCase) == themeKey)
                        && (owner == nil || record.proposal.owner == owner)
                        && (searchKey.map { key in
                            TextFolding.foldAccentsAndCase(
                                record.proposal.title + " "
                                    + record.proposal.description.joined(separator: " ")
                            )
                            .contains(key)
                        } ?? true)
                }
                if json {
                    return try Console.json(
                        records.map { ProposalJSON($0, language: context.language, withHistory: false) })
                }
                if records.isEmpty { print(context.t("Aucune proposition.", "No proposals.")) }
                for record in records {
                    print(
                        "\(record.proposal.id)\t\(record.status.name.text(context.language))\t\(record.progress) %\t\(InertText.make(record.proposal.theme ?? "—"))\t\(InertText.make(record.proposal.title))"
                    )
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Montre une proposition et tout son historique.")
        @OptionGroup var global: GlobalOptions
        @Argument var id: String
        @Flag(help: "Sortie JSON.") var json = false

        func run() throws {
            try runCommand(global) { context in
                let council = try context.root.requireCouncil()
                let (record, problems) = try context.root.proposal(id)
                context.warn(problems)
                if json {
                    return try Console.json(
                        ProposalJSON(record, language: context.language, withHistory: true))
                }
                let t = context.t
                let proposal = record.proposal
                print(InertText.make(proposal.title))
                for line in proposal.description { print("  " + InertText.make(line)) }
                print(
                    t("Statut : ", "Status: ") + record.status.name.text(context.language)
                        + " — \(record.progress) %")
                if let theme = proposal.theme { print(t("Thème : ", "Theme: ") + InertText.make(theme)) }
                if let origin = proposal.origin {
                    print(t("Origine : ", "Origin: ") + InertText.make(origin))
                }
                if let owner = proposal.owner {
                    print(
                        t("Responsable : ", "Owner: ") + InertText.make(council.member(owner)?.name ?? owner))
                }
                if let review = record.nextReview {
                    print(
                        t("Prochaine revue : ", "Next review: ") + DateFormat.long(review, context.language))
                }
                print("")
                print(t("Historique :", "History:"))
                for event in record.history {
                    var line =
                        "  \(DateFormat.long(event.at.day, context.language))  \(event.status.name.text(context.language))"
                    if let progress = event.progress, event.status == .inProgress {
                        line += " (\(progress) %)"
                    }
                    line += " — " + InertText.make(council.member(event.by)?.name ?? event.by)
                    if let note = event.note { line += " : " + InertText.make(note) }
                    print(line)
                }
            }
        }
    }
}

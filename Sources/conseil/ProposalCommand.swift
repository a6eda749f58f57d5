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
                let useCases = try context.useCases()
                let reviewDay = try review.map {
                    try CalendarDay.parse($0, what: Localized(fr: "--review", en: "--review"))
                }
                let proposal = try useCases.addProposal(
                    ProposalDraft(
                        title: title, description: description, theme: theme, origin: origin, owner: owner,
                        review: reviewDay),
                    note: context.t("Proposition déposée", "Proposal submitted"))
                let (id, title) = (proposal.id, proposal.title)
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
                let useCases = try context.useCases()
                let target = try ProposalStatus.parse(status)
                let reviewDay = try review.map {
                    try CalendarDay.parse($0, what: Localized(fr: "--review", en: "--review"))
                }
                let updated = try useCases.changeStatus(
                    of: id,
                    StatusChange(
                        status: target, note: note, progress: progress, review: reviewDay, session: session))
                let record = updated
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
                for line in ProposalText(language: context.language).lines(record, council: council) {
                    print(line)
                }
            }
        }
    }
}

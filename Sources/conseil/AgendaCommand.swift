import ArgumentParser
import ConseilCore
import ConseilStore

struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: "L'ordre du jour d'une séance.",
        subcommands: [Add.self, Edit.self, Delete.self, List.self, Start.self, Finish.self])

    static func line(_ item: AgendaItem, _ context: Context) -> String {
        let planned = item.duration.map { DateFormat.minutes($0) } ?? "—"
        let spent = DateFormat.timer(seconds: item.spent(at: context.now))
        return
            "\(item.id)\t\(item.state.name.text(context.language))\t\(planned)\t\(spent)\t\(InertText.make(item.title))"
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ajoute un point et affiche son identifiant (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Argument var title: String
        @Option(help: "Durée prévue en minutes.") var duration: Int?
        @Option(help: "Membre qui présente.") var presenter: String?

        func run() throws {
            try runCommand(global) { context in
                let item = try context.useCases().addAgendaItem(
                    session: session, title: title, duration: duration, presenter: presenter)
                // Items left out of the agenda (unreadable, out of range) do not place the new one.
                context.warn(context.root.agenda(session: item.session).problems)
                let title = item.title
                print(
                    context.t(
                        "Point ajouté : \(InertText.make(title))", "Item added: \(InertText.make(title))"))
                print(item.id)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liste les points d'une séance.")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Flag(help: "Sortie JSON.") var json = false

        func run() throws {
            try runCommand(global) { context in
                _ = try context.root.requireCouncil()
                let session = try context.root.session(session)
                let items = context.root.agenda(session: session.id)
                context.warn(items.problems)
                if json {
                    return try Console.json(
                        items.values.map { AgendaItemJSON($0, now: context.now, language: context.language) })
                }
                if items.values.isEmpty { print(context.t("Ordre du jour vide.", "Empty agenda.")) }
                for item in items.values { print(AgendaCommand.line(item, context)) }
            }
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Commence un point : son minuteur démarre (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var item: String

        func run() throws {
            try runCommand(global) { context in
                print(AgendaCommand.line(try context.useCases().startAgendaItem(item), context))
            }
        }
    }

    struct Finish: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Termine un point : le temps passé est noté (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var item: String

        func run() throws {
            try runCommand(global) { context in
                print(AgendaCommand.line(try context.useCases().finishAgendaItem(item), context))
            }
        }
    }
}

import ArgumentParser
import ConseilCore
import ConseilStore

struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes", abstract: "Le compte rendu d'une séance.",
        subcommands: [Add.self, Delete.self, Adopt.self, Export.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ajoute une note, une décision ou une action au compte rendu (secrétariat).")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Option(help: "Le point de l'ordre du jour.") var item: String?
        @Option(help: "Une note.") var note: String?
        @Option(help: "Une décision.") var decision: String?
        @Option(help: "Une action.") var action: String?
        @Option(help: "Qui fait l'action (un membre).") var who: String?
        @Option(help: "Échéance de l'action, AAAA-MM-JJ.") var due: String?
        @Option(help: "Le scrutin qui a porté la décision.") var poll: String?

        func run() throws {
            try runCommand(global) { context in
                let useCases = try context.useCases()
                let given = [(MinutesEntryKind.note, note), (.decision, decision), (.action, action)].filter {
                    $0.1 != nil
                }
                guard given.count == 1, let (kind, text) = given.first, let text else {
                    throw ConseilError(
                        fr: "donnez exactement un de --note, --decision ou --action",
                        en: "give exactly one of --note, --decision or --action")
                }
                guard kind == .action || (who == nil && due == nil) else {
                    throw ConseilError(
                        fr: "--who et --due ne valent que pour --action",
                        en: "--who and --due only apply to --action")
                }
                let dueDay = try due.map {
                    try CalendarDay.parse($0, what: Localized(fr: "--due", en: "--due"))
                }
                let entry = try useCases.saveMinutesEntry(
                    MinutesDraftEntry(
                        session: session, item: item, kind: kind, text: text, who: who, due: dueDay,
                        poll: poll))
                print(
                    context.t(
                        "\(kind.name.fr) ajoutée au compte rendu", "\(kind.name.en) added to the minutes"))
                print(entry.id)
            }
        }
    }

    struct Adopt: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Marque le compte rendu comme adopté (secrétariat).")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Option(help: "La séance suivante, où le procès-verbal est arrêté.") var at: String?

        func run() throws {
            try runCommand(global) { context in
                let useCases = try context.useCases()
                let session = try context.root.session(session)
                _ = try useCases.adoptMinutes(session: session.id, at: at)
                print(
                    context.t(
                        "Compte rendu adopté : \(InertText.make(session.title))",
                        "Minutes adopted: \(InertText.make(session.title))"))
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exporte le procès-verbal (Markdown, HTML imprimable) ou la liste des délibérations.")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Option(help: "md, html ou deliberations.") var format: String = "md"

        func run() throws {
            try runCommand(global) { context in
                let council = try context.root.requireCouncil()
                let language = context.language
                let render: (MinutesDocument) -> String
                switch format {
                case "md": render = ProcesVerbalMarkdown(language: language).render
                case "html": render = ProcesVerbalHTML(language: language).render
                case "deliberations": render = DeliberationList(language: language).render
                default:
                    throw ConseilError(
                        fr:
                            "format inconnu : « \(InertText.make(format)) » ; choisissez md, html ou deliberations",
                        en: "unknown format: “\(InertText.make(format))”; choose md, html or deliberations")
                }
                Console.write(
                    render(try MinutesCommand.document(session, council: council, context: context)))
            }
        }
    }

    /// Gathers everything the minutes show, warning about files that could not be read.
    static func document(_ id: String, council: Council, context: Context) throws -> MinutesDocument {
        let root = context.root
        let session = try root.session(id)
        let attendance = root.attendance(session: session.id)
        let items = root.agenda(session: session.id)
        let entries = root.minutesEntries(session: session.id)
        let polls = root.polls(session: session.id)
        var problems = attendance.problems + items.problems + entries.problems + polls.problems
        let results = polls.values.map { poll in
            let (results, skipped) = root.results(of: poll)
            problems += skipped
            return results
        }
        context.warn(problems)
        let status = try root.minutesStatus(session: session.id)
        var document = MinutesDocument(
            council: council, session: session, status: status, attendance: attendance.values,
            items: items.values, entries: entries.values, polls: results)
        document.adoptedIn = status.adoptedIn.flatMap { try? root.session($0) }
        return document
    }
}

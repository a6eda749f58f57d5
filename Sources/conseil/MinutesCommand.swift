import ArgumentParser
import ConseilCore
import ConseilStore

struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes", abstract: "Le compte rendu d'une séance.",
        subcommands: [Add.self, Adopt.self, Export.self])

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

        func run() throws {
            try runCommand(global) { context in
                let council = try context.root.requireCouncil()
                let actor = try context.require(
                    .secretary, in: council,
                    to: Localized(fr: "rédiger le compte rendu", en: "writing the minutes"))
                let session = try context.root.session(session)
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
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty, trimmed.count <= MinutesEntry.maxLength else {
                    throw ConseilError(
                        fr: "le texte doit faire de 1 à \(MinutesEntry.maxLength) caractères",
                        en: "the text must be 1 to \(MinutesEntry.maxLength) characters")
                }
                if let item {
                    let found = try context.root.agendaItem(item)
                    guard found.session == session.id else {
                        throw ConseilError(
                            fr: "le point \(item) n'est pas dans la séance \(session.id)",
                            en: "item \(item) is not in session \(session.id)")
                    }
                }
                if let who { _ = try council.requireMember(who) }
                let dueDay = try due.map {
                    try CalendarDay.parse($0, what: Localized(fr: "--due", en: "--due"))
                }
                guard try context.root.minutesStatus(session: session.id).state == .draft else {
                    throw ConseilError(
                        fr: "le compte rendu de cette séance est adopté : il ne se modifie plus",
                        en: "the minutes of this session are adopted: they can no longer change")
                }
                let entry = MinutesEntry(
                    id: context.newId(prefix: "m"), session: session.id, item: item, kind: kind,
                    text: trimmed, who: who,
                    due: dueDay, at: context.now, by: actor.id)
                try context.root.save(entry)
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

        func run() throws {
            try runCommand(global) { context in
                let council = try context.root.requireCouncil()
                let actor = try context.require(
                    .secretary, in: council,
                    to: Localized(fr: "adopter un compte rendu", en: "adopting minutes"))
                let session = try context.root.session(session)
                guard try context.root.minutesStatus(session: session.id).state == .draft else {
                    throw ConseilError(
                        fr: "ce compte rendu est déjà adopté", en: "these minutes are already adopted")
                }
                try context.root.save(
                    MinutesStatus(state: .adopted, adoptedAt: context.now, adoptedBy: actor.id),
                    session: session.id)
                print(
                    context.t(
                        "Compte rendu adopté : \(InertText.make(session.title))",
                        "Minutes adopted: \(InertText.make(session.title))"))
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exporte le compte rendu en Markdown ou en HTML imprimable.")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Option(help: "md ou html.") var format: String = "md"

        func run() throws {
            try runCommand(global) { context in
                let council = try context.root.requireCouncil()
                guard format == "md" || format == "html" else {
                    throw ConseilError(
                        fr: "format inconnu : choisissez md ou html", en: "unknown format: choose md or html")
                }
                let document = try MinutesCommand.document(session, council: council, context: context)
                Console.write(
                    format == "md"
                        ? MinutesMarkdown(language: context.language).render(document)
                        : MinutesHTML(language: context.language).render(document))
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
        return MinutesDocument(
            council: council, session: session, status: try root.minutesStatus(session: session.id),
            attendance: attendance.values, items: items.values, entries: entries.values, polls: results)
    }
}

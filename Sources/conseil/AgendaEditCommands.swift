import ArgumentParser
import ConseilCore
import ConseilStore

// The command twins of the interface's `e` and `D` on the agenda.
extension AgendaCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Modifie un point : titre, durée, qui le présente (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var item: String
        @Option(help: "Le nouveau titre.") var title: String?
        @Option(help: "Durée prévue en minutes.") var duration: Int?
        @Option(help: "Membre qui présente ; \"\" pour personne.") var presenter: String?

        func run() throws {
            try runCommand(global) { context in
                let useCases = try context.useCases()
                let current = try context.root.agendaItem(item)
                let named = presenter.map(\.trimmingASCIISpaces)
                try useCases.updateAgendaItem(
                    current.id, title: title ?? current.title, duration: duration ?? current.duration,
                    presenter: named.map { $0.isEmpty ? nil : $0 } ?? current.presenter)
                print(AgendaCommand.line(try context.root.agendaItem(current.id), context))
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Supprime un point pas encore abordé, sans scrutin ni note (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var item: String

        func run() throws {
            try runCommand(global) { context in
                let removed = try context.useCases().deleteAgendaItem(item)
                print(
                    context.t(
                        "Point supprimé : \(InertText.make(removed.title))",
                        "Item deleted: \(InertText.make(removed.title))"))
            }
        }
    }
}

import ArgumentParser
import ConseilCore
import ConseilStore

// The command twin of the interface's `D` on a minutes entry.
extension MinutesCommand {
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Supprime une note, une décision ou une action du compte rendu (secrétariat).")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Argument var entry: String

        func run() throws {
            try runCommand(global) { context in
                let removed = try context.useCases().deleteMinutesEntry(session: session, entry: entry)
                print(
                    context.t(
                        "\(removed.kind.name.fr) supprimée du compte rendu",
                        "\(removed.kind.name.en) deleted from the minutes"))
            }
        }
    }
}

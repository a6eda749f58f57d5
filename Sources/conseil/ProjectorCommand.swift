import ArgumentParser
import ConseilCore

/// The projector alone, for a second terminal on the wall: read-only, refreshed as ballots
/// arrive, following the open poll of the session unless one is named.
struct ProjectorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projector",
        abstract: "Le mode projecteur seul, pour un second terminal (lecture seule).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Le scrutin à projeter ; sans lui, le scrutin ouvert de la séance.") var poll: String?
    @Option(help: "Taille sans terminal, LARGEURxHAUTEUR (avec --dump).") var size: String = "80x24"
    @Option(help: "Touches à jouer (comme « conseil tui --keys »).") var keys: String = ""
    @Flag(help: "Sans terminal : joue les touches puis affiche l'écran final en texte.") var dump = false

    func run() throws {
        try TuiCommand.launch(global, size: size, keys: keys, dump: dump, wall: .some(poll))
    }
}

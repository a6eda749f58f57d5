import ArgumentParser
import Foundation

@main
struct Conseil: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conseil",
        abstract:
            "Les séances d'un conseil local du numérique : ordre du jour, scrutins, compte rendu, propositions.",
        discussion: """
            Sans sous-commande, ouvre l'interface plein écran (ou affiche cette aide hors d'un terminal). Données : --data DOSSIER, ou CONSEIL_DATA, sinon ./Sessions.
            Identité : --member ID, ou CONSEIL_MEMBER, sinon $USER s'il est membre, sinon l'administrateur local.
            """,
        subcommands: [
            InitCommand.self, CouncilCommand.self, MemberCommand.self, SessionCommand.self,
            AgendaCommand.self, PollCommand.self,
            VoteCommand.self, ProposalCommand.self, MinutesCommand.self, CheckCommand.self, SyncCommand.self,
            OverviewCommand.self, TuiCommand.self, ProjectorCommand.self, ServeCommand.self,
            DemoCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions
    @Flag(help: TuiCommand.plainHelp) var plain = false
    // No --theme here: the root's options are also parsed after a subcommand, and
    // `proposal add --theme` names a proposal's theme; the palette is `conseil tui --theme`.

    /// The entry point: inside a forced-command SSH session (`SSH_ORIGINAL_COMMAND` set, or
    /// `--restricted`), the client's command is parsed, checked against the table of rights and
    /// given the forced command's member and data root, or refused (RestrictedSession);
    /// otherwise the command line is parsed as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        switch RestrictedSession.plan(arguments: arguments, environment: ProcessInfo.processInfo.environment)
        {
        case .unrestricted: main(arguments)
        case .run(var command):
            RestrictedSession.hardenEnvironment()
            do { try command.run() } catch { exit(withError: error) }
        case .help(let text): print(text)
        case .refuse(let message):
            Console.error(message)
            Foundation.exit(1)
        }
    }

    /// Without a subcommand: the interface on a terminal, the help otherwise (a pipe, a script).
    func run() throws {
        try TuiCommand.launch(global, plain: plain, theme: nil)
    }
}

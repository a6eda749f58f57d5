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
            InitCommand.self, MemberCommand.self, SessionCommand.self, AgendaCommand.self, PollCommand.self,
            VoteCommand.self, ProposalCommand.self, MinutesCommand.self, CheckCommand.self, SyncCommand.self,
            OverviewCommand.self, TuiCommand.self,
            DemoCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    /// The entry point: inside a forced-command SSH session (`SSH_ORIGINAL_COMMAND` set, or
    /// `--restricted`), the command line is rebuilt from the client's command and the fixed
    /// member, or refused (RestrictedSession); otherwise it is parsed as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let plan = RestrictedSession.plan(
            arguments: arguments, environment: ProcessInfo.processInfo.environment,
            isTerminal: isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0)
        switch plan {
        case .unrestricted: main(arguments)
        case .run(let rebuilt):
            RestrictedSession.hardenEnvironment()
            main(rebuilt)
        case .help(let text): print(text)
        case .refuse(let message):
            Console.error(message)
            Foundation.exit(1)
        }
    }

    /// Without a subcommand: the interface on a terminal, the help otherwise (a pipe, a script).
    func run() throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            print(Conseil.helpMessage())
            return
        }
        try TuiCommand.launch(global)
    }
}

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
            VoteCommand.self, ProposalCommand.self, MinutesCommand.self, CheckCommand.self,
            OverviewCommand.self, TuiCommand.self,
            DemoCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    /// Without a subcommand: the interface on a terminal, the help otherwise (a pipe, a script).
    func run() throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            print(Conseil.helpMessage())
            return
        }
        try TuiCommand.launch(global)
    }
}

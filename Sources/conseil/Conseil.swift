import ArgumentParser

@main
struct Conseil: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conseil",
        abstract: "Les séances d'un conseil local du numérique : ordre du jour, scrutins, compte rendu, propositions.",
        discussion: """
            Sans sous-commande, affiche cette aide. Données : --data DOSSIER, ou CONSEIL_DATA, sinon ./Sessions.
            Identité : --member ID, ou CONSEIL_MEMBER, sinon $USER s'il est membre, sinon l'administrateur local.
            """,
        subcommands: [
            InitCommand.self, MemberCommand.self, SessionCommand.self, AgendaCommand.self, PollCommand.self,
            VoteCommand.self, ProposalCommand.self, MinutesCommand.self, CheckCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        print(Conseil.helpMessage())
    }
}

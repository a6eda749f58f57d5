import ArgumentParser
import ConseilCore
import ConseilStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Conseils de démonstration.", subcommands: [Generate.self])

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Écrit une archive synthétique (séances mensuelles, scrutins, propositions) pour les mesures.",
            discussion: """
                Le même --seed donne exactement les mêmes fichiers. Avec --big-poll-ballots N, un scrutin ouvert \
                de plus reçoit N bulletins (votants v00001…) ; son identifiant est alors la dernière ligne affichée.
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Le dossier à remplir (refusé s'il contient déjà un council.json).") var directory:
            String
        @Option(help: "Nombre de séances mensuelles.") var sessions = 120
        @Option(help: "Nombre de votants (membres).") var voters = 40
        @Option(help: "Nombre de propositions.") var proposals = 300
        @Option(help: "La graine du tirage pseudo-aléatoire.") var seed: UInt64 = 1
        @Option(help: "Ajoute un scrutin ouvert avec autant de bulletins.") var bigPollBallots = 0

        func run() throws {
            try runCommand(global) { context in
                let plan = ArchivePlan(
                    sessions: sessions, voters: voters, proposals: proposals, seed: seed,
                    bigPollBallots: bigPollBallots)
                let summary = try ArchiveGenerator.generate(at: directory, plan: plan)
                print(
                    context.t(
                        "Archive écrite dans \(directory) : \(sessions) séances, \(summary.members) membres, \(proposals) propositions, \(summary.files) fichiers",
                        "Archive written in \(directory): \(sessions) sessions, \(summary.members) members, \(proposals) proposals, \(summary.files) files"
                    ))
                if let bigPoll = summary.bigPoll { print(bigPoll) }
            }
        }
    }
}

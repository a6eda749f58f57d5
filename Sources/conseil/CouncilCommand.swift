import ArgumentParser
import ConseilCore
import ConseilStore

struct CouncilCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "council", abstract: "Le conseil et ses règles.", subcommands: [Rules.self])

    /// The rules of deliberation that council.json holds: shown to all, changed by the administrator.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Affiche les règles de délibération ; les change (administrateur) avec une option.")
        @OptionGroup var global: GlobalOptions
        @Option(
            help: "La voix du président·e de séance départage une égalité dans un vote public : oui ou non.")
        var castingVote: String?
        @Option(help: "Quorum : pourcentage des membres à dépasser par les présents (défaut 50).")
        var quorum: Int?

        func run() throws {
            try runCommand(global) { context in
                var council = try context.root.requireCouncil()
                if castingVote != nil || quorum != nil {
                    council = try context.useCases().setCouncilRules(
                        castingVote: try castingVote.map(Self.yesOrNo), quorumPercent: quorum)
                }
                let casting = council.castingVote == true
                print(
                    context.t(
                        "Voix prépondérante de la présidence : \(casting ? "oui" : "non")",
                        "Chair's casting vote: \(casting ? "yes" : "no")"))
                let percent = council.quorumPercent ?? 50
                print(
                    context.t(
                        "Quorum : plus de \(percent) % des membres présents",
                        "Quorum: more than \(percent) % of the members present"))
            }
        }

        static func yesOrNo(_ word: String) throws -> Bool {
            switch TextFolding.foldAccentsAndCase(word) {
            case "oui", "yes", "on": return true
            case "non", "no", "off": return false
            default:
                throw ConseilError(
                    fr: "« \(InertText.make(word)) » n'est ni oui ni non : écrivez oui ou non",
                    en: "“\(InertText.make(word))” is neither yes nor no: write yes or no")
            }
        }
    }
}

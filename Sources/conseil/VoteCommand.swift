import ArgumentParser
import ConseilCore
import ConseilStore

struct VoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote",
        abstract: "Vote dans un scrutin ouvert : libellé ou numéro d'option, mots, ou texte libre.",
        discussion: "Voter à nouveau remplace le bulletin précédent (sauf scrutin anonyme).")

    @OptionGroup var global: GlobalOptions
    @Argument var poll: String
    @Argument(help: "Les réponses.") var answers: [String] = []

    func run() throws {
        try runCommand(global) { context in
            let council = try context.root.requireCouncil()
            guard case .member(let member) = try context.actor(in: council) else {
                throw ConseilError(
                    fr: "indiquez qui vote : --member ID (ou CONSEIL_MEMBER) ; l'administrateur ne vote pas",
                    en: "say who votes: --member ID (or CONSEIL_MEMBER); the administrator does not vote")
            }
            let poll = try context.root.poll(poll)
            guard poll.state == .open else {
                throw ConseilError(
                    fr: "le scrutin est \(poll.state.name.fr) : on ne vote que dans un scrutin ouvert",
                    en: "the poll is \(poll.state.name.en): votes are taken only while it is open")
            }
            let resolved = try poll.resolveAnswers(answers)
            try context.root.castBallot(poll: poll, member: member.id, answers: resolved, at: context.now)
            print(
                context.t("vote enregistré", "vote recorded") + " : "
                    + resolved.map { InertText.make($0) }.joined(separator: ", "))
        }
    }
}

import ArgumentParser
import ConseilCore
import ConseilStore

// The command twins of the interface's `e` and `D` on a draft poll, and of taking back a show
// of hands (`M`).
extension PollCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Modifie un scrutin en brouillon : question, options, point, règles (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var poll: String
        @Option(help: "La nouvelle question.") var question: String?
        @Option(help: "Une option (répétez ; remplace toutes les options).") var option: [String] = []
        @Option(help: "Le point de l'ordre du jour ; \"\" pour aucun.") var item: String?
        @Option(help: "Réponses permises par participant (multi, words).") var maxAnswers: Int?
        @Option(help: "Majorité requise (oui/non) ; \"\" pour aucune.") var majority: String?
        @Option(help: "Base de la majorité : expressed, present ou members.") var of: String?

        func run() throws {
            try runCommand(global) { context in
                let useCases = try context.useCases()
                let current = try context.root.poll(poll)
                var draft = PollDraft(editing: current)
                if let question { draft.question = question }
                if !option.isEmpty { draft.options = option }
                if let item { draft.item = item.isEmpty ? nil : item }
                if let maxAnswers { draft.maxAnswers = maxAnswers }
                if let majority {
                    draft.rules.majority = majority.isEmpty ? nil : try MajorityRule.parse(majority)
                    if draft.rules.majority == nil { draft.rules.of = nil }
                }
                if let of { draft.rules.of = try MajorityBase.parse(of) }
                let edited = try useCases.updateDraftPoll(current.id, draft)
                print(PollCommand.line(edited, context))
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Supprime un scrutin en brouillon dont rien ne dépend (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var poll: String

        func run() throws {
            try runCommand(global) { context in
                let removed = try context.useCases().deleteDraftPoll(poll)
                print(
                    context.t(
                        "Scrutin supprimé : \(InertText.make(removed.question))",
                        "Poll deleted: \(InertText.make(removed.question))"))
            }
        }
    }

    struct Uncount: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retire la dernière main levée d'un scrutin non clos (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var poll: String

        func run() throws {
            try runCommand(global) { context in
                let removed = try context.useCases().takeBackHandCount(poll: poll)
                print(
                    context.t(
                        "Main levée retirée : \(removed.voters) personnes",
                        "Show of hands taken back: \(removed.voters) people"))
            }
        }
    }
}

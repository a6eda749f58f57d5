import ArgumentParser
import ConseilCore
import ConseilStore

// `poll merge`, `unmerge`, `hide`, `show`: the facilitator's moderation of the answers of a word
// cloud or a free-text poll. Answers are named by a spelling (words) or a part of the text; the
// ballots never change, only the poll's settings.

extension PollCommand {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Regroupe une réponse d'un nuage de mots dans une autre (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var poll: String
        @Argument(help: "La réponse à regrouper (une de ses orthographes).") var answer: String
        @Argument(help: "La réponse qui la reçoit.") var into: String

        func run() throws {
            try moderate(global, poll) { results in
                .merge(try results.answerKey(named: answer), into: try results.answerKey(named: into))
            }
        }
    }

    struct Unmerge: OneAnswerCommand {
        static let configuration = CommandConfiguration(
            abstract: "Défait les regroupements dans une réponse d'un nuage de mots (animation).")
        static let change = AnswerChange.unmerge
        @OptionGroup var global: GlobalOptions
        @Argument var poll: String
        @Argument(help: "La réponse regroupée.") var answer: String
    }

    struct Hide: OneAnswerCommand {
        static let configuration = CommandConfiguration(
            abstract: "Masque une réponse (mot, ou texte libre désigné par une partie du texte) (animation).")
        static let change = AnswerChange.hide
        @OptionGroup var global: GlobalOptions
        @Argument var poll: String
        @Argument(help: "La réponse à masquer.") var answer: String
    }

    struct Show: OneAnswerCommand {
        static let configuration = CommandConfiguration(
            abstract: "Réaffiche une réponse masquée (animation).")
        static let change = AnswerChange.show
        @OptionGroup var global: GlobalOptions
        @Argument var poll: String
        @Argument(help: "La réponse masquée.") var answer: String
    }
}

/// A moderation of one named answer: unmerge, hide, show.
protocol OneAnswerCommand: ParsableCommand {
    static var change: @Sendable (String) -> AnswerChange { get }
    var global: GlobalOptions { get }
    var poll: String { get }
    var answer: String { get }
}

extension OneAnswerCommand {
    func run() throws {
        try moderate(global, poll) { Self.change(try $0.answerKey(named: answer)) }
    }
}

/// Names the answer in the poll's current tally, changes the poll through the use case, and
/// says what the results now are.
private func moderate(
    _ global: GlobalOptions, _ id: String, _ change: @escaping (PollResults) throws -> AnswerChange
) throws {
    try runCommand(global) { context in
        let useCases = try context.useCases()
        let poll = try context.root.poll(id)
        let changed = try useCases.moderate(poll.id, try change(context.root.results(of: poll).results))
        let results = context.root.results(of: changed).results
        print(
            results.moderationNote(context.language)
                ?? context.t("Aucune réponse masquée ni regroupée.", "No answer hidden or merged."))
    }
}

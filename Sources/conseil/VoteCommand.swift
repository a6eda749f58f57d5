import ArgumentParser
import ConseilCore
import ConseilStore
import ConseilTUI
import Foundation

struct VoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote",
        abstract: "Vote dans un scrutin ouvert : libellé ou numéro d'option, mots, ou texte libre.",
        discussion: """
            Voter à nouveau remplace le bulletin précédent (sauf scrutin anonyme). Sans réponse, ouvre
            le bulletin plein écran (flèches, Espace, Entrée) pour le scrutin ouvert.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Le scrutin (défaut : le scrutin ouvert, au bulletin plein écran).") var poll: String?
    @Argument(help: "Les réponses.") var answers: [String] = []
    @Option(help: "Vote pour le membre excusé dont vous détenez le pouvoir.") var `for`: String?
    @Option(help: "Taille sans terminal, LARGEURxHAUTEUR (avec --dump).") var size: String = "80x24"
    @Option(help: "Touches à jouer sur le bulletin (avec --dump).") var keys: String = ""
    @Flag(help: "Sans terminal : joue les touches sur le bulletin puis affiche l'écran final.") var dump =
        false

    func run() throws {
        try runCommand(global) { context in
            let useCases = try context.useCases()
            guard let pollId = poll, !answers.isEmpty else {
                return try ballotScreen(context, useCases: useCases)
            }
            let resolved = try useCases.vote(poll: pollId, typed: answers, for: `for`)
            print(
                context.t("vote enregistré", "vote recorded")
                    + (`for`.map { context.t(" pour ", " for ") + InertText.make($0) } ?? "") + " : "
                    + resolved.map { InertText.make($0) }.joined(separator: ", "))
        }
    }

    /// The full-screen ballot, in the terminal or headless for tests.
    private func ballotScreen(_ context: Context, useCases: UseCases) throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (10...1000).contains(parts[0]), (5...500).contains(parts[1]) else {
            throw ConseilError(
                fr: "--size : écrivez LARGEURxHAUTEUR, par exemple 40x12",
                en: "--size: write WIDTHxHEIGHT, for example 40x12")
        }
        let app = try BallotApp(
            useCases: useCases, poll: poll, language: context.language, width: parts[0],
            height: parts[1], unicode: Terminal.speaksUTF8, for: `for`)
        if dump {
            for key in Key.parse(script: keys) where !app.shouldQuit { app.handle(.key(key)) }
            print(app.render().text)
            return
        }
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            // Over SSH the terminal comes with -t: say so, it is the usual miss.
            throw ConseilError(
                fr:
                    "donnez le scrutin et la réponse (conseil vote SCRUTIN RÉPONSE), ou lancez-le dans un terminal"
                    + (context.restricted ? " : ssh -t … vote" : ""),
                en: "give the poll and the answer (conseil vote POLL ANSWER), or run it in a terminal"
                    + (context.restricted ? ": ssh -t … vote" : ""))
        }
        let fixed = ProcessInfo.processInfo.environment["CONSEIL_NOW"] != nil ? context.now : nil
        try CursesTerminal.run(
            app, color: ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } ?? true,
            theme: Terminal.theme(asked: nil)
        ) {
            fixed ?? (try? Clock.now(environment: [:])) ?? context.now
        }
    }
}

import ArgumentParser
import ConseilCore
import ConseilStore
import ConseilTUI
import Foundation

/// The terminal interface; also runs headless for tests and benchmarks:
/// `conseil tui --size 100x30 --keys "2<Enter>" --dump` prints the final screen as text.
struct TuiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui", abstract: "L'interface plein écran (ce que lance « conseil » sans sous-commande)."
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Taille sans terminal, LARGEURxHAUTEUR (avec --dump).") var size: String = "80x24"
    @Option(help: "Touches à jouer : caractères, et <Enter>, <Esc>, <Tab>, <Up>, <Down>, <C-s>…") var keys:
        String = ""
    @Flag(help: "Sans terminal : joue les touches puis affiche l'écran final en texte.") var dump = false
    @Option(help: "Pour les mesures : joue les touches N fois et affiche le temps médian d'une touche (ms).")
    var measure: Int?

    func run() throws {
        try TuiCommand.launch(global, size: size, keys: keys, dump: dump, measure: measure)
    }

    /// `wall`: the read-only projector of `conseil projector` (the poll named, or nil to follow
    /// the open one); nil runs the whole interface.
    static func launch(
        _ global: GlobalOptions, size: String = "80x24", keys: String = "", dump: Bool = false,
        measure: Int? = nil, wall: String?? = nil
    ) throws {
        let headless = dump || measure != nil
        let terminal = isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
        // Without a terminal (a pipe, a script, ssh without -t): what one may do instead.
        if !headless && !terminal && !global.restricted { return print(Conseil.helpMessage()) }
        try runCommand(global) { context in
            let council = try context.root.requireCouncil()
            let actor = try context.actor(in: council)
            if !headless && !terminal, context.restricted, let member = actor.member {
                return print(RestrictedHelp.text(for: member, context.language))
            }
            let member = actor.member
            let parts = size.split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, (10...1000).contains(parts[0]), (5...500).contains(parts[1]) else {
                throw ConseilError(
                    fr: "--size : écrivez LARGEURxHAUTEUR, par exemple 100x30",
                    en: "--size: write WIDTHxHEIGHT, for example 100x30")
            }
            // In a terminal, git runs off the drawing loop so that the screen never waits for it;
            // headless runs (tests, measures) stay on one thread and give the same result each time.
            var runInBackground: (@escaping @Sendable () -> Void) -> Void = { $0() }
            if !headless { runInBackground = { DispatchQueue.global().async(execute: $0) } }
            let app = try App(
                root: context.root, member: member, language: context.language, width: parts[0],
                height: parts[1], now: context.now, unicode: Terminal.speaksUTF8,
                restricted: context.restricted,
                runInBackground: runInBackground)
            // The room opens from here, never in a restricted session; it closes with the interface.
            let room =
                context.restricted
                ? nil
                : RoomProcess(
                    root: context.root,
                    options: ["--data", context.root.path, "--lang", context.language.rawValue]
                        + (member.map { ["--member", $0.id] } ?? []),
                    environment: ProcessInfo.processInfo.environment)
            app.roomControl = room
            defer { if let session = app.state.data.session { try? room?.stop(session: session.id) } }
            if let wall { try app.becomeWall(poll: wall) }
            if let measure {
                return print(keystrokeTimes(app, Key.parse(script: keys), rounds: measure))
            }
            if dump {
                for key in Key.parse(script: keys) where !app.shouldQuit { app.handle(.key(key)) }
                print(app.render().text)
                return
            }
            // Saves become local commits soon after (the audit trail); CONSEIL_AUTOCOMMIT=0 turns it off.
            app.autoCommit = ProcessInfo.processInfo.environment["CONSEIL_AUTOCOMMIT"] != "0"
            let environment = ProcessInfo.processInfo.environment
            let fixedClock = environment["CONSEIL_NOW"] != nil ? context.now : nil
            try CursesTerminal.run(app, color: environment["NO_COLOR"].map { $0.isEmpty } ?? true) {
                fixedClock ?? (try? Clock.now(environment: [:])) ?? context.now
            }
        }
    }

    /// The median and 99th percentile of one keystroke's update and redraw, in milliseconds:
    /// what a person feels between pressing a key and seeing the screen change.
    private static func keystrokeTimes(_ app: App, _ keys: [Key], rounds: Int) -> String {
        var samples: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<max(1, rounds) {
            for key in keys {
                let elapsed = clock.measure {
                    app.handle(.key(key))
                    _ = app.render()
                }
                samples.append(
                    Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
            }
        }
        samples.sort()
        let median = samples[samples.count / 2]
        let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
        return String(format: "%.3f %.3f", median, p99)
    }
}

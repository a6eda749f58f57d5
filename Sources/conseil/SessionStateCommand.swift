import ArgumentParser
import ConseilCore
import ConseilStore

extension SessionCommand {
    struct State: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "state", abstract: "Marque une séance prévue, en cours ou close (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Argument(help: "prevue, en-cours ou close.") var state: String

        func run() throws {
            try runCommand(global) { context in
                let useCases = try context.useCases()
                let folded = TextFolding.foldAccentsAndCase(state).split(separator: " ").joined(
                    separator: "-")
                guard
                    let target = SessionState.allCases.first(where: {
                        $0.rawValue == folded || TextFolding.foldAccentsAndCase($0.name.fr) == folded
                    })
                else {
                    throw ConseilError(
                        fr:
                            "état inconnu : « \(InertText.make(state)) » ; choisissez prevue, en-cours ou close",
                        en: "unknown state: “\(InertText.make(state))”; choose prevue, en-cours or close")
                }
                let session = try useCases.setSessionState(session, to: target)
                print("\(InertText.make(session.title)) : \(target.name.text(context.language))")
            }
        }
    }
}

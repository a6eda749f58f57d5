import ArgumentParser
import ConseilCore
import ConseilStore
import ConseilSync

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Vérifie chaque fichier du dossier de données ; ne modifie rien.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try runCommand(global) { context in
            guard fileExistsAtRoot(context.root) else { _ = try context.root.requireCouncil(); return }
            // A restricted session starts no program, and so not the git that finds the sync state.
            let refused = context.restricted ? [] : SyncStatus.refusalProblems(root: context.root)
            let problems = (context.root.check() + refused).sorted { $0.path < $1.path }
            if problems.isEmpty {
                print(
                    context.t(
                        "Aucun problème dans \(context.root.path).", "No problems in \(context.root.path)."))
                return
            }
            // File names come from the disk (or a remote): shown inert like any typed text.
            for problem in problems {
                print(
                    "\(InertText.make(problem.path)) : \(InertText.make(problem.reason.text(context.language)))"
                )
            }
            Console.error(
                context.t(
                    "\(problems.count) fichier(s) à réparer ; les autres commandes les ignorent en attendant.",
                    "\(problems.count) file(s) to repair; other commands skip them meanwhile."))
            throw ExitCode(1)
        }
    }

    private func fileExistsAtRoot(_ root: DataRoot) -> Bool {
        !FileReader.list(root.path).isEmpty
    }
}

import ArgumentParser
import ConseilCore
import ConseilStore
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Crée un dossier de données pour un nouveau conseil (dépôt git).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Le dossier à créer.") var directory: String
    @Option(help: "Le nom du conseil.") var name: String
    @Option(help: "La commune.") var commune: String?

    func run() throws {
        try runCommand(global) { context in
            let name = name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                throw ConseilError(fr: "--name ne peut pas être vide", en: "--name cannot be empty")
            }
            let root = try DataRoot.create(at: directory, council: Council(name: name, commune: commune))
            try Git.initialise(root.path)
            print(
                context.t(
                    "Conseil « \(InertText.make(name)) » créé dans \(root.path)",
                    "Council “\(InertText.make(name))” created in \(root.path)"))
        }
    }
}

enum Git {
    /// Makes the data root a git repository unless it is already inside one.
    static func initialise(_ path: String) throws {
        if run(["-C", path, "rev-parse", "--is-inside-work-tree"]) == 0 { return }
        guard run(["init", "--quiet", path]) == 0 else {
            throw ConseilError(
                fr: "git init a échoué dans \(path) ; installez git (apt-get install git) puis recommencez",
                en: "git init failed in \(path); install git (apt-get install git) and try again")
        }
    }

    private static func run(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

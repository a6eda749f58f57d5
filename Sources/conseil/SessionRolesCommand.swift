import ArgumentParser
import ConseilCore
import ConseilStore

extension SessionCommand {
    struct Roles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "roles",
            abstract: "Nomme la présidence et le secrétariat d'une séance non close (animation).",
            discussion: "Une option absente garde le rôle tel quel ; --secretary remplace toute la liste.")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Option(help: "Président·e de séance (un membre).") var chair: String?
        @Option(help: "Secrétaire de séance (un membre ; répétable).") var secretary: [String] = []

        func run() throws {
            try runCommand(global) { context in
                guard chair != nil || !secretary.isEmpty else {
                    throw ConseilError(
                        fr: "donnez --chair, --secretary ou les deux",
                        en: "give --chair, --secretary or both")
                }
                let useCases = try context.useCases()
                var roles = try context.root.session(session).roles
                if let chair { roles.chair = chair }
                if !secretary.isEmpty { roles.secretaries = secretary }
                let updated = try useCases.setSessionRoles(session, roles)
                let council = try context.root.requireCouncil()
                print(SessionCommand.rolesLine(updated, council, context))
            }
        }
    }

    /// « Présidence : …, secrétariat : … », names rather than ids.
    static func rolesLine(_ session: Session, _ council: Council, _ context: Context) -> String {
        let name = { (id: String) in InertText.make(council.member(id)?.name ?? id) }
        let secretaries = session.roles.secretaries.map(name)
        return context.t("Présidence : ", "Chair: ") + (session.chair.map(name) ?? "—")
            + context.t(" ; secrétariat : ", "; secretaries: ")
            + (secretaries.isEmpty ? "—" : secretaries.joined(separator: ", "))
    }
}

import ArgumentParser
import ConseilCore
import ConseilStore

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member", abstract: "Les membres du conseil.", subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ajoute un membre (administrateur).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Identifiant : minuscules, chiffres, tirets.") var id: String
        @Option(help: "Nom affiché.") var name: String
        @Option(help: "facilitator, secretary ou member.") var role: String

        func run() throws {
            try runCommand(global) { context in
                let useCases = try context.useCases()
                guard let role = Role(rawValue: role) else {
                    throw ConseilError(
                        fr:
                            "rôle inconnu : « \(InertText.make(role)) » ; choisissez facilitator, secretary ou member",
                        en: "unknown role: “\(InertText.make(role))”; choose facilitator, secretary or member"
                    )
                }
                let member = try useCases.addMember(id: id, name: name, role: role)
                let (id, name) = (member.id, member.name)
                print(
                    context.t(
                        "Membre ajouté : \(InertText.make(name)) (\(role.name.fr))",
                        "Member added: \(InertText.make(name)) (\(role.name.en))"))
                print(id)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liste les membres.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Sortie JSON.") var json = false

        func run() throws {
            try runCommand(global) { context in
                let council = try context.root.requireCouncil()
                if json {
                    return try Console.json(
                        council.members.map { MemberJSON($0, language: context.language) })
                }
                for member in council.members {
                    print(
                        "\(member.id)\t\(InertText.make(member.name))\t\(member.role.name.text(context.language))"
                    )
                }
            }
        }
    }
}

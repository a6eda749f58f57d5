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
                var council = try context.root.requireCouncil()
                if case .member(let member) = try context.actor(in: council) {
                    throw ConseilError(
                        fr:
                            "ajouter un membre est réservé à l'administrateur (sans --member) ; \(member.id) ne peut pas",
                        en: "adding a member is for the administrator (without --member); \(member.id) cannot"
                    )
                }
                let id = try Identifier.validated(id, what: Localized(fr: "membre", en: "member"))
                guard let role = Role(rawValue: role) else {
                    throw ConseilError(
                        fr:
                            "rôle inconnu : « \(InertText.make(role)) » ; choisissez facilitator, secretary ou member",
                        en: "unknown role: “\(InertText.make(role))”; choose facilitator, secretary or member"
                    )
                }
                let name = WordNormaliser.tidy(name)
                guard !name.isEmpty, name.count <= 100 else {
                    throw ConseilError(
                        fr: "--name doit faire de 1 à 100 caractères",
                        en: "--name must be 1 to 100 characters")
                }
                guard council.member(id) == nil else {
                    throw ConseilError(fr: "le membre \(id) existe déjà", en: "member \(id) already exists")
                }
                council.members.append(Member(id: id, name: name, role: role))
                try context.root.saveCouncil(council)
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
                if json { return try Console.json(council.members) }
                for member in council.members {
                    print(
                        "\(member.id)\t\(InertText.make(member.name))\t\(member.role.name.text(context.language))"
                    )
                }
            }
        }
    }
}

import ArgumentParser
import ConseilCore

/// What a restricted connection allows, generated from the table of rights: the commands whose
/// capability the member has over SSH, nothing else.
enum RestrictedHelp {
    /// The commands that run (no groups) and that the actor may run.
    static func allowed(for actor: Actor, among nodes: [CommandTree.Node] = CommandTree.nodes)
        -> [CommandTree.Node]
    {
        nodes.filter { node in
            guard node.isLeaf, let marked = node.type as? any RequiresCapability.Type else { return false }
            return actor.may(marked.capability)
        }
    }

    static func text(for member: Member, _ language: Language) -> String {
        let fr = language == .fr
        var lines: [String] = []
        lines.append(
            fr
                ? "Connexion restreinte de \(InertText.make(member.name)) (\(member.id), \(member.role.name.fr))."
                : "Restricted connection of \(InertText.make(member.name)) (\(member.id), \(member.role.name.en))."
        )
        lines.append(
            fr
                ? "Sans commande (ssh -t), l'interface plein écran s'ouvre. Commandes permises :"
                : "Without a command (ssh -t), the full-screen interface opens. Allowed commands:")
        for node in allowed(for: .member(member, restricted: true)) {
            let abstract = node.type.configuration.abstract
            lines.append("  \(node.name)" + (fr && !abstract.isEmpty ? " — \(abstract)" : ""))
        }
        lines.append(
            fr
                ? "  help — cette aide ; COMMANDE --help : l'aide d'une commande"
                : "  help — this help; COMMAND --help: the help of a command")
        lines.append(
            fr
                ? "Exemples : ssh SERVEUR vote SCRUTIN Oui ; ssh SERVEUR proposal list ; ssh SERVEUR \"vote SCRUTIN 'la formation'\""
                : "Examples: ssh SERVER vote POLL Oui; ssh SERVER proposal list; ssh SERVER \"vote POLL 'la formation'\""
        )
        lines.append(
            fr
                ? "Les textes de plusieurs mots vont entre apostrophes, à l'intérieur des guillemets de votre shell."
                : "Texts of several words go between single quotes, inside your shell's double quotes.")
        return lines.joined(separator: "\n")
    }
}

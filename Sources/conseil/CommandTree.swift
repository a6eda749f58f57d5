import ArgumentParser

/// The commands of `conseil` as ArgumentParser holds them, with the words that name them: what
/// the restricted mode names in its refusals and lists in its help.
enum CommandTree {
    struct Node {
        /// The words after `conseil`: ["poll", "open"].
        let path: [String]
        let type: any ParsableCommand.Type

        var name: String { path.joined(separator: " ") }
        /// A group (`poll`) only holds commands; a leaf runs.
        var isLeaf: Bool { type.configuration.subcommands.isEmpty }
    }

    /// Every command and group below the root, depth first, in the order of `--help`.
    static let nodes: [Node] = below(Conseil.self, path: [])

    private static func below(_ parent: any ParsableCommand.Type, path: [String]) -> [Node] {
        parent.configuration.subcommands.flatMap { child in
            let node = Node(path: path + [child._commandName], type: child)
            return [node] + below(child, path: node.path)
        }
    }

    static func node(of type: any ParsableCommand.Type) -> Node? {
        nodes.first { ObjectIdentifier($0.type) == ObjectIdentifier(type) }
    }

    /// The words that name a command, for messages: "poll open", or "conseil" for the root.
    static func name(of type: any ParsableCommand.Type) -> String {
        node(of: type)?.name ?? "conseil"
    }

    /// The commands that run below a group (`poll` → poll new, poll list…).
    static func leaves(of group: Node) -> [Node] {
        nodes.filter { $0.isLeaf && $0.path.starts(with: group.path) }
    }
}

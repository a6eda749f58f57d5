import Foundation

/// Git trees written by hand, byte by byte, as a hostile remote would write them: git's own
/// commands refuse to record names such as `.git` or `..`, so the tree objects are hashed with
/// `git hash-object -t tree --literally` from raw `<mode> <name>\0<binary id>` entries.
struct CraftedTree {
    /// The repository whose object store receives the objects.
    let clone: Clone

    enum Leaf {
        case file(String, executable: Bool = false)
        case link(to: String)
        case gitlink(commit: String)
    }

    private struct Entry {
        let mode: String
        let name: String
        let id: String
        var isTree: Bool { mode == "40000" }
    }

    /// The tree `tree` with `leaf` at `path` (its components, taken as they are), written
    /// into the object store; returns the new tree's id.
    func inserting(_ leaf: Leaf, at path: [String], into tree: String?) throws -> String {
        var entries = try tree.map(self.entries(of:)) ?? []
        let name = path[0]
        let existing = entries.first { $0.name == name }
        entries.removeAll { $0.name == name }
        if path.count == 1 {
            switch leaf {
            case .file(let text, let executable):
                entries.append(Entry(mode: executable ? "100755" : "100644", name: name, id: try blob(text)))
            case .link(let target):
                entries.append(Entry(mode: "120000", name: name, id: try blob(target)))
            case .gitlink(let commit):
                entries.append(Entry(mode: "160000", name: name, id: commit))
            }
        } else {
            let inner = try inserting(
                leaf, at: Array(path.dropFirst()), into: existing.flatMap { $0.isTree ? $0.id : nil })
            entries.append(Entry(mode: "40000", name: name, id: inner))
        }
        return try write(entries)
    }

    /// A commit of `tree` on `parent`.
    func commit(_ tree: String, parent: String, message: String) throws -> String {
        try clone.git(["commit-tree", tree, "-p", parent, "-m", message]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    private func blob(_ text: String) throws -> String {
        let file = try temporaryFile(Data(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: file) }
        return try clone.git(["hash-object", "-w", file]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    private func entries(of tree: String) throws -> [Entry] {
        let listed = try clone.git(["ls-tree", "-z", tree]).stdout
        return listed.split(separator: "\0").compactMap { line in
            guard let tab = line.firstIndex(of: "\t") else { return nil }
            let meta = line[..<tab].split(separator: " ")
            guard meta.count == 3 else { return nil }
            let mode = meta[0] == "040000" ? "40000" : String(meta[0])
            return Entry(mode: mode, name: String(line[line.index(after: tab)...]), id: String(meta[2]))
        }
    }

    /// Writes a tree object in git's order: names compared as bytes, a tree's as if it ended in "/".
    private func write(_ entries: [Entry]) throws -> String {
        func key(_ entry: Entry) -> [UInt8] { Array(entry.name.utf8) + (entry.isTree ? [0x2F] : []) }
        var bytes: [UInt8] = []
        for entry in entries.sorted(by: { key($0).lexicographicallyPrecedes(key($1)) }) {
            bytes += Array("\(entry.mode) \(entry.name)".utf8) + [0]
            var hex = Substring(entry.id)
            while hex.count >= 2 {
                bytes.append(UInt8(hex.prefix(2), radix: 16)!)
                hex = hex.dropFirst(2)
            }
        }
        let file = try temporaryFile(Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: file) }
        return try clone.git(["hash-object", "-t", "tree", "--literally", "-w", file]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func temporaryFile(_ data: Data) throws -> String {
        let path = clone.lab.base + "/crafted-\(UUID().uuidString)"
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}

import ConseilCore
import ConseilStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The git repository that holds a data root: its top, the data root's place in it, its git
/// folder. Everything sync does to files is limited to the data root; paths inside git are
/// relative to the top, paths of the data root relative to the data root.
struct Repository {
    var git: Git
    let root: DataRoot
    /// The top of the working tree (absolute).
    let top: String
    /// The data root relative to the top, with a final slash ("Sessions/"), or "" at the top.
    let prefix: String
    /// The git folder (absolute).
    let gitFolder: String
    /// "sha1" or "sha256".
    let hashFormat: String

    var syncFolder: String { gitFolder + "/conseil-sync" }
    var markerPath: String { syncFolder + "/integrating.json" }
    var statePath: String { syncFolder + "/state.json" }

    static func open(_ root: DataRoot) throws -> Repository {
        var info = stat()
        guard stat(root.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw ConseilError(
                fr: "aucun dossier de données à \(root.path) ; indiquez --data DOSSIER",
                en: "no data root at \(root.path); pass --data DIR")
        }
        let git = try Git(folder: root.path)
        let result = try git.run([
            "rev-parse", "--show-toplevel", "--show-prefix", "--absolute-git-dir", "--show-object-format",
        ])
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard result.ok, lines.count >= 4, !lines[0].isEmpty else {
            throw ConseilError(
                fr:
                    "\(root.path) n'est pas dans un dépôt git ; « git init \(root.path) » en crée un, « git clone ADRESSE » en copie un",
                en:
                    "\(root.path) is not in a git repository; “git init \(root.path)” creates one, “git clone URL” copies one"
            )
        }
        let prefix = lines[1]
        guard !prefix.hasPrefix(".git/"), !prefix.contains("/.git/") else {
            throw ConseilError(
                fr: "\(root.path) est dans le dossier interne de git",
                en: "\(root.path) is inside git's own folder")
        }
        return Repository(
            git: git, root: root, top: lines[0], prefix: prefix, gitFolder: lines[2], hashFormat: lines[3])
    }

    /// The path inside the repository of a path of the data root.
    func full(_ relative: String) -> String { prefix + relative }

    /// The path in the data root of a path inside the repository, nil when outside it.
    func relative(_ full: String) -> String? {
        guard full.hasPrefix(prefix), full.count > prefix.count else { return nil }
        return String(full.dropFirst(prefix.count))
    }

    func file(_ relative: String) -> String { root.absolute(relative) }

    /// The empty tree of this repository's hash.
    func emptyTree() throws -> String {
        switch hashFormat {
        case "sha1": "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
        case "sha256": "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321"
        default: try git.check(["hash-object", "-t", "tree", "--stdin"], input: []).line
        }
    }

    /// The changes between two trees inside the data root (or everywhere with `everywhere`).
    func diff(_ from: String, _ to: String, everywhere: Bool = false) throws -> [RawChange] {
        var arguments = [
            "diff", "--raw", "-z", "--no-renames", "--no-abbrev", "--no-ext-diff", "--no-textconv", from, to,
        ]
        if !everywhere { arguments += ["--", "."] }
        return RawChange.parse(try git.check(arguments))
    }

    /// The short form of a commit id used in names of conflict copies.
    func tag(_ commit: String) -> String { String(commit.prefix(10)) }
}

// MARK: - The working tree

extension Repository {
    /// Moves the data root and the current branch from commit `from` (nil: an unborn branch) to
    /// commit `to`: every file that differs is written with a durable write (temporary file,
    /// fsync, rename), then the branch moves, then the index follows. Each step can be redone,
    /// so a sync killed in the middle is finished by the next one (see `repair`).
    ///
    /// A file changed on disk since `from` (someone saved a record during the sync) is never
    /// overwritten: it stays, and the incoming version is kept beside it as a conflict copy.
    /// Returns the copies made that way.
    ///
    /// `integrate` never moves to a tree that holds a file `RemoteTreeRule` refuses; should one
    /// come here all the same (an integration started by an older conseil), it is left alone:
    /// neither written nor removed, nor staged. Files are written as plain files (no executable
    /// bit), and never through a link (`requireRealFolders`).
    func advance(from: String?, to: String) throws -> [ConflictNote] {
        let base = try from ?? emptyTree()
        let changes = try diff(base, to)
        let contents = try git.contents(of: changes.flatMap { [$0.oldId, $0.newId] })
        var notes: [ConflictNote] = []
        var moved: [String] = []
        for change in changes {
            guard let relative = relative(change.path) else { continue }
            let target = file(relative)
            let old = change.isAddition ? nil : contents[change.oldId]
            let new = change.isDeletion ? nil : contents[change.newId]
            let refusal =
                if let new { RemoteTreeRule.refusal(relative, mode: change.newMode, size: new.count) } else {
                    RemoteTreeRule.pathRefusal(relative)
                }
            guard refusal == nil else { continue }
            moved.append(relative)
            try requireRealFolders(relative)
            let current = currentBytes(target)
            if current == new { continue }
            if current == old {
                if let new {
                    try DurableFile.write(new, to: target)
                } else {
                    try DurableFile.remove(target)
                    pruneEmptyFolders(from: target)
                }
            } else if let new {
                let name = ConflictCopy.name(for: basename(relative), tag: tag(to))
                let copy = (relative.contains("/") ? folder(relative) + "/" : "") + name
                try DurableFile.write(new, to: file(copy))
                notes.append(
                    ConflictNote(
                        path: relative, copy: copy,
                        reason: Localized(
                            fr: "modifié ici pendant la synchronisation : la version reçue est gardée à côté",
                            en: "changed here during the sync: the received version is kept beside it")))
            }
        }
        let head = try git.commit("HEAD")
        if head != to {
            try git.check(["update-ref", "-m", "conseil sync", "HEAD", to, from ?? ""])
        }
        // The index follows the new commit for the files that moved, named one by one: a
        // refused path elsewhere in the tree can never make the reset fail.
        if !moved.isEmpty {
            try git.check(
                ["reset", "-q", "--pathspec-from-file=-", "--pathspec-file-nul"],
                input: moved.flatMap { Array($0.utf8) + [0] },
                environment: ["GIT_LITERAL_PATHSPECS": "1"])
        }
        return notes
    }

    /// Refuses to write below a folder of the data root that is a link (or not a folder):
    /// the write would land wherever the link points.
    private func requireRealFolders(_ relative: String) throws {
        var path = root.path
        for component in relative.split(separator: "/").dropLast() {
            path += "/" + component
            var info = stat()
            guard lstat(path, &info) == 0 else { return }
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw ConseilError(
                    fr:
                        "\(InertText.make(path)) n'est pas un dossier (un lien symbolique ?) : la synchronisation n'écrit pas au travers ; remplacez-le par un dossier, puis relancez « conseil sync »",
                    en:
                        "\(InertText.make(path)) is not a folder (a symbolic link?): sync does not write through it; replace it with a folder, then run “conseil sync” again"
                )
            }
        }
    }

    /// The bytes of a working tree file, nil when absent; a folder or a link is never equal to a blob.
    private func currentBytes(_ path: String) -> [UInt8]? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return [0xFF, 0x00] }
        return (try? FileReader.read(path, limit: 1 << 30)) ?? [0xFF, 0x00]
    }

    /// Removes the folders left empty by a deletion, up to the data root.
    private func pruneEmptyFolders(from path: String) {
        var folder = parent(path)
        while folder.count > root.path.count, folder.hasPrefix(root.path + "/") {
            guard rmdir(folder) == 0 else { return }
            folder = parent(folder)
        }
    }
}

func basename(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
}

func folder(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
}

func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}

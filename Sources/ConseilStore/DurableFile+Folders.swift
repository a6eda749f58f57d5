import ConseilCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opening the folder a durable write goes to. Below the data root every folder is opened by
/// name relative to the one above it, with O_NOFOLLOW: a link swapped in at any moment cannot
/// redirect the write, because nothing is looked up by path again after it is checked.
extension DurableFile {
    /// The open folder that holds `path` (created as needed, each new folder made durable), the
    /// file's name in it, and the folders made on the way (outermost first).
    static func openFolder(of path: String, within root: String?) throws -> (
        folder: Int32, name: String, created: [String]
    ) {
        guard let root else {
            let folder = parent(of: path)
            let created = try makeDirectories(folder)
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else {
                let error = failure("open", folder)
                removeFolders(created)
                throw error
            }
            return (descriptor, basename(of: path), created)
        }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let parts =
            path.hasPrefix(prefix) ? path.dropFirst(prefix.count).split(separator: "/").map(String.init) : []
        guard let name = parts.last, !parts.contains(".."), !parts.contains(".") else {
            throw ConseilError(
                fr:
                    "chemin refusé : \(InertText.make(path)) n'est pas dans le dossier de données ; rien n'a été écrit",
                en: "path refused: \(InertText.make(path)) is not inside the data root; nothing was written")
        }
        var folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw failure("open", root) }
        var reached = root
        var created: [String] = []
        for part in parts.dropLast() {
            let next: Int32
            do {
                next = try openOrMake(part, in: folder, reached: reached, created: &created)
            } catch {
                close(folder)
                removeFolders(created)
                throw error
            }
            close(folder)
            folder = next
            reached += "/" + part
        }
        return (folder, name, created)
    }

    /// Creates `folder` and the folders above it below `root`, never through a link.
    static func makeDirectories(_ folder: String, within root: String) throws {
        // The folder that would hold a file of `folder` is `folder` itself.
        let (descriptor, _, _) = try openFolder(of: folder + "/-", within: root)
        close(descriptor)
    }

    /// Refuses `name` in `folder` (at `path`) when it is a link: the data root holds plain files
    /// and folders.
    static func refuseLink(_ name: String, in folder: Int32, at path: String) throws {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFLNK
        else {
            return
        }
        throw ConseilError(
            fr:
                "chemin refusé : \(InertText.make(path)) est un lien symbolique dans le dossier de données ; rien n'a été écrit (remplacez-le par un vrai dossier ou fichier)",
            en:
                "path refused: \(InertText.make(path)) is a symbolic link inside the data root; nothing was written (replace it with a real folder or file)"
        )
    }

    private static func openOrMake(_ part: String, in folder: Int32, reached: String, created: inout [String])
        throws -> Int32
    {
        let flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
        var descriptor = openat(folder, part, flags)
        if descriptor < 0 && errno == ENOENT {
            if mkdirat(folder, part, 0o755) == 0 {
                created.append(reached + "/" + part)
            } else if errno != EEXIST {
                throw failure("mkdir", reached + "/" + part)
            }
            guard fsync(folder) == 0 || errno == EINVAL else { throw failure("fsync", reached) }
            descriptor = openat(folder, part, flags)
        }
        guard descriptor >= 0 else {
            let failed = failure("open", reached + "/" + part)
            try refuseLink(part, in: folder, at: reached + "/" + part)
            throw failed
        }
        return descriptor
    }
}

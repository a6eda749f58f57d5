import ConseilCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes that survive a crash or a power cut: a temporary file in the same folder, fsync,
/// rename over the target, then fsync of the folder so that the rename itself is on disk.
/// A process killed at any point leaves either the old file or the new one, never half of one.
public enum DurableFile {
    /// Below `root` (the data root), each folder on the way is opened without following links:
    /// a link planted inside the data root is refused, and nothing is written, rather than send
    /// the write outside it. `root` itself may be reached through links.
    public static func write(_ bytes: [UInt8], to path: String, within root: String? = nil) throws {
        let (folder, name, created) = try openFolder(of: path, within: root)
        defer { close(folder) }
        do {
            try write(bytes, to: path, name: name, in: folder, within: root)
        } catch {
            removeFolders(created)
            throw error
        }
    }

    private static func write(
        _ bytes: [UInt8], to path: String, name: String, in folder: Int32, within root: String?
    )
        throws
    {
        // A link at the name itself would only be replaced, not followed, by the rename; it is
        // refused all the same, so that the person sees it.
        if root != nil { try refuseLink(name, in: folder, at: path) }
        let temporary = "." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = openat(
            folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw failure("create", parent(of: path) + "/" + temporary) }
        do {
            try writeAll(descriptor, bytes, path: temporary)
            guard fsync(descriptor) == 0 else { throw failure("fsync", temporary) }
            close(descriptor)
        } catch {
            close(descriptor)
            unlinkat(folder, temporary, 0)
            throw error
        }
        guard renameat(folder, temporary, folder, name) == 0 else {
            let error = failure("rename", path)
            unlinkat(folder, temporary, 0)
            throw error
        }
        try sync(folder, path: parent(of: path))
    }

    /// Creates `path` only if nothing is there yet; false when it already exists. Used where
    /// two processes must not both succeed (a voter's mark in an anonymous poll).
    public static func createExclusively(_ bytes: [UInt8], at path: String, within root: String? = nil) throws
        -> Bool
    {
        let (folder, name, created) = try openFolder(of: path, within: root)
        defer { close(folder) }
        if root != nil { try refuseLink(name, in: folder, at: path) }
        let descriptor = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        if descriptor < 0 {
            if errno == EEXIST { return false }
            let error = failure("create", path)
            removeFolders(created)
            throw error
        }
        defer { close(descriptor) }
        do {
            try writeAll(descriptor, bytes, path: path)
            guard fsync(descriptor) == 0 else { throw failure("fsync", path) }
        } catch {
            unlinkat(folder, name, 0)
            throw error
        }
        try sync(folder, path: parent(of: path))
        return true
    }

    /// Removes `path`; below `root`, never through a link (see `write`).
    public static func remove(_ path: String, within root: String? = nil) throws {
        let (folder, name, _) = try openFolder(of: path, within: root)
        defer { close(folder) }
        guard unlinkat(folder, name, 0) == 0 || errno == ENOENT else { throw failure("unlink", path) }
        try sync(folder, path: parent(of: path))
    }

    /// Renames the file at `path` to `newName` in the same folder, opened without following
    /// links, and makes the rename durable.
    static func rename(_ path: String, to newName: String, within root: String) throws {
        let (folder, name, _) = try openFolder(of: path, within: root)
        defer { close(folder) }
        guard renameat(folder, name, folder, newName) == 0 else { throw failure("rename", path) }
        try sync(folder, path: parent(of: path))
    }

    /// Creates the folders of `path` that are missing, each made durable in its parent, and
    /// returns those it made, outermost first, so that a write that fails can take them back.
    @discardableResult
    public static func makeDirectories(_ path: String) throws -> [String] {
        if isDirectory(path) { return [] }
        let up = parent(of: path)
        var created = up != path && !up.isEmpty ? try makeDirectories(up) : []
        if mkdir(path, 0o755) == 0 {
            created.append(path)
        } else if errno != EEXIST {
            let error = failure("mkdir", path)
            removeFolders(created)
            throw error
        }
        try syncDirectory(up)
        return created
    }

    /// Removes folders made for a write that failed, innermost first, so that a refused write
    /// leaves nothing behind; a folder that another writer filled meanwhile is not empty and stays.
    static func removeFolders(_ created: [String]) {
        for folder in created.reversed() {
            guard rmdir(folder) == 0 else { return }
            try? syncDirectory(parent(of: folder))
        }
    }

    /// Sets a file's modification time, so that it tells nothing (anonymous ballots).
    public static func setModificationTime(_ path: String, seconds: Int64) {
        var times = [timespec(tv_sec: Int(seconds), tv_nsec: 0), timespec(tv_sec: Int(seconds), tv_nsec: 0)]
        _ = utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW)
    }

    static func syncDirectory(_ path: String) throws {
        let descriptor = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open", path) }
        defer { close(descriptor) }
        try sync(descriptor, path: path)
    }

    private static func sync(_ folder: Int32, path: String) throws {
        // Some file systems refuse fsync on a folder (EINVAL): the data is then as safe as they allow.
        guard fsync(folder) == 0 || errno == EINVAL else { throw failure("fsync", path) }
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure("write", path)
            }
            offset += written
        }
    }

    static func failure(_ operation: String, _ path: String) -> ConseilError {
        let reason = String(cString: strerror(errno))
        return ConseilError(
            fr:
                "écriture impossible de \(InertText.make(path)) (\(operation) : \(reason)) ; rien n'a été modifié",
            en: "cannot write \(InertText.make(path)) (\(operation): \(reason)); nothing was changed")
    }
}

func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}

func basename(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
}

func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
}

func fileExists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
}

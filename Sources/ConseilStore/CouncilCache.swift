import ConseilCore
import Foundation

/// council.json is read by every command, often two or three times in one (the restricted
/// session's plan, the context, the use case's checks), and a council may list thousands of
/// members. Each process keeps the council it read while the file stays the same one: same
/// device, inode, size and modification time. Every write of the store renames a new file into
/// place, so any change it makes gives another inode; an edit in place changes the time.
final class CouncilCache: @unchecked Sendable {
    static let shared = CouncilCache()

    struct FileKey: Equatable {
        let device: UInt64
        let inode: UInt64
        let size: Int64
        let seconds: Int
        let nanoseconds: Int
    }

    private let lock = NSLock()
    private var entries: [String: (key: FileKey, council: Council)] = [:]

    /// The file as `lstat` sees it (a link is not followed: the store refuses to read one).
    static func key(_ path: String) -> FileKey? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileKey(
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
            seconds: status.st_mtim.tv_sec, nanoseconds: status.st_mtim.tv_nsec)
    }

    /// The council at `path`, read with `read` unless this process already read this very file.
    /// The key is taken before reading: a file replaced meanwhile is read again next time.
    func council(at path: String, read: () throws -> Council) throws -> Council {
        let key = Self.key(path)
        if let key {
            lock.lock()
            let entry = entries[path]
            lock.unlock()
            if let entry, entry.key == key { return entry.council }
        }
        let council = try read()
        if let key {
            lock.lock()
            entries[path] = (key, council)
            lock.unlock()
        }
        return council
    }
}

import ConseilCore

#if canImport(Glibc)
    import Glibc
#endif

/// A record of the data root that was written, replaced or removed, as `Layout.parse` reads
/// its path.
public struct RecordChange: Hashable, Sendable, CustomStringConvertible {
    public let kind: RecordKind
    /// The ids in the pattern's order (session, poll, key for a ballot).
    public let ids: [String]
    /// Relative to the data root.
    public let path: String

    /// Nil when `path` is not a record's (a temporary file, a stray name).
    public init?(path: String) {
        guard let (kind, ids) = Layout.parse(path) else { return nil }
        self.kind = kind
        self.ids = ids
        self.path = path
    }

    public var description: String { "\(kind) \(path)" }
}

/// What changed since the last look.
public struct WatchedChanges: Sendable, Equatable {
    public var records: Set<RecordChange> = []
    /// The watcher lost track (the kernel's queue overflowed, a folder was removed or moved
    /// away): everything may have changed.
    public var everything = false

    public init(records: Set<RecordChange> = [], everything: Bool = false) {
        self.records = records
        self.everything = everything
    }

    public var isEmpty: Bool { records.isEmpty && !everything }

    mutating func formUnion(_ other: WatchedChanges) {
        records.formUnion(other.records)
        everything = everything || other.everything
    }
}

/// Tells which records of the data root changed: with inotify (the kernel says, nothing is
/// polled, an idle interface costs nothing) on every folder the layout names, new folders
/// watched as they appear; or, where the kernel gives no inotify or when asked
/// (`CONSEIL_WATCH=stat`, for file systems whose changes inotify does not see: network and
/// some FUSE mounts), by comparing modification times every 250 ms.
/// Used from one thread at a time.
public final class ChangeWatcher {
    public enum Method: String, Sendable, CaseIterable { case inotify, stat }

    public let root: DataRoot
    public let method: Method
    private let backend: any WatchBackend

    /// Inotify falls back to stat when the kernel refuses it.
    public init(root: DataRoot, method: Method = .inotify) {
        self.root = root
        if method == .inotify, let inotify = InotifyWatch(root: root) {
            self.method = .inotify
            backend = inotify
        } else {
            self.method = .stat
            backend = StatWatch(root: root)
        }
    }

    /// Waits until something may have changed, or `milliseconds` pass (-1: no limit).
    public func wait(milliseconds: Int32) { backend.wait(milliseconds: milliseconds) }

    /// The records changed since the last call, at once (empty when nothing did).
    public func changes() -> WatchedChanges { backend.changes() }

    /// The folders of the data root that hold records, the root first, each relative to it
    /// ("" for the root), found by walking down the folders the layout names.
    static func folders(under relative: String, of root: DataRoot) -> [String] {
        var found = [relative]
        let absolute = relative.isEmpty ? root.path : root.absolute(relative)
        for (name, type) in FileReader.entries(absolute) where !name.hasPrefix(".") {
            let child = relative.isEmpty ? name : relative + "/" + name
            guard Layout.isFolder(child) else { continue }
            if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && isDirectory(root.absolute(child))) {
                found += folders(under: child, of: root)
            }
        }
        return found
    }

    /// Every record under a folder that just appeared: its files may have been written before
    /// the folder was watched.
    static func records(under relative: String, of root: DataRoot) -> Set<RecordChange> {
        var records = Set<RecordChange>()
        for folder in folders(under: relative, of: root) {
            for name in FileReader.list(root.absolute(folder)) {
                if let change = RecordChange(path: folder + "/" + name) { records.insert(change) }
            }
        }
        return records
    }
}

/// One way of finding out what changed.
protocol WatchBackend: AnyObject {
    func wait(milliseconds: Int32)
    func changes() -> WatchedChanges
}

import ConseilCore

#if canImport(Glibc)
    import Glibc
#endif

/// The inotify backend: one watch per folder of the layout. A record is reported when its
/// name appears by rename (every durable write), when a file written in place is closed, or
/// when it goes; a new folder is watched at once and its records reported, since they may
/// have been written before the watch.
final class InotifyWatch: WatchBackend {
    private let root: DataRoot
    private let descriptor: Int32
    /// The folder of each watch, relative to the data root ("" for the root).
    private var folders: [Int32: String] = [:]
    private static let mask = UInt32(
        IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF | IN_ONLYDIR)

    /// Nil when the kernel or the file system gives no inotify.
    init?(root: DataRoot) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.root = root
        self.descriptor = descriptor
        guard watchAll() else {
            close(descriptor)
            return nil
        }
    }

    deinit { close(descriptor) }

    /// Watches every folder of the layout from the root down; false when the root cannot be.
    private func watchAll() -> Bool {
        for folder in ChangeWatcher.folders(under: "", of: root) {
            guard watch(folder) || !folder.isEmpty else { return false }
        }
        return true
    }

    @discardableResult
    private func watch(_ folder: String) -> Bool {
        let path = folder.isEmpty ? root.path : root.absolute(folder)
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return false }
        folders[watch] = folder
        return true
    }

    func wait(milliseconds: Int32) {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&request, 1, milliseconds)
    }

    func changes() -> WatchedChanges {
        var changes = WatchedChanges()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                let header = MemoryLayout<inotify_event>.size
                while offset + header <= count {
                    let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameBytes = bytes[(offset + header)..<(offset + header + Int(event.len))]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    take(event, name: name, into: &changes)
                    offset += header + Int(event.len)
                }
            }
        }
        if changes.everything { rewatch() }
        return changes
    }

    private func take(_ event: inotify_event, name: String, into changes: inout WatchedChanges) {
        let flags = Int32(bitPattern: event.mask)
        if flags & Int32(IN_Q_OVERFLOW) != 0 {
            changes.everything = true
            return
        }
        if flags & Int32(IN_IGNORED) != 0 {
            folders[event.wd] = nil
            return
        }
        guard let folder = folders[event.wd], !name.isEmpty, !name.hasPrefix(".") else { return }
        let path = folder.isEmpty ? name : folder + "/" + name
        if flags & Int32(IN_ISDIR) != 0 {
            if flags & Int32(IN_CREATE | IN_MOVED_TO) != 0, Layout.isFolder(path) {
                for added in ChangeWatcher.folders(under: path, of: root) { watch(added) }
                changes.records.formUnion(ChangeWatcher.records(under: path, of: root))
            } else if flags & Int32(IN_DELETE | IN_MOVED_FROM) != 0, Layout.isFolder(path) {
                changes.everything = true
            }
            return
        }
        // A file created empty is reported when it is closed; a hard link arrives whole.
        if flags & Int32(IN_CREATE) != 0 && Self.isEmpty(root.absolute(path)) { return }
        if let change = RecordChange(path: path) { changes.records.insert(change) }
    }

    /// After losing track, the folders are watched again from scratch.
    private func rewatch() {
        for watch in folders.keys { inotify_rm_watch(descriptor, watch) }
        folders = [:]
        _ = watchAll()
    }

    private static func isEmpty(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) != 0 || info.st_size == 0
    }
}

import ConseilCore

#if canImport(Glibc)
    import Glibc
#endif

/// The fallback where inotify is missing: every 250 ms, the modification time of each folder
/// of the layout; a folder that changed is listed again and its files compared with what was
/// seen (time, size, inode). A durable write renames into place, so it always changes its
/// folder's time; a record rewritten in place by another tool is seen once its folder changes.
final class StatWatch: WatchBackend {
    private let root: DataRoot
    private var folders: [String: Int64] = [:]
    private var files: [String: [String: FileStamp]] = [:]
    static let interval: Int32 = 250

    init(root: DataRoot) {
        self.root = root
        _ = look(at: "")
    }

    func wait(milliseconds: Int32) {
        let pause = milliseconds < 0 ? Self.interval : min(milliseconds, Self.interval)
        if pause > 0 { usleep(UInt32(pause) * 1000) }
    }

    func changes() -> WatchedChanges {
        var changes = WatchedChanges()
        for (folder, time) in folders where FileStamp.folderTime(path(folder)) != time {
            guard FileStamp.folderTime(path(folder)) >= 0 else {
                changes.everything = true
                continue
            }
            changes.formUnion(look(at: folder))
        }
        if changes.everything {
            folders = [:]
            files = [:]
            _ = look(at: "")
        }
        return changes
    }

    private func path(_ folder: String) -> String { folder.isEmpty ? root.path : root.absolute(folder) }

    /// Lists `folder`, records its time, and reports the records that differ from the last
    /// listing; new subfolders are taken in with all their records.
    private func look(at folder: String) -> WatchedChanges {
        var changes = WatchedChanges()
        folders[folder] = FileStamp.folderTime(path(folder))
        let before = files[folder] ?? [:]
        var now: [String: FileStamp] = [:]
        for (name, type) in FileReader.entries(path(folder)) where !name.hasPrefix(".") {
            let child = folder.isEmpty ? name : folder + "/" + name
            if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && isDirectory(root.absolute(child))) {
                // A new folder: all its files are new to this listing.
                if Layout.isFolder(child), folders[child] == nil { changes.formUnion(look(at: child)) }
                continue
            }
            now[name] = FileStamp(root.absolute(child))
            if before[name] != now[name], let change = RecordChange(path: child) {
                changes.records.insert(change)
            }
        }
        for name in before.keys where now[name] == nil {
            if let change = RecordChange(path: folder.isEmpty ? name : folder + "/" + name) {
                changes.records.insert(change)
            }
        }
        files[folder] = now
        return changes
    }
}

/// What tells a file's versions apart without reading it.
struct FileStamp: Equatable {
    let time: Int64
    let size: Int64
    let inode: UInt64

    init(_ path: String) {
        var info = stat()
        let found = stat(path, &info) == 0
        time = found ? Self.nanoseconds(info) : -1
        size = found ? Int64(info.st_size) : -1
        inode = found ? UInt64(info.st_ino) : 0
    }

    /// -1 when the folder is gone.
    static func folderTime(_ path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? nanoseconds(info) : -1
    }

    private static func nanoseconds(_ info: stat) -> Int64 {
        Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec)
    }
}

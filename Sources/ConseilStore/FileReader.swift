import ConseilCore

#if canImport(Glibc)
    import Glibc
#endif

/// Reads whole files and folder listings with plain system calls: fast on archives of
/// thousands of small files, and every failure names the path and the reason.
public enum FileReader {
    /// Records are small; anything bigger than this is refused rather than loaded.
    public static let maxRecordSize = 1 << 20

    public enum Failure: Error, Equatable {
        case missing
        case unreadable(String)
        case tooLarge(Int)
        /// A folder, a named pipe, a device…: never read.
        case notAFile
    }

    public static func read(_ path: String, limit: Int = maxRecordSize) throws(Failure) -> [UInt8] {
        // O_NONBLOCK: opening a named pipe planted under a record's name must not wait for a
        // writer (it is then refused as not a regular file); it changes nothing for files.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notAFile }
        guard info.st_size <= limit else { throw .tooLarge(Int(info.st_size)) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var total = 0
        while true {
            if total == bytes.count { break }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            total += count
            if total > limit { throw .tooLarge(total) }
        }
        bytes.removeSubrange(total...)
        return bytes
    }

    /// The visible entries of a folder, sorted; an absent folder is empty. Names starting with
    /// a dot (temporary files of interrupted writes, editors' files) are skipped.
    public static func list(_ path: String) -> [String] {
        entries(path).map(\.name).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Every entry of a folder but `.` and `..`, hidden ones included, with the type the
    /// listing gives (`DT_REG`, `DT_DIR`, or `DT_UNKNOWN` on file systems that do not say).
    public static func entries(_ path: String) -> [(name: String, type: UInt8)] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        return entries
    }
}

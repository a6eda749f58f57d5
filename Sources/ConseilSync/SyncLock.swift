import ConseilCore
import ConseilStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One git at a time in a clone: `conseil-sync.lock` in the git folder, created with O_EXCL and
/// holding the owner's pid, the start time of that process and the host name.
///
/// A lock whose process is gone (killed, crashed, power cut) is stale and taken over. Every
/// look at the lock file (create, judge stale, remove) happens while holding an flock on a
/// second file, `conseil-sync.guard`, so two processes can never both decide that a lock is
/// stale and both take it. The kernel drops an flock when its process dies, so the guard itself
/// never goes stale; it is held for microseconds, the lock file for the whole sync.
public final class SyncLock: @unchecked Sendable {
    public let path: String
    private let owner: Owner
    private var released = false

    struct Owner: Equatable {
        let pid: Int32
        let start: UInt64
        let host: String

        var text: String { "pid=\(pid)\nstart=\(start)\nhost=\(host)\n" }

        static func parse(_ text: String) -> Owner? {
            var values: [String: String] = [:]
            for line in text.split(separator: "\n") {
                guard let equals = line.firstIndex(of: "=") else { continue }
                values[String(line[..<equals])] = String(line[line.index(after: equals)...])
            }
            guard let pid = values["pid"].flatMap({ Int32($0) }),
                let start = values["start"].flatMap({ UInt64($0) }),
                let host = values["host"]
            else { return nil }
            return Owner(pid: pid, start: start, host: host)
        }

        static var current: Owner {
            Owner(pid: getpid(), start: processStart(getpid()) ?? 0, host: hostName())
        }

        /// Whether the process that wrote this lock is still running. Another host's process
        /// cannot be seen from here: it is taken as alive.
        var isAlive: Bool {
            guard host == hostName() else { return true }
            if kill(pid, 0) != 0 && errno == ESRCH { return false }
            guard let start = processStart(pid) else { return true }
            // Same pid, another process: the number was reused.
            return self.start == 0 || start == self.start
        }
    }

    private init(path: String, owner: Owner) {
        self.path = path
        self.owner = owner
    }

    deinit { release() }

    /// Takes the lock of the clone whose git folder is `gitFolder`, waiting up to `wait` seconds
    /// for another sync to finish. `repairs` receives a line when a stale lock is taken over.
    public static func acquire(gitFolder: String, wait: Double, repairs: inout [Localized]) throws -> SyncLock
    {
        let path = gitFolder + "/conseil-sync.lock"
        let guardPath = gitFolder + "/conseil-sync.guard"
        let me = Owner.current
        let deadline = Date().addingTimeInterval(max(0, wait))
        while true {
            let holder = try withGuard(guardPath) { () throws -> Owner? in
                if let existing = read(path) {
                    if let other = Owner.parse(existing), other.isAlive { return other }
                    // A lock with no live owner, or one whose owner died before writing it
                    // (the writer holds the guard from creation to fsync): stale.
                    unlink(path)
                    repairs.append(
                        Localized(
                            fr: "verrou de synchronisation abandonné repris (\(describe(existing)))",
                            en: "took over an abandoned sync lock (\(describe(existing)))"))
                }
                let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                guard descriptor >= 0 else {
                    throw ConseilError(
                        fr: "impossible de créer le verrou \(path) (\(String(cString: strerror(errno))))",
                        en: "cannot create the lock \(path) (\(String(cString: strerror(errno))))")
                }
                let bytes = Array(me.text.utf8)
                _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress!, $0.count) }
                fsync(descriptor)
                close(descriptor)
                return nil
            }
            guard let holder else { return SyncLock(path: path, owner: me) }
            if Date() >= deadline {
                throw ConseilError(
                    fr:
                        "une synchronisation est déjà en cours dans ce dépôt (processus \(holder.pid) sur \(holder.host)) ; réessayez quand elle sera finie",
                    en:
                        "a sync is already running in this repository (process \(holder.pid) on \(holder.host)); try again when it has finished"
                )
            }
            usleep(50_000)
        }
    }

    /// Removes the lock if it is still this process's.
    public func release() {
        guard !released else { return }
        released = true
        let guardPath = parent(path) + "/conseil-sync.guard"
        _ = try? SyncLock.withGuard(guardPath) {
            if let text = SyncLock.read(path), Owner.parse(text) == owner { unlink(path) }
        }
    }

    static func withGuard<T>(_ guardPath: String, _ body: () throws -> T) throws -> T {
        let descriptor = open(guardPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ConseilError(
                fr: "impossible d'ouvrir \(guardPath) (\(String(cString: strerror(errno))))",
                en: "cannot open \(guardPath) (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { break }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    static func read(_ path: String) -> String? { readSmallFile(path) }

    private static func describe(_ text: String) -> String {
        guard let owner = Owner.parse(text) else { return "vide" }
        return "pid \(owner.pid)"
    }

    private func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}

/// The start time of a process in clock ticks since boot (field 22 of /proc/PID/stat), which
/// tells a process from a later one that got the same pid.
func processStart(_ pid: Int32) -> UInt64? {
    guard let text = readSmallFile("/proc/\(pid)/stat") else { return nil }
    guard let close = text.lastIndex(of: ")") else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    // After the name: state is field 3, so start time (field 22) is at index 22 - 3.
    guard fields.count > 19 else { return nil }
    return UInt64(fields[19])
}

/// A small file read whole, /proc files included (their size is 0 until read); nil if absent.
func readSmallFile(_ path: String, limit: Int = 65536) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while bytes.count < limit {
        let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        bytes += chunk[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}

func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count) == 0 else { return "?" }
    return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

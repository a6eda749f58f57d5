import ConseilCore
import ConseilStore
import Foundation

/// Keeps the interface's data current off the drawing loop: a thread waits on the watcher,
/// takes in what changed (LiveSnapshot), leaves the new snapshot for the loop and wakes it.
/// The loop hands it to `update` as a `.data` event; nothing on the loop reads a file for it.
final class LiveReload: @unchecked Sendable {
    private let lock = NSLock()
    private let root: DataRoot
    private let watcher: ChangeWatcher
    private let wake: WakePipe
    private let today: CalendarDay
    private var live: LiveSnapshot?
    /// The session the screens show, as the loop last said.
    private var session: String?
    /// The newest snapshot the loop has not taken yet.
    private var fresh: Snapshot?

    init(root: DataRoot, session: String?, today: CalendarDay, wake: WakePipe, method: ChangeWatcher.Method) {
        self.root = root
        self.session = session
        self.wake = wake
        self.today = today
        // Watching starts before the first read, so that nothing written meanwhile is missed.
        watcher = ChangeWatcher(root: root, method: method)
        Thread.detachNewThread { [self] in
            lock.withLock {
                live = try? LiveSnapshot(root: root, session: session, today: today)
                fresh = live?.snapshot
            }
            wake.signal()
            while true {
                watcher.wait(milliseconds: -1)
                let changed = lock.withLock { takeChanges() }
                if changed { wake.signal() }
            }
        }
    }

    var method: ChangeWatcher.Method { watcher.method }

    /// The snapshot the thread made since the last call, if any.
    func take() -> Snapshot? {
        lock.withLock {
            defer { fresh = nil }
            return fresh
        }
    }

    /// The data as it is now, for the loop after it wrote (an effect) or chose another
    /// session: what the watcher has seen is taken in at once, on this thread.
    func current(session wanted: String?) throws -> Snapshot {
        try lock.withLock {
            session = wanted
            guard let live else {
                return try Snapshot.load(from: root, session: wanted, today: today)
            }
            _ = try live.apply(watcher.changes(), session: wanted)
            fresh = nil
            return live.snapshot
        }
    }

    /// Under the lock: whether a new snapshot waits for the loop.
    private func takeChanges() -> Bool {
        let changes = watcher.changes()
        guard let live, !changes.isEmpty, (try? live.apply(changes, session: session)) == true else {
            return false
        }
        fresh = live.snapshot
        return true
    }
}

/// A pipe that wakes the drawing loop from another thread: the loop waits on the terminal
/// and on `descriptor` together, so an idle interface sleeps in the kernel.
final class WakePipe: Sendable {
    let descriptor: Int32
    private let writer: Int32

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
            _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        }
        descriptor = ends[0]
        writer = ends[1]
    }

    deinit {
        close(descriptor)
        close(writer)
    }

    func signal() {
        var byte: UInt8 = 1
        _ = write(writer, &byte, 1)
    }

    /// Empties the pipe once the loop is awake.
    func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &bytes, bytes.count) > 0 {}
    }
}

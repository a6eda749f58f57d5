import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// One git at a time in a clone: the sync lock, stale locks, and git's own abandoned locks.
@Suite struct LockTests {
    @Test func twoSyncsAtOnceTakeTurns() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        let ids = try a.setUpCouncil()
        try a.sync()
        guard let binary = ConseilBinary.path else { return }
        var environment = lab.environment
        environment["CONSEIL_DATA"] = a.data
        for round in 0..<3 {
            try a.succeed(
                ["vote", ids.poll, round % 2 == 0 ? "Oui" : "Non"], as: "chloe",
                now: "2017-11-17T10:0\(round):00Z")
            let first = try ChildProcess(binary, ["sync"], environment: environment, directory: lab.base)
            let second = try ChildProcess(binary, ["sync"], environment: environment, directory: lab.base)
            let outputs = [first.wait(), second.wait()]
            for output in outputs { #expect(output.status == 0, "\(output.summary)") }
        }
        #expect(try a.git(["status", "--porcelain"]).stdout.isEmpty)
        #expect(try a.git(["rev-parse", "HEAD"]).stdout == a.git(["rev-parse", "origin/main"]).stdout)
    }

    @Test func aLockOfALiveProcessIsRespected() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        _ = try a.setUpCouncil()
        let stat = try String(contentsOfFile: "/proc/self/stat", encoding: .utf8)
        let fields = stat[stat.index(after: stat.lastIndex(of: ")")!)...].split(separator: " ")
        let lock = a.top + "/.git/conseil-sync.lock"
        try "pid=\(getpid())\nstart=\(fields[19])\nhost=\(currentHost())\n"
            .write(toFile: lock, atomically: true, encoding: .utf8)
        let refused = try a.run(["sync", "--wait", "0"])
        #expect(refused.status == 1, "\(refused.summary)")
        #expect(refused.stderr.contains("déjà en cours"), "\(refused.summary)")
        #expect(FileManager.default.fileExists(atPath: lock))
        try FileManager.default.removeItem(atPath: lock)
        try a.sync()
    }

    @Test func staleLocksAreTakenOver() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        _ = try a.setUpCouncil()
        let host = currentHost()
        // A sync lock whose process is gone, and git's index lock left by a killed git.
        try "pid=2147483000\nstart=1\nhost=\(host)\n".write(
            toFile: a.top + "/.git/conseil-sync.lock", atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: a.top + "/.git/index.lock", contents: Data())
        let output = try a.sync()
        #expect(output.stdout.contains("Réparé : verrou de synchronisation abandonné"), "\(output.summary)")
        #expect(output.stdout.contains("index.lock"), "\(output.summary)")
        #expect(!FileManager.default.fileExists(atPath: a.top + "/.git/conseil-sync.lock"))
        #expect(!FileManager.default.fileExists(atPath: a.top + "/.git/index.lock"))
        #expect(try a.git(["status", "--porcelain"]).stdout.isEmpty)
    }
}

private func currentHost() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    gethostname(&buffer, buffer.count)
    return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

import ConseilCore
import ConseilStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the next sync finds after a sync was killed (SIGKILL, a power cut) and how it repairs it.
///
/// - git's own lock files (`index.lock`, `HEAD.lock`, `refs/…/x.lock`) left by a git killed
///   in the middle: removed, but only when no git process is running in the clone.
/// - an integration that had started moving the data root to a merge commit: the marker
///   `conseil-sync/integrating.json` names both commits, and the move is finished (every step
///   of `advance` can be redone). A move that an older conseil started onto a remote tree
///   with hostile names (`.git`, `..`) is undone instead, and the remote integrated anew.
/// - a git command of a person in progress (a merge, a rebase): left alone, and the sync stops
///   with a message, since only that person knows how to finish it.
extension Repository {
    struct Marker: Codable {
        var from: String?
        var to: String
    }

    func repair(_ report: inout SyncReport) throws {
        let running = waitForOtherGits(seconds: 5)
        let locks = staleGitLocks()
        if !locks.isEmpty {
            if let busy = running.first {
                throw ConseilError(
                    fr:
                        "git travaille dans ce dépôt (processus \(busy)) : attendez qu'il ait fini, puis relancez « conseil sync »",
                    en:
                        "git is working in this repository (process \(busy)): wait until it has finished, then run “conseil sync” again"
                )
            }
            for lock in locks {
                unlink(lock)
                let shown = String(lock.dropFirst(gitFolder.count + 1))
                report.repairs.append(
                    Localized(
                        fr: "verrou de git abandonné supprimé : \(shown)",
                        en: "removed an abandoned git lock: \(shown)"))
            }
        }
        for (name, operation) in [
            ("MERGE_HEAD", "merge"), ("rebase-merge", "rebase"), ("rebase-apply", "rebase"),
            ("CHERRY_PICK_HEAD", "cherry-pick"), ("REVERT_HEAD", "revert"),
        ] where access(gitFolder + "/" + name, F_OK) == 0 {
            throw ConseilError(
                fr:
                    "un « git \(operation) » est en cours dans ce dépôt : terminez-le (git \(operation) --continue) ou annulez-le (git \(operation) --abort), puis relancez « conseil sync »",
                en:
                    "a “git \(operation)” is in progress in this repository: finish it (git \(operation) --continue) or cancel it (git \(operation) --abort), then run “conseil sync” again"
            )
        }
        try finishInterruptedIntegration(&report)
        let removed = removeAbandonedTemporaryFiles(root.path)
        if removed > 0 {
            report.repairs.append(
                Localized(
                    fr: "\(removed) fichier(s) temporaire(s) d'écritures interrompues supprimé(s)",
                    en: "removed \(removed) temporary file(s) of interrupted writes"))
        }
    }

    /// Removes the temporary files (`.name.tmp-PID-N`) of durable writes whose process died
    /// before the rename: they never became a record. Files of a live process are left alone.
    func removeAbandonedTemporaryFiles(_ folder: String) -> Int {
        let entries = FileReader.entries(folder)
        var removed = 0
        for (name, type) in entries {
            let path = folder + "/" + name
            var isFolder = type == UInt8(DT_DIR)
            var isFile = type == UInt8(DT_REG)
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                isFolder = (info.st_mode & S_IFMT) == S_IFDIR
                isFile = (info.st_mode & S_IFMT) == S_IFREG
            }
            if isFolder {
                if !name.hasPrefix(".") { removed += removeAbandonedTemporaryFiles(path) }
                continue
            }
            guard isFile, name.hasPrefix("."), let range = name.range(of: ".tmp-"),
                let pid = Int32(name[range.upperBound...].prefix(while: { $0 != "-" })), pid > 0
            else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH, unlink(path) == 0 { removed += 1 }
        }
        return removed
    }

    /// Finishes the move of the data root to a merge commit that a killed sync had started.
    func finishInterruptedIntegration(_ report: inout SyncReport) throws {
        guard let bytes = try? FileReader.read(markerPath) else { return }
        guard let marker = try? JSONDecoder().decode(Marker.self, from: Data(bytes)) else {
            try DurableFile.remove(markerPath)
            return
        }
        let head = try git.commit("HEAD")
        let hostile = try diff(marker.from ?? emptyTree(), marker.to, everywhere: true).map(\.path).filter {
            RemoteTreeRule.nameRefusal($0) != nil
        }
        if let from = marker.from, !hostile.isEmpty, head == from || head == marker.to {
            // git cannot hold such a path in its index: on that tree every later sync would fail.
            report.conflicts += try advance(from: marker.to, to: from)
            let shown = hostile.prefix(3).map { InertText.make(top + "/" + $0) }.joined(separator: ", ")
            report.repairs.append(
                Localized(
                    fr:
                        "intégration d'un conseil plus ancien annulée (\(tag(marker.to))) : elle menait à des chemins refusés ; elle a pu écrire \(shown) : vérifiez-les et retirez-les",
                    en:
                        "undid an integration by an older conseil (\(tag(marker.to))): it led to refused paths; it may have written \(shown): check and remove them"
                ))
        } else if head == marker.from || head == marker.to {
            report.conflicts += try advance(from: marker.from, to: marker.to)
            report.repairs.append(
                Localized(
                    fr: "intégration interrompue terminée (\(tag(marker.to)))",
                    en: "finished an interrupted integration (\(tag(marker.to)))"))
        } else {
            report.repairs.append(
                Localized(
                    fr: "intégration interrompue abandonnée : la branche a changé depuis",
                    en: "dropped an interrupted integration: the branch has moved since"))
        }
        try DurableFile.remove(markerPath)
    }

    func writeMarker(from: String?, to: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try DurableFile.write([UInt8](try encoder.encode(Marker(from: from, to: to))), to: markerPath)
    }

    /// git's lock files in the clone's git folder.
    func staleGitLocks() -> [String] {
        var found: [String] = []
        for name in [
            "index.lock", "HEAD.lock", "ORIG_HEAD.lock", "FETCH_HEAD.lock", "config.lock", "packed-refs.lock",
            "shallow.lock", "conseil-sync/merge-index.lock",
        ] where access(gitFolder + "/" + name, F_OK) == 0 {
            found.append(gitFolder + "/" + name)
        }
        func walk(_ folder: String, depth: Int) {
            guard depth < 12, let directory = opendir(folder) else { return }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(directory)
            for name in names {
                let path = folder + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    walk(path, depth: depth + 1)
                } else if name.hasSuffix(".lock") {
                    found.append(path)
                }
            }
        }
        walk(gitFolder + "/refs", depth: 0)
        walk(gitFolder + "/logs", depth: 0)
        return found.sorted()
    }

    /// Waits up to `seconds` for the git processes working in this clone (a git left running by
    /// a killed sync, or a person's) to end; returns the pids of those still running.
    func waitForOtherGits(seconds: Double) -> [Int32] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let running = gitProcesses()
            if running.isEmpty || Date() >= deadline { return running }
            usleep(20_000)
        }
    }

    /// The git processes whose working folder is in this clone (Linux: /proc).
    func gitProcesses() -> [Int32] {
        guard let directory = opendir("/proc") else { return [] }
        var pids: [Int32] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if let pid = Int32(name), pid != getpid() { pids.append(pid) }
        }
        closedir(directory)
        let places = [top, gitFolder]
        return pids.filter { pid in
            guard let command = readSmallFile("/proc/\(pid)/comm"), command.hasPrefix("git") else {
                return false
            }
            // A zombie has no working folder and holds nothing.
            guard let cwd = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd")
            else {
                return false
            }
            return places.contains { cwd == $0 || cwd.hasPrefix($0 + "/") }
        }
    }
}

import ConseilCore
import ConseilStore
import Foundation

/// How the remote's work joins the local branch: a merge (never a rebase), so that history stays
/// the audit trail. The merge is computed in git's object store, file by file, then the data root
/// is moved to it (`advance`): no conflict marker ever reaches a file, and a file of the remote
/// is checked before it is trusted.
///
/// First, `RemoteTreeRule` decides which files of the remote may enter at all: the others
/// (not a record's path, `.git`, `..`, links, submodules, huge files) keep our version in the
/// merge, and the remote's tip is never fast-forwarded to while it holds one.
///
/// For each other file of the data root that the remote changed since the common ancestor:
/// - changed only there: taken, unless it is unreadable where the local version is readable
///   (the local one stays, the remote's is kept beside it as a conflict copy);
/// - changed on both sides the same way: nothing to do;
/// - a ballot or an attendance record changed on both sides: the later one wins (voting again
///   replaces a ballot); the other stays in history;
/// - any other record changed on both sides: git's line merge when it is clean and gives a
///   readable record; otherwise both versions are kept: the local one in place (or the readable
///   one), the other beside it as `.<name>.conflict-<commit>.json`, until a person resolves it;
/// - deleted on one side and changed on the other: the changed version is kept.
///
/// Files outside the data root are never written: when the remote changed some, nothing is
/// integrated and the person is told to merge with git.
struct Integration {
    /// The commit the branch moves to.
    var target: String
    var conflicts: [ConflictNote] = []
    var automatic: [ConflictNote] = []
    /// Files of the remote's tip kept out of the data root, by `RemoteTreeRule`.
    var refused: [FileNote] = []
    var invalid: [FileNote] = []
}

extension Repository {
    /// Merges `theirs` into the current branch (`ours`, nil when unborn) and moves the data
    /// root there. Returns nil when `theirs` is already part of the branch. `stillRefused` are
    /// the paths an earlier sync refused: reported again while `theirs` holds them.
    func integrate(ours: String?, theirs: String, remoteName: String, stillRefused: [String] = []) throws
        -> Integration?
    {
        if let ours, try git.isAncestor(theirs, of: ours) { return nil }
        let empty = try emptyTree()
        var base = empty
        if let ours {
            let found = try git.run(["merge-base", ours, theirs])
            guard found.ok else {
                throw BlockedSync(
                    Localized(
                        fr:
                            "le dépôt distant \(remoteName) n'a aucun historique commun avec ce dépôt : rien n'a été intégré ; clonez plutôt le dépôt distant (git clone)",
                        en:
                            "the remote \(remoteName) shares no history with this repository: nothing was integrated; clone the remote instead (git clone)"
                    ))
            }
            base = found.line
        }
        let theirChanges = try diff(base, theirs, everywhere: true)
        let outside = theirChanges.filter { relative($0.path) == nil }
        if let hostile = outside.first(where: { RemoteTreeRule.nameRefusal($0.path) != nil }) {
            let reason = RemoteTreeRule.nameRefusal(hostile.path)!
            throw BlockedSync(
                Localized(
                    fr:
                        "le dépôt distant a un chemin refusé hors du dossier de données (\(InertText.make(hostile.path)) : \(reason.fr)) : rien n'a été intégré, et git refuserait aussi de l'extraire ; remettez la branche du dépôt distant sur un commit sain (git push --force), puis relancez « conseil sync » ; vos changements sont enregistrés localement",
                    en:
                        "the remote has a refused path outside the data root (\(InertText.make(hostile.path)): \(reason.en)): nothing was integrated, and git would refuse to check it out too; put the remote's branch back on a sound commit (git push --force), then run “conseil sync” again; your changes are committed locally"
                ))
        }
        if !outside.isEmpty {
            let shown = outside.prefix(3).map { InertText.make($0.path) }.joined(separator: ", ")
            let more = outside.count > 3 ? " (+\(outside.count - 3))" : ""
            throw BlockedSync(
                Localized(
                    fr:
                        "le dépôt distant a des changements hors du dossier de données (\(shown)\(more)) : conseil ne touche pas à ces fichiers, intégrez-les avec git (git pull), puis relancez « conseil sync » ; vos changements sont enregistrés localement",
                    en:
                        "the remote has changes outside the data root (\(shown)\(more)): conseil does not touch those files; integrate them with git (git pull), then run “conseil sync” again; your changes are committed locally"
                ))
        }
        var ourChanges: [String: RawChange] = [:]
        if let ours {
            for change in try diff(base, ours) { ourChanges[change.path] = change }
        }
        var result = Integration(target: theirs)
        let (theirTree, malformed) = try git.treeEntries(of: theirs)
        let lifecycle = LifecycleRule(repository: self, theirs: theirs)
        var refusals: [String: Localized] = [:]
        for change in theirChanges where !change.isDeletion {
            let size = theirTree[change.path]?.size ?? Int.max
            refusals[change.path] =
                malformed.contains(change.path)
                ? RemoteTreeRule.malformedEntry
                : RemoteTreeRule.refusal(relative(change.path)!, mode: change.newMode, size: size)
                    ?? lifecycle.refusal(relative(change.path)!)
        }
        for path in stillRefused where refusals[full(path)] == nil {
            if let entry = theirTree[full(path)] {
                refusals[full(path)] =
                    malformed.contains(full(path))
                    ? RemoteTreeRule.malformedEntry
                    : RemoteTreeRule.refusal(path, mode: entry.mode, size: entry.size)
            }
        }
        result.refused = refusals.keys.sorted().map { FileNote(path: relative($0)!, reason: refusals[$0]!) }

        var wanted: [String] = []
        for change in theirChanges where refusals[change.path] == nil {
            if !change.isDeletion { wanted.append(change.newId) }
            wanted.append(change.oldId)
            if let mine = ourChanges[change.path] { wanted.append(mine.newId) }
        }
        let blobs = try git.contents(of: wanted)
        /// Index lines that turn our tree into the merged one: (mode, id, path); mode "0" deletes.
        var updates: [(mode: String, id: String, path: String)] = []
        var keptOurs = false
        var needsTextMerge: [RawChange] = []

        for change in theirChanges {
            let path = change.path
            let relative = relative(path)!
            let mine = ourChanges[path]
            // Refused: our version stays, whatever it is (a deletion of such a path included).
            if refusals[path] != nil || change.isDeletion && RemoteTreeRule.pathRefusal(relative) != nil {
                keptOurs = true
                continue
            }
            if change.isDeletion {
                if mine == nil {
                    updates.append(("0", String(repeating: "0", count: change.oldId.count), path))
                } else if mine!.isDeletion == false {
                    keptOurs = true
                    result.automatic.append(
                        ConflictNote(
                            path: relative, copy: nil,
                            reason: Localized(
                                fr: "supprimé à distance mais modifié ici : la version modifiée est gardée",
                                en: "deleted on the remote but changed here: the changed version is kept")))
                }
                continue
            }
            let theirBytes = blobs[change.newId] ?? []
            let problem = check(relative, theirBytes)
            guard let mine else {
                // Changed only on the remote.
                if let problem, !change.isAddition, check(relative, blobs[change.oldId] ?? []) == nil {
                    keptOurs = true
                    let copy = copyPath(relative, tag: tag(theirs))
                    updates.append((RemoteTreeRule.fileMode, change.newId, full(copy)))
                    result.conflicts.append(
                        ConflictNote(
                            path: relative, copy: copy,
                            reason: Localized(
                                fr:
                                    "la version reçue est illisible (\(problem.reason.fr)) : la version locale reste en place",
                                en:
                                    "the received version is unreadable (\(problem.reason.en)): the local version stays"
                            )))
                    continue
                }
                if let problem { result.invalid.append(problem) }
                updates.append((RemoteTreeRule.fileMode, change.newId, path))
                continue
            }
            if mine.isDeletion {
                if let problem { result.invalid.append(problem) }
                updates.append((RemoteTreeRule.fileMode, change.newId, path))
                result.automatic.append(
                    ConflictNote(
                        path: relative, copy: nil,
                        reason: Localized(
                            fr: "supprimé ici mais modifié à distance : la version modifiée est gardée",
                            en: "deleted here but changed on the remote: the changed version is kept")))
                continue
            }
            if mine.newId == change.newId { continue }
            keptOurs = true
            let kind = Layout.kind(of: relative)
            if kind == .ballot || kind == .attendance,
                let winner = latest(
                    kind!, mine: blobs[mine.newId], theirs: theirBytes, mineId: mine.newId,
                    theirsId: change.newId)
            {
                if winner == change.newId { updates.append((RemoteTreeRule.fileMode, change.newId, path)) }
                result.automatic.append(
                    ConflictNote(
                        path: relative, copy: nil,
                        reason: Localized(
                            fr: "changé des deux côtés : la version la plus récente est gardée",
                            en: "changed on both sides: the most recent version is kept")))
                continue
            }
            needsTextMerge.append(change)
        }

        if let ours, !needsTextMerge.isEmpty {
            let merged = try textMerge(ours: ours, theirs: theirs, paths: needsTextMerge.map(\.path))
            for change in needsTextMerge {
                let relative = relative(change.path)!
                let mine = ourChanges[change.path]!
                if let clean = merged[change.path], check(relative, clean.bytes) == nil {
                    updates.append((RemoteTreeRule.fileMode, clean.id, change.path))
                    continue
                }
                let mineReadable = check(relative, blobs[mine.newId] ?? []) == nil
                let theirProblem = check(relative, blobs[change.newId] ?? [])
                if let theirProblem { result.invalid.append(theirProblem) }
                let copy: String
                if mineReadable || theirProblem != nil {
                    copy = copyPath(relative, tag: tag(theirs))
                    updates.append((RemoteTreeRule.fileMode, change.newId, full(copy)))
                } else {
                    copy = copyPath(relative, tag: tag(ours))
                    updates.append((RemoteTreeRule.fileMode, change.newId, change.path))
                    updates.append((RemoteTreeRule.fileMode, mine.newId, full(copy)))
                }
                result.conflicts.append(
                    ConflictNote(
                        path: relative, copy: copy,
                        reason: Localized(
                            fr: "modifié des deux côtés : les deux versions sont gardées",
                            en: "changed on both sides: both versions are kept")))
            }
        }

        // Never onto a tree that holds a refused file, or an executable bit.
        let fastForward =
            (ours == nil || base == ours) && !keptOurs && result.refused.isEmpty
            && theirChanges.allSatisfy { $0.isDeletion || $0.newMode == RemoteTreeRule.fileMode }
            && updates.allSatisfy { update in theirChanges.contains { $0.path == update.path } }
        if !fastForward {
            result.target = try mergeCommit(
                ours: ours, theirs: theirs, updates: updates, remoteName: remoteName, result: result)
        }
        // Nothing outside the data root may move.
        if let stray = try diff(ours ?? empty, result.target, everywhere: true).first(where: {
            relative($0.path) == nil
        }) {
            throw ConseilError(
                fr:
                    "intégration refusée : elle changerait \(InertText.make(stray.path)), hors du dossier de données",
                en:
                    "integration refused: it would change \(InertText.make(stray.path)), outside the data root"
            )
        }
        try writeMarker(from: ours, to: result.target)
        result.conflicts += try advance(from: ours, to: result.target)
        try DurableFile.remove(markerPath)
        return result
    }

    /// Whether `bytes` are a readable file for `relative`: a record of its kind, or the copy of one.
    func check(_ relative: String, _ bytes: [UInt8]) -> FileNote? {
        guard let kind = RemoteTreeRule.recordKind(of: relative) else {
            return FileNote(
                path: relative,
                reason: Localized(
                    fr: "fichier inattendu dans le dossier de données (ignoré par conseil)",
                    en: "unexpected file in the data root (ignored by conseil)"))
        }
        return kind.check(bytes, path: relative).map { FileNote(path: relative, reason: $0.reason) }
    }

    func copyPath(_ relative: String, tag: String) -> String {
        let name = ConflictCopy.name(for: basename(relative), tag: tag)
        return relative.contains("/") ? folder(relative) + "/" + name : name
    }

    /// Of two versions of a ballot or an attendance record, the id of the later one (ties:
    /// the greater id, so that every clone decides the same); nil when neither is readable.
    private func latest(_ kind: RecordKind, mine: [UInt8]?, theirs: [UInt8], mineId: String, theirsId: String)
        -> String?
    {
        func time(_ bytes: [UInt8]?) -> Timestamp?? {
            if kind == .ballot { return decode(Ballot.self, bytes).map { $0.at } }
            return decode(Attendance.self, bytes).map { Optional($0.at) }
        }
        let a = time(mine)
        let b = time(theirs)
        switch (a, b) {
        case (nil, nil): return nil
        case (nil, _): return theirsId
        case (_, nil): return mineId
        case (let a??, let b??): return a == b ? max(mineId, theirsId) : (a > b ? mineId : theirsId)
        default: return max(mineId, theirsId)
        }
    }

    /// git's line merge of the files changed on both sides; the clean ones by path.
    private func textMerge(ours: String, theirs: String, paths: [String]) throws -> [String: (
        id: String, bytes: [UInt8]
    )] {
        let result = try git.run(["merge-tree", "--write-tree", "-z", "--no-messages", ours, theirs])
        guard result.status == 0 || result.status == 1 else {
            throw GitFailure(arguments: ["merge-tree"], result: result)
        }
        let fields = result.fields
        guard let tree = fields.first else { return [:] }
        var conflicted = Set<String>()
        for field in fields.dropFirst() {
            guard let tab = field.firstIndex(of: "\t") else { continue }
            conflicted.insert(String(field[field.index(after: tab)...]))
        }
        let clean = paths.filter { !conflicted.contains($0) }
        let objects = try git.objects(of: clean.map { tree + ":" + $0 })
        var merged: [String: (id: String, bytes: [UInt8])] = [:]
        for path in clean { merged[path] = objects[tree + ":" + path] }
        return merged
    }

    /// Writes the merged tree through a private index and records the merge commit.
    private func mergeCommit(
        ours: String?, theirs: String, updates: [(mode: String, id: String, path: String)],
        remoteName: String,
        result: Integration
    ) throws -> String {
        let index = syncFolder + "/merge-index"
        try DurableFile.makeDirectories(syncFolder)
        unlink(index)
        let environment = ["GIT_INDEX_FILE": index]
        if let ours {
            try git.check(["read-tree", ours], environment: environment)
        } else {
            try git.check(["read-tree", "--empty"], environment: environment)
        }
        var input: [UInt8] = []
        for update in updates {
            input += Array("\(update.mode) \(update.id)\t\(update.path)".utf8) + [0]
        }
        try git.check(["update-index", "-z", "--index-info"], input: input, environment: environment)
        let tree = try git.check(["write-tree"], environment: environment).line
        unlink(index)
        var message = "Synchronisation avec \(remoteName)\n"
        let notes = result.conflicts + result.automatic
        if !notes.isEmpty || !result.refused.isEmpty {
            message += "\n"
            for note in notes { message += "- \(InertText.make(note.path)) : \(note.reason.fr)\n" }
            for note in result.refused {
                message += "- \(InertText.make(note.path)) refusé : \(note.reason.fr)\n"
            }
        }
        var arguments = ["commit-tree", tree]
        if let ours { arguments += ["-p", ours] }
        arguments += ["-p", theirs, "-F", "-"]
        return try git.check(arguments, input: Array(message.utf8)).line
    }
}

/// A sync that must stop before integrating, with the reason for the person.
struct BlockedSync: Error {
    let reason: Localized
    init(_ reason: Localized) { self.reason = reason }
}

extension Git {
    /// Every file of a commit's tree by path (relative to the top): its mode, id and size
    /// (0 for a submodule), read without reading the files. A crafted tree can list one name
    /// twice, or hold an entry whose own name has a slash ("a/b" beside or without a folder
    /// "a"), which the recursive listing cannot tell from a real path: every tree object is read
    /// to find them, and their paths are `malformed` (git fsck flags such trees).
    func treeEntries(of commit: String) throws -> (
        entries: [String: (mode: String, id: String, size: Int)], malformed: Set<String>
    ) {
        var entries: [String: (mode: String, id: String, size: Int)] = [:]
        var folders: [String: [String]] = [try check(["rev-parse", commit + "^{tree}"]).line: [""]]
        for field in try check(["ls-tree", "-r", "-t", "-l", "-z", "--full-tree", commit]).fields {
            guard let tab = field.firstIndex(of: "\t") else { continue }
            let meta = field[..<tab].split(separator: " ")
            guard meta.count == 4 else { continue }
            let path = String(field[field.index(after: tab)...])
            if meta[1] == "tree" {
                folders[String(meta[2]), default: []].append(path + "/")
            } else {
                entries[path] = (String(meta[0]), String(meta[2]), Int(meta[3]) ?? 0)
            }
        }
        var malformed = Set<String>()
        let trees = try objects(of: Array(folders.keys))
        for (id, tree) in trees {
            for name in TreeObject.badNames(tree.bytes, idLength: id.count / 2) {
                for folder in folders[id] ?? [] { malformed.insert(folder + name) }
            }
        }
        return (entries, malformed)
    }

    /// Objects named `rev:path` (or ids): their id and contents.
    func objects(of names: [String]) throws -> [String: (id: String, bytes: [UInt8])] {
        guard !names.isEmpty else { return [:] }
        let input = Array(names.joined(separator: "\n").utf8) + [0x0A]
        let bytes = try check(["cat-file", "--batch"], input: input).output
        var result: [String: (id: String, bytes: [UInt8])] = [:]
        var index = 0
        for name in names {
            guard let newline = bytes[index...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: bytes[index..<newline], as: UTF8.self)
            index = newline + 1
            guard !header.hasSuffix(" missing"), !header.hasSuffix(" ambiguous") else { continue }
            let parts = header.split(separator: " ")
            guard parts.count == 3, let size = Int(parts[2]), index + size <= bytes.count else { break }
            result[name] = (String(parts[0]), Array(bytes[index..<(index + size)]))
            index += size + 1
        }
        return result
    }
}

import ConseilCore

#if canImport(Glibc)
    import Glibc
#endif

extension RecordKind {
    /// Whether `bytes` are a readable record of this kind; the problem otherwise, under `path`.
    public func check(_ bytes: [UInt8], path: String) -> LoadProblem? {
        guard bytes.count <= FileReader.maxRecordSize else {
            return LoadProblem(
                path: path, reason: RecordCodec.describe(FileReader.Failure.tooLarge(bytes.count)))
        }
        // The names of the path from the end: the file's own (a conflict copy's name stands for
        // its record's, `.json` dropped), then its folders. A record must be where its ids say.
        let parts = path.split(separator: "/").map(String.init)
        func name(_ back: Int) -> String {
            guard back < parts.count else { return "" }
            let part = parts[parts.count - 1 - back]
            let record = back == 0 ? ConflictCopy.parse(part)?.record ?? part : part
            return record.hasSuffix(".json") ? String(record.dropLast(5)) : record
        }
        func problem<T: Record>(_ type: T.Type, placed misplaced: (T) -> Localized? = { _ in nil })
            -> LoadProblem?
        {
            switch RecordCodec.decode(type, from: bytes, path: path).placed(at: path, misplaced) {
            case .failure(let problem): return problem
            case .success: return nil
            }
        }
        switch self {
        case .council: return problem(Council.self)
        case .session: return problem(Session.self) { $0.placementProblem(folder: name(1)) }
        case .attendance: return problem(Attendance.self) { $0.placementProblem(fileStem: name(0)) }
        case .agendaItem:
            return problem(AgendaItem.self) { $0.placementProblem(fileStem: name(0), session: name(2)) }
        case .minutesEntry:
            return problem(MinutesEntry.self) { $0.placementProblem(fileStem: name(0), session: name(2)) }
        case .minutesStatus: return problem(MinutesStatus.self)
        case .poll: return problem(Poll.self) { $0.placementProblem(folder: name(1), session: name(3)) }
        case .ballot:
            return problem(Ballot.self) {
                BallotValidation.placementProblem($0, fileStem: name(0), pollFolder: name(2))
            }
        case .participantBallot:
            return problem(ParticipantBallot.self) {
                ParticipantBallotValidation.placementProblem($0, pollFolder: name(2))
            }
        case .handCount:
            return problem(HandCount.self) {
                HandCountValidation.placementProblem($0, fileStem: name(0), pollFolder: name(2))
            }
        case .proposal: return problem(Proposal.self) { $0.placementProblem(folder: name(1)) }
        case .proposalEvent:
            return problem(ProposalEvent.self) { $0.placementProblem(fileStem: name(0), proposal: name(2)) }
        case .voterMark:
            // The mark of an anonymous vote holds a word; anything long or binary is not one.
            guard bytes.count <= 64, String(validating: bytes, as: UTF8.self) != nil else {
                return LoadProblem(
                    path: path,
                    reason: Localized(fr: "marque de vote invalide", en: "invalid vote mark"))
            }
            return nil
        }
    }
}

/// The other version of a record that git sync keeps when two clones changed the same record:
/// a hidden sibling `.<stem>.conflict-<tag>.json` (`.m0abc.conflict-1a2b3c4d.json` beside
/// `m0abc.json`), where the tag is the short hash of the commit that version comes from.
/// Loaders skip it (its name starts with a dot); `check` reports it until a person resolves it.
public enum ConflictCopy {
    static let marker = ".conflict-"

    /// The name of the copy of `recordName` from the commit tagged `tag`.
    public static func name(for recordName: String, tag: String) -> String {
        if recordName.hasSuffix(".json") { return "." + recordName.dropLast(5) + marker + tag + ".json" }
        return "." + recordName + marker + tag
    }

    /// The record a copy belongs to and its tag, or nil when `name` is not a copy's name.
    public static func parse(_ name: String) -> (record: String, tag: String)? {
        guard name.hasPrefix("."), let range = name.range(of: marker), range.lowerBound > name.startIndex
        else {
            return nil
        }
        let stem = String(name[name.index(after: name.startIndex)..<range.lowerBound])
        var tag = String(name[range.upperBound...])
        var ext = ""
        if tag.hasSuffix(".json") {
            tag.removeLast(5)
            ext = ".json"
        }
        guard !stem.isEmpty, !stem.contains("/"), (4...64).contains(tag.count),
            tag.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ("a"..."z").contains($0) })
        else { return nil }
        return (stem + ext, tag)
    }
}

/// A record that two clones changed differently, and the other versions kept beside it.
public struct SyncConflict: Sendable, Equatable {
    /// Paths relative to the data root.
    public let record: String
    public let copies: [String]

    public init(record: String, copies: [String]) {
        self.record = record
        self.copies = copies
    }
}

/// Which version a person keeps when resolving a conflict.
public enum ConflictChoice: String, Sendable, CaseIterable {
    /// The version in the record's file (edit it first to combine both texts).
    case current
    /// The version kept beside it.
    case other
}

extension DataRoot {
    /// Every record that has conflict copies beside it, sorted by path.
    public func syncConflicts() -> [SyncConflict] {
        var found: [String: [String]] = [:]
        walk { relative, type in
            guard type == .file, let copy = ConflictCopy.parse(basename(of: relative)) else { return }
            let folder = relative.contains("/") ? parent(of: relative) + "/" : ""
            found[folder + copy.record, default: []].append(relative)
        }
        return found.keys.sorted().map { SyncConflict(record: $0, copies: found[$0]!.sorted()) }
    }

    /// The conflicts as problems for `check`: one per record, naming its copies and the command.
    public func conflictProblems() -> [LoadProblem] {
        syncConflicts().map { conflict in
            let copies = conflict.copies.map { basename(of: $0) }.joined(separator: ", ")
            let shown = InertText.make(absolute(conflict.record))
            return LoadProblem(
                path: absolute(conflict.record),
                reason: Localized(
                    fr:
                        "conflit de synchronisation : une autre version est gardée à côté (\(InertText.make(copies))) ; "
                        + "comparez-les, puis « conseil sync resolve \(shown) --keep current » (garder ce fichier, "
                        + "éventuellement complété à la main) ou « --keep other » (garder l'autre version)",
                    en:
                        "sync conflict: another version is kept beside it (\(InertText.make(copies))); compare them, "
                        + "then “conseil sync resolve \(shown) --keep current” (keep this file, possibly completed "
                        + "by hand) or “--keep other” (keep the other version)"))
        }
    }

    /// The path relative to the data root of `given`: a path relative to the current folder
    /// (as `check` prints it), an absolute path, or a path already relative to the data root.
    public func relativePath(of given: String) -> String? {
        var candidates: [String] = []
        if let resolved = resolvedPath(given), let rootResolved = resolvedPath(path),
            resolved.hasPrefix(rootResolved == "/" ? "/" : rootResolved + "/")
        {
            candidates.append(String(resolved.dropFirst(rootResolved == "/" ? 1 : rootResolved.count + 1)))
        }
        candidates.append(given.hasPrefix("./") ? String(given.dropFirst(2)) : given)
        for candidate in candidates {
            let parts = candidate.split(separator: "/", omittingEmptySubsequences: false)
            guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
                continue
            }
            if fileExists(absolute(candidate)) { return candidate }
        }
        return nil
    }

    /// The record in conflict that `given` names (the record itself or one of its copies),
    /// relative to the data root, and the copy when `given` is one.
    public func conflictTarget(_ given: String) throws -> (record: String, copy: String?) {
        guard let relative = relativePath(of: given) else {
            throw ConseilError(
                fr:
                    "fichier introuvable : \(InertText.make(given)) ; « conseil sync conflicts » liste les conflits",
                en: "file not found: \(InertText.make(given)); “conseil sync conflicts” lists the conflicts")
        }
        let folder = relative.contains("/") ? String(relative[..<relative.lastIndex(of: "/")!]) : ""
        guard let named = ConflictCopy.parse(basename(of: relative)) else { return (relative, nil) }
        return (folder.isEmpty ? named.record : folder + "/" + named.record, relative)
    }

    /// Resolves the conflict of the record at `given` (or of the copy at `given`): keeps the
    /// current file, or puts the other version in its place after checking it, then removes the
    /// copies. Returns the conflict as it was. The next sync shares the resolution. Only the
    /// door calls it (`UseCases.resolveConflict`), which checks the right to change the record.
    @discardableResult
    func resolveConflict(_ given: String, keep choice: ConflictChoice) throws -> SyncConflict {
        let (record, named) = try conflictTarget(given)
        guard let conflict = syncConflicts().first(where: { $0.record == record }) else {
            throw ConseilError(
                fr:
                    "aucun conflit pour \(InertText.make(given)) ; « conseil sync conflicts » liste les conflits",
                en: "no conflict for \(InertText.make(given)); “conseil sync conflicts” lists the conflicts")
        }
        let target = absolute(record)
        if choice == .other {
            let chosen: String
            if let named {
                chosen = named
            } else if conflict.copies.count == 1 {
                chosen = conflict.copies[0]
            } else {
                throw ConseilError(
                    fr: "\(conflict.copies.count) autres versions sont gardées : nommez celle à garder ("
                        + conflict.copies.map { InertText.make($0) }.joined(separator: ", ") + ")",
                    en: "\(conflict.copies.count) other versions are kept: name the one to keep ("
                        + conflict.copies.map { InertText.make($0) }.joined(separator: ", ") + ")")
            }
            let bytes: [UInt8]
            do {
                bytes = try FileReader.read(absolute(chosen))
            } catch {
                throw ConseilError(
                    fr:
                        "\(InertText.make(chosen)) : \(RecordCodec.describe(error).fr) ; rien n'a été modifié",
                    en: "\(InertText.make(chosen)): \(RecordCodec.describe(error).en); nothing was changed")
            }
            if let kind = Layout.kind(of: record), let problem = kind.check(bytes, path: absolute(chosen)) {
                throw ConseilError(
                    fr:
                        "l'autre version est illisible (\(problem.reason.fr)) : gardez le fichier actuel (--keep current) ou réparez-la ; rien n'a été modifié",
                    en:
                        "the other version is unreadable (\(problem.reason.en)): keep the current file (--keep current) or repair it; nothing was changed"
                )
            }
            try DurableFile.write(bytes, to: target, within: path)
        } else if !fileExists(target) {
            throw ConseilError(
                fr: "\(InertText.make(record)) n'existe plus : gardez l'autre version (--keep other)",
                en: "\(InertText.make(record)) no longer exists: keep the other version (--keep other)")
        }
        for copy in conflict.copies { try DurableFile.remove(absolute(copy), within: path) }
        return conflict
    }
}

private func resolvedPath(_ given: String) -> String? {
    // The file itself may be a copy about to be removed: resolve its folder, keep its name.
    let folder = parent(of: given)
    guard let resolved = realpath(folder.isEmpty ? "." : folder, nil) else { return nil }
    defer { free(resolved) }
    let base = String(cString: resolved)
    let name = basename(of: given)
    if name == "." || name.isEmpty { return base }
    return (base == "/" ? "" : base) + "/" + name
}

import ConseilCore

#if canImport(Glibc)
    import Glibc
#endif

/// What an entry of the data root is, read without following links.
enum EntryType {
    case file, folder, link
    /// A socket, a device, or a name that cannot be looked up (not UTF-8).
    case other
}

extension DataRoot {
    /// Visits every entry of the data root with its path relative to it, going down only into
    /// the folders that `Layout` names: what lies anywhere else is not records. Links are
    /// never followed; `.git` at the top is git's.
    func walk(_ visit: (String, EntryType) -> Void) {
        walk(folder: "", visit)
    }

    private func walk(folder: String, _ visit: (String, EntryType) -> Void) {
        for (name, _) in FileReader.entries(folder.isEmpty ? path : absolute(folder)) {
            let relative = folder.isEmpty ? name : folder + "/" + name
            if relative == ".git" { continue }
            let type = entryType(absolute(relative))
            visit(relative, type)
            if type == .folder && Layout.isFolder(relative) { walk(folder: relative, visit) }
        }
    }

    private func entryType(_ file: String) -> EntryType {
        var info = stat()
        guard lstat(file, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// For `check`: every entry that is neither a record nor a folder of the layout, and every
    /// link, which the store refuses to write through; but not those already in `named` (the
    /// loaders name what they skip, with the same reason).
    func unexpectedFiles(besides named: [LoadProblem] = []) -> [LoadProblem] {
        let known = Set(named.map(\.path))
        var problems: [LoadProblem] = []
        walk { relative, type in
            if let reason = unexpected(relative, type), !known.contains(absolute(relative)) {
                problems.append(LoadProblem(path: absolute(relative), reason: reason))
            }
        }
        return problems
    }

    /// Why the entry at `relative` is not where a record may be; nil when it is. The temporary
    /// files of interrupted writes are left alone, and conflict copies are `conflictProblems`'.
    private func unexpected(_ relative: String, _ type: EntryType) -> Localized? {
        let name = basename(of: relative)
        switch type {
        case .link:
            return Localized(
                fr: "lien symbolique dans le dossier de données : conseil n'écrit pas au travers ; "
                    + "remplacez-le par un vrai dossier ou fichier",
                en: "symbolic link inside the data root: conseil does not write through it; "
                    + "replace it with a real folder or file")
        case .file where Layout.kind(of: relative) != nil || ConflictCopy.parse(name) != nil: return nil
        case .file where name.hasPrefix(".") && name.contains(".tmp-"): return nil
        case .folder where Layout.isFolder(relative): return nil
        case .file, .folder, .other: return Self.unexpectedEntry(isFolder: type == .folder)
        }
    }

    /// The reason given for a file or folder that is not at a record's place in the layout.
    static func unexpectedEntry(isFolder: Bool) -> Localized {
        Localized(
            fr:
                "\(isFolder ? "dossier" : "fichier") inattendu : ce n'est pas un enregistrement du dossier de "
                + "données (docs/DATA.md) ; déplacez-le hors du dossier de données",
            en:
                "unexpected \(isFolder ? "folder" : "file"): it is not a record of the data root (docs/DATA.md); "
                + "move it out of the data root")
    }
}

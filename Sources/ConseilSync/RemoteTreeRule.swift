import ConseilCore
import ConseilStore

/// The one rule for what a remote tree may bring into the data root: a regular file at the
/// path of a record of the layout (`Layout.kind(of:)`) or of a record's conflict copy, no larger
/// than a record may be. Everything else is refused before any byte is written, whatever the
/// name tries (`.git` in any case, `..`, control characters, an absolute path), and whatever
/// the entry is (a link, a submodule). `integrate` decides with it; `advance` asks it again
/// before each write. See docs/SYNC.md, "What a remote may bring".
enum RemoteTreeRule {
    /// The one mode sync writes: an executable bit from a remote is dropped, never kept.
    static let fileMode = "100644"

    /// Why the entry at `relative` (relative to the data root) with git mode `mode` and `size`
    /// bytes is refused; nil when it may enter the data root.
    static func refusal(_ relative: String, mode: String, size: Int) -> Localized? {
        if let refusal = pathRefusal(relative) { return refusal }
        switch mode {
        case fileMode, "100755": break
        case "120000": return Localized(fr: "lien symbolique", en: "symbolic link")
        case "160000": return Localized(fr: "sous-module git", en: "git submodule")
        default:
            return Localized(
                fr: "entrée git de type inconnu (mode \(InertText.make(mode)))",
                en: "git entry of an unknown type (mode \(InertText.make(mode)))")
        }
        guard size <= FileReader.maxRecordSize else {
            return Localized(
                fr:
                    "fichier de \(Numbers.formatted(size, .fr)) octets, plus que les \(Numbers.formatted(FileReader.maxRecordSize, .fr)) d'un enregistrement",
                en:
                    "file of \(Numbers.formatted(size, .en)) bytes, more than the \(Numbers.formatted(FileReader.maxRecordSize, .en)) of a record"
            )
        }
        return nil
    }

    /// A tree entry that git fsck would flag: listed twice, or named with a slash.
    static let malformedEntry = Localized(
        fr: "entrée d'arbre git malformée (nom en double ou contenant « / »)",
        en: "malformed git tree entry (a name listed twice or holding “/”)")

    /// Why a file at `relative` may not be written or removed by sync, from its path alone.
    static func pathRefusal(_ relative: String) -> Localized? {
        if let refusal = nameRefusal(relative) { return refusal }
        guard recordKind(of: relative) != nil else {
            return Localized(
                fr: "pas un enregistrement du dossier de données (nom ou dossier hors du plan de DATA.md)",
                en: "not a record of the data root (name or folder outside the layout of DATA.md)")
        }
        return nil
    }

    /// Why `path` is hostile wherever it stands, in the data root or around it: a name that
    /// reaches into git's folder or out of its own, or that would drive a terminal.
    static func nameRefusal(_ path: String) -> Localized? {
        // Git paths are bytes: a name that is not UTF-8 was decoded with U+FFFD and names
        // another file than the remote's.
        if path.unicodeScalars.contains(where: { InertText.isDangerous($0) || $0 == "\u{FFFD}" }) {
            return Localized(
                fr: "nom avec des caractères de contrôle ou invalides",
                en: "name with control or invalid characters")
        }
        if path.hasPrefix("/") { return Localized(fr: "chemin absolu", en: "absolute path") }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains(where: isGitFolder) {
            return Localized(
                fr: "chemin dans un dossier interne de git « .git »", en: "path inside a git folder “.git”")
        }
        if components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return Localized(
                fr: "chemin avec « .. », « . » ou un élément vide, qui sortirait du dossier de données",
                en: "path with “..”, “.” or an empty part, which would leave the data root")
        }
        return nil
    }

    /// The kind of the record at `relative`, or of the record whose conflict copy is there.
    static func recordKind(of relative: String) -> RecordKind? {
        guard let copy = ConflictCopy.parse(basename(relative)) else { return Layout.kind(of: relative) }
        return Layout.kind(of: (relative.contains("/") ? folder(relative) + "/" : "") + copy.record)
    }

    /// `.git` as any file system may read it: any case, and the trailing dots and spaces that
    /// Windows drops; `git~1` is its short name there.
    private static func isGitFolder(_ component: Substring) -> Bool {
        var name = component.lowercased()
        while name.hasSuffix(".") || name.hasSuffix(" ") { name.removeLast() }
        return name == ".git" || name == "git~1"
    }
}

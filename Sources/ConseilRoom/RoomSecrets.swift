import ConseilCore
import ConseilStore
import Foundation

/// Where the room server keeps what lets a phone vote: the members' personal voting codes and
/// the devices that answered each poll. They live in the git directory of the data root's
/// repository (`.git/conseil-room/`), which no commit, push or clone carries, so a clone of the
/// shared repository cannot vote as a member (docs/DECISIONS.md, « Room server »).
public struct RoomSecrets: Sendable {
    public let folder: String

    public init(root: DataRoot) throws {
        var directory = URL(fileURLWithPath: root.path).standardizedFileURL
        while true {
            var isFolder: ObjCBool = false
            let git = directory.appendingPathComponent(".git").path
            if FileManager.default.fileExists(atPath: git, isDirectory: &isFolder), isFolder.boolValue {
                folder = git + "/conseil-room"
                break
            }
            guard directory.path != "/" else {
                throw ConseilError(
                    fr:
                        "le dossier de données n'est pas dans un dépôt git : les codes de vote n'auraient pas de place hors du partage ; lancez « git init » dans le dossier",
                    en:
                        "the data folder is not inside a git repository: the voting codes would have no place outside what is shared; run “git init” in the folder"
                )
            }
            directory.deleteLastPathComponent()
        }
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    public static let memberCodeLength = 8

    /// The personal voting code of each member for `session`, made the first time it is asked
    /// for and kept the same afterwards (the printed cards stay valid).
    public func memberCodes(session: String, members: [Member]) throws -> [String: String] {
        let file = folder + "/codes-\(session).json"
        var codes =
            (try? JSONDecoder().decode(
                [String: String].self, from: Data(contentsOf: URL(fileURLWithPath: file))))
            ?? [:]
        var random = SystemRandomNumberGenerator()
        var changed = false
        for member in members where codes[member.id] == nil {
            codes[member.id] = RoomCode.make(length: Self.memberCodeLength, random: &random)
            changed = true
        }
        if changed {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(codes).write(to: URL(fileURLWithPath: file), options: .atomic)
            chmod(file, 0o600)
        }
        return codes
    }

    /// The device tokens that answered `poll` from the room, one a line.
    func answeredDevices(poll: String) -> Set<String> {
        guard let text = try? String(contentsOfFile: answeredFile(poll), encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init))
    }

    /// Notes that a device answered `poll`, once its ballot is written, so that a restarted
    /// server still refuses it a second answer.
    func noteAnswered(poll: String, device: String) throws {
        let path = answeredFile(poll)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard descriptor >= 0 else {
            throw ConseilError(fr: "écriture impossible : \(path)", en: "cannot write: \(path)")
        }
        defer { close(descriptor) }
        let line = Array((device + "\n").utf8)
        guard write(descriptor, line, line.count) == line.count else {
            throw ConseilError(fr: "écriture impossible : \(path)", en: "cannot write: \(path)")
        }
    }

    private func answeredFile(_ poll: String) -> String { folder + "/answered-\(poll)" }
}

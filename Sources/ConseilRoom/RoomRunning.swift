import ConseilCore
import Foundation

/// How the interface and the projector know that the room is open: `conseil serve` writes this
/// small file beside the room's secrets (`.git/conseil-room/running-SESSION.json`) once its port
/// is bound, and removes it when it stops. A server that died without removing it is told apart
/// by its process id, which no longer runs.
public struct RoomRunning: Codable, Sendable, Equatable {
    public let pid: Int32
    public let session: String
    /// The join URLs, the LAN ones first (what the banner prints).
    public let urls: [String]
    public let roomCode: String

    public init(pid: Int32, session: String, urls: [String], roomCode: String) {
        self.pid = pid
        self.session = session
        self.urls = urls
        self.roomCode = roomCode
    }

    static func path(_ secrets: RoomSecrets, session: String) -> String {
        secrets.folder + "/running-\(session).json"
    }

    public func write(_ secrets: RoomSecrets) throws {
        let file = Self.path(secrets, session: session)
        try JSONEncoder().encode(self).write(to: URL(fileURLWithPath: file), options: .atomic)
        chmod(file, 0o600)
    }

    /// Removes the file, if it is still this server's (a newer server may have replaced it).
    public func remove(_ secrets: RoomSecrets) {
        if Self.read(secrets, session: session, alive: { _ in true }) == self {
            unlink(Self.path(secrets, session: session))
        }
    }

    /// The server running for `session`, if any: the file read back, checked, and its process alive.
    /// A file that does not read as one (hand-edited, cut short) counts as no server.
    public static func read(
        _ secrets: RoomSecrets, session: String, alive: (Int32) -> Bool = RoomRunning.isAlive
    ) -> RoomRunning? {
        guard
            let data = FileManager.default.contents(atPath: path(secrets, session: session)),
            data.count < 16 * 1024,
            let running = try? JSONDecoder().decode(RoomRunning.self, from: data),
            running.session == session, running.pid > 1, !running.urls.isEmpty,
            running.urls.allSatisfy(isJoinURL),
            RoomCode.isWellFormed(running.roomCode, length: RoomServer.roomCodeLength),
            alive(running.pid)
        else { return nil }
        return running
    }

    /// `http://HOST:PORT/?room=CODE` with printable ASCII only: what may go on the wall.
    static func isJoinURL(_ url: String) -> Bool {
        url.hasPrefix("http://") && url.count < 200
            && url.unicodeScalars.allSatisfy { $0.value > 32 && $0.value < 127 }
    }

    public static func isAlive(_ pid: Int32) -> Bool { kill(pid, 0) == 0 || errno == EPERM }
}

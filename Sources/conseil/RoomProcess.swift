import ConseilCore
import ConseilRoom
import ConseilStore
import ConseilTUI
import Foundation

/// The room key of the interface: `conseil serve SESSION --with-interface` as a child process,
/// its output in `.git/conseil-room/serve.log`. What runs is read from the server's own state
/// file (RoomRunning), so a server started with `conseil serve` in another terminal shows too.
final class RoomProcess: RoomControl {
    let root: DataRoot
    /// The global options the server takes from the interface: data root, member, language.
    let options: [String]
    /// Where the server listens: $CONSEIL_ROOM_LISTEN, else every interface on port 8080.
    let listen: String
    private var child: Process?
    private var secrets: RoomSecrets?
    /// The last access made, so that the QR code is not encoded again on every tick.
    private var last: (running: RoomRunning, access: RoomAccess)?

    /// How long the server may take to bind its port (a loaded machine builds its routes slowly).
    static let startTimeout: TimeInterval = 30

    init(root: DataRoot, options: [String], environment: [String: String]) {
        self.root = root
        self.options = options
        listen = environment["CONSEIL_ROOM_LISTEN"].flatMap { $0.isEmpty ? nil : $0 } ?? "0.0.0.0:8080"
    }

    func running(session: String) -> RoomAccess? {
        guard let secrets = secrets ?? (try? RoomSecrets(root: root)) else { return nil }
        self.secrets = secrets
        guard let running = RoomRunning.read(secrets, session: session) else { return nil }
        let startedHere = child?.isRunning == true && child?.processIdentifier == running.pid
        if let last, last.running == running, last.access.startedHere == startedHere { return last.access }
        let url = running.urls[0]
        let access = RoomAccess(
            url: url, code: running.roomCode, qrLines: QRCode(url)?.halfBlockLines ?? [],
            startedHere: startedHere)
        last = (running, access)
        return access
    }

    func start(session: String) throws -> RoomAccess {
        do { _ = try ServeCommand.parse(listen: listen) } catch {
            throw ConseilError(
                fr: "CONSEIL_ROOM_LISTEN : écrivez ADRESSE:PORT, par exemple 0.0.0.0:8080",
                en: "CONSEIL_ROOM_LISTEN: write ADDRESS:PORT, for example 0.0.0.0:8080")
        }
        let secrets = try RoomSecrets(root: root)
        self.secrets = secrets
        if let access = running(session: session) { return access }
        let log = secrets.folder + "/serve.log"
        FileManager.default.createFile(atPath: log, contents: nil, attributes: [.posixPermissions: 0o600])
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        process.arguments = ["serve", session, "--listen", listen, "--with-interface"] + options
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        try process.run()
        child = process
        let deadline = Date().addingTimeInterval(Self.startTimeout)
        while Date() < deadline, process.isRunning {
            if let access = running(session: session), access.startedHere { return access }
            usleep(50_000)
        }
        try stop(session: session)
        let said = (try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").last.map(
            String.init)
        throw ConseilError(
            fr:
                "la salle n'a pas pu ouvrir (journal : .git/conseil-room/serve.log) : \(InertText.make(said ?? "sans message"))",
            en:
                "the room could not open (log: .git/conseil-room/serve.log): \(InertText.make(said ?? "no message"))"
        )
    }

    /// Stops the server this interface started: SIGTERM, as Ctrl-C, so that it removes its state file.
    func stop(session: String) throws {
        guard let process = child else { return }
        child = nil
        last = nil
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

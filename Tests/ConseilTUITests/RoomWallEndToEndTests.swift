import ConseilCore
import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The room opened from the interface, on the real binary in tmux with real git: the title bar
/// says where to join, the projector shows the QR code that a phone scans (zbarimg on an image of
/// the captured screen), the join URL answers, and the room closes with its key or with the
/// interface, even when the interface is killed.
@Suite(
    "End to end: the room opened from the interface",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .enabled(if: ExternalTool.shouldRun("zbarimg", "git"), "install zbar-tools and git"),
    .timeLimit(.minutes(4))
)
struct RoomWallEndToEndTests {
    /// The interface as the facilitator, its room on a high random port of the loopback.
    static func launch() throws -> (app: LiveApp, port: Int) {
        let port = Int.random(in: 20_000...60_000)
        let app = try LiveApp(
            width: 120, height: 40,
            extra: [
                "CONSEIL_MEMBER": "anne", "CONSEIL_ROOM_LISTEN": "127.0.0.1:\(port)",
                "CONSEIL_AUTOCOMMIT": "0",
            ]
        )
        // The room's secrets live in the repository's git directory.
        _ = try runProcess(
            "/usr/bin/git", ["init", "-q", app.fixture.root.path], environment: ["PATH": "/usr/bin:/bin"])
        return (app, port)
    }

    /// Opens the room from the polls screen and returns its join URL, read off the title bar.
    static func openRoom(_ app: LiveApp, port: Int) throws -> String {
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("2")
        try tmux.waitFor("2 Scrutins", "tiers-lieu")
        try tmux.send("T")
        let prefix = "salle ouverte : http://127.0.0.1:\(port)/?room="
        let screen = try tmux.waitFor(prefix, timeout: 90)
        let line = try #require(screen.split(separator: "\n").first { $0.contains(prefix) })
        let code = line[line.range(of: prefix)!.upperBound...].prefix(6)
        #expect(RoomCode.isWellFormed(String(code), length: 6), "\(line)")
        return "http://127.0.0.1:\(port)/?room=\(code)"
    }

    /// What the server answers at `url`, or nil when nothing listens there.
    static func get(_ url: String) async -> (status: Int, body: String)? {
        var request = URLRequest(url: URL(string: url)!)
        request.setValue("fr", forHTTPHeaderField: "Accept-Language")
        request.timeoutInterval = 20
        guard let (data, response) = try? await URLSession.shared.data(for: request) else { return nil }
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    static func waitUntilRefused(_ url: String) async throws {
        let deadline = Date().addingTimeInterval(30)
        while await get(url) != nil {
            guard Date() < deadline else { throw TestFailure("\(url) still answers") }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    /// Whether the server's state file is removed within 10 s: the server removes it as it
    /// ends, a moment after its port stops answering.
    static func stateFileGoes(_ app: LiveApp) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while FileManager.default.fileExists(atPath: stateFile(app)) {
            guard Date() < deadline else { return false }
            usleep(50_000)
        }
        return true
    }

    static func stateFile(_ app: LiveApp) -> String {
        app.fixture.root.path + "/.git/conseil-room/running-\(app.fixture.session).json"
    }

    @Test func theFacilitatorOpensTheRoomThePhoneScansTheWallThenTheRoomCloses() async throws {
        let (app, port) = try Self.launch()
        defer { app.tmux.kill() }
        let url = try Self.openRoom(app, port: port)
        let tmux = app.pane

        // The projector: the panel beside the poll, its QR code scans to the join URL.
        try tmux.send("p")
        let wall = try tmux.waitFor("Votez avec votre téléphone", "Code de la salle", url)
        let code = HalfBlockImage.crop(wall)
        #expect(code.count > 10, "\(wall)")
        #expect(try HalfBlockImage.decode(code, in: app.fixture.base) == url, "\(wall)")
        #expect(!wall.contains(app.fixture.root.path) && !wall.contains(app.fixture.base.path))

        // The URL opens the room: the open poll is for members, so the phone is asked for a member's code.
        let page = try #require(await Self.get(url))
        #expect(
            page.status == 200 && page.body.contains("Code personnel de vote"),
            "\(page.status) \(page.body.prefix(600))")

        // Its key hides the panel, and shows it again.
        try tmux.send("i")
        let hidden = try tmux.waitFor("the wall without the panel") {
            !$0.contains("Votez avec votre téléphone")
        }
        #expect(HalfBlockImage.crop(hidden).isEmpty && !hidden.contains(url))
        try tmux.send("i")
        try tmux.waitFor("Votez avec votre téléphone")

        // The same key closes the room; a poll is open, so it asks first.
        try tmux.send("Escape")
        try tmux.waitFor("2 Scrutins", "tiers-lieu")
        try tmux.send("T")
        try tmux.waitFor("Fermer la salle ?")
        try tmux.send("o")
        try tmux.waitFor("Salle fermée", timeout: 30)
        try await Self.waitUntilRefused(url)
        #expect(Self.stateFileGoes(app))
        try tmux.send("q")
        try tmux.waitFor(format: "pane_dead", toBe: "1", timeout: 30)
    }

    /// A room opened with `conseil serve` in another terminal once the interface is up shows in
    /// its title bar at the next key, on a set clock (CONSEIL_NOW, as in every test here) and
    /// with nothing ticking: the running agenda item is finished first. On the old loop the
    /// checks waited for that set clock to move, so keys never brought the room.
    @Test func aRoomOpenedElsewhereShowsAtTheNextKey() throws {
        let (app, port) = try Self.launch()
        defer { app.tmux.kill() }
        try app.pane.waitFor("Le numérique dans nos quartiers")
        try app.conseil(["agenda", "finish", CouncilFixture.runningItem, "--member", "anne"])
        try app.pane.waitFor("the item finished") { !$0.contains("en cours") }
        var environment = LiveApp.environment(app.fixture)
        environment["TERM"] = "dumb"
        let server = try ChildProcess(
            app.binary,
            ["serve", app.fixture.session, "--listen", "127.0.0.1:\(port)", "--member", "anne"],
            environment: environment, directory: app.fixture.base.path)
        defer {
            server.kill(SIGTERM)
            _ = server.wait(timeout: 30)
        }
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, server.isRunning,
            !((try? String(contentsOfFile: server.stdoutPath, encoding: .utf8)) ?? "").contains("Ctrl-C")
        {
            usleep(50_000)
        }
        try #require(server.isRunning, "\(server.wait().summary)")
        Thread.sleep(forTimeInterval: 0.3)
        try app.pane.send("2")
        try app.pane.waitFor("salle ouverte : http://127.0.0.1:\(port)/?room=", timeout: 10)
    }

    @Test func theRoomClosesWithTheInterfaceThatOpenedIt() async throws {
        let (app, port) = try Self.launch()
        defer { app.tmux.kill() }
        let url = try Self.openRoom(app, port: port)
        #expect(await Self.get(url) != nil)
        try app.pane.send("q")
        try await Self.waitUntilRefused(url)
        #expect(Self.stateFileGoes(app))
    }

    /// Killed without a chance to stop it (the laptop's terminal closed), the interface still
    /// takes its room down: the server notices that its parent is gone.
    @Test func theRoomClosesWhenTheInterfaceIsKilled() async throws {
        let (app, port) = try Self.launch()
        defer { app.tmux.kill() }
        let url = try Self.openRoom(app, port: port)
        let state =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: Self.stateFile(app)))) as? [String: Any]
        let server = try #require(state?["pid"] as? Int)
        let stat = try String(contentsOfFile: "/proc/\(server)/stat", encoding: .utf8)
        // pid (comm) state ppid …: the interface is the server's parent.
        let interface = try #require(Int32(stat.split(separator: ")").last!.split(separator: " ")[1]))
        kill(interface, SIGKILL)
        try await Self.waitUntilRefused(url)
        #expect(Self.stateFileGoes(app))
    }
}

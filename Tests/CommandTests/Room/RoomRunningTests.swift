import Foundation
import TestSupport
import Testing

/// How the interface and the projector know the room is open: `conseil serve` leaves a small
/// state file in `.git/conseil-room/` while it runs; and who may open the room at all.
@Suite struct RoomRunningTests {
    @Test func serveWritesItsStateWhileItRunsAndRemovesItWhenItStops() throws {
        let scenario = try Scenario()
        let serve = try RoomServe(scenario.council, session: scenario.session)
        let file = scenario.council.root + "/.git/conseil-room/running-\(scenario.session).json"
        let state = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
                as? [String: Any])
        #expect(state["pid"] as? Int == Int(serve.process.pid))
        #expect(state["urls"] as? [String] == [serve.joinURL])
        #expect(state["roomCode"] as? String == serve.roomCode)
        #expect(state["session"] as? String == scenario.session)
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "the room code is a secret of the laptop")

        serve.process.kill(SIGTERM)
        #expect(serve.process.wait(timeout: 20).termination == .exited(0))
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    /// The room runs with the polls: a secretary may not open it.
    @Test func onlyThoseWhoRunThePollsOpenTheRoom() throws {
        let scenario = try Scenario()
        let refused = try scenario.council.run(
            ["serve", scenario.session, "--listen", "127.0.0.1:\(Int.random(in: 20_000...60_000))"],
            as: Scenario.secretary)
        #expect(refused.status != 0)
        #expect(
            refused.stderr.contains("ouvrir la salle aux téléphones : réservé au rôle animateur"),
            "\(refused.summary)")
    }

    /// In a restricted SSH session the room key is refused and nothing starts.
    @Test func aRestrictedSessionCannotStartTheRoom() throws {
        let scenario = try Scenario()
        let screen = try scenario.council.succeed([
            "tui", "--restricted", "--member", Scenario.facilitator, "--data", scenario.council.root,
            "--size",
            "120x40", "--keys", "2T", "--dump",
        ])
        #expect(
            screen.stdout.contains("salle (téléphones) : indisponible en session SSH restreinte"),
            "\(screen.stdout)")
        let folder = scenario.council.root + "/.git/conseil-room"
        #expect(!FileManager.default.fileExists(atPath: folder + "/serve.log"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/running-\(scenario.session).json"))
        let serve = try scenario.council.run([
            "serve", scenario.session, "--restricted", "--member", Scenario.facilitator, "--data",
            scenario.council.root,
        ])
        #expect(serve.status != 0)
        #expect(serve.stderr.contains("indisponible en session SSH restreinte"), "\(serve.summary)")
    }
}

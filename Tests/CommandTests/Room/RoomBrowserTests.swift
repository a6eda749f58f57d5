import Foundation
import TestSupport
import Testing

/// A real browser (headless chromium through Selenium, Tests/Browser/room_browser.py) joins
/// with the code, votes, sees the confirmation and follows the next question, with JavaScript
/// on (server-sent events) and off (the page refreshes itself).
@Suite(.serialized) struct RoomBrowserTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Browser/room_browser.py").standardized.path

    @Test(arguments: ["js", "nojs"]) func aBrowserJoinsVotesAndFollows(mode: String) throws {
        let scenario = try Scenario()
        let council = scenario.council
        let first = try scenario.newPoll(
            kind: "yesno", question: "Première question ?", ["--voters", "room"])
        let serve = try RoomServe(council, session: scenario.session)
        let signal = council.base.appendingPathComponent("waiting").path
        // The python3 of the PATH: the one `.ci/run` installs Selenium for.
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let browser = try ChildProcess(
            "/usr/bin/env",
            [
                "python3", Self.script, "http://127.0.0.1:\(serve.port)", serve.roomCode,
                "Première question ?", signal,
                "Deuxième question ?", mode,
            ],
            environment: ["PATH": path, "HOME": council.base.path, "LANG": "C.UTF-8"])
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: signal), browser.isRunning, Date() < deadline {
            usleep(100_000)
        }
        try council.succeed(["poll", "close", first], as: Scenario.facilitator)
        _ = try scenario.newPoll(kind: "yesno", question: "Deuxième question ?", ["--voters", "room"])
        let output = browser.wait(timeout: 180)
        #expect(
            output.status == 0 && output.stdout.contains("followed the next question"), "\(output.summary)")
        let results = try council.succeed(["poll", "results", first, "--format", "json"]).jsonObject()
        #expect(results["base"] as? Int == 1)
    }
}

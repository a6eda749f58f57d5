import ConseilCore
import Foundation
import TestSupport

/// The real `conseil` binary opened without a subcommand in a tmux pane, on its own fixture,
/// with a fixed clock, LANG=C.UTF-8 and TZ=UTC; other commands run beside it as separate
/// processes on the same data root.
final class LiveApp {
    let fixture: CouncilFixture
    let tmux: Tmux
    let binary: String

    /// The pane the interface runs in.
    var pane: TmuxPane { tmux.firstPane }

    /// `extra` adds to the pane's environment (CONSEIL_MEMBER: who acts, CONSEIL_ROOM_LISTEN for
    /// the room key); `arguments` follow the binary (`tui --theme light`).
    init(width: Int = 100, height: Int = 30, extra: [String: String] = [:], arguments: [String] = []) throws {
        binary = try ConseilBinary.require()
        fixture = try CouncilFixture()
        let variables = Self.environment(fixture).merging(extra) { $1 }.map { "\($0.key)='\($0.value)'" }
            .sorted().joined(
                separator: " ")
        // The pane's TERM comes from tmux; everything else is set here and nothing inherited.
        // Once conseil ends, the shell prints how, and the terminal modes it left behind.
        let words = ([binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let command = "env -i TERM=\"$TERM\" \(variables) \(words); echo \"conseil exited $?\"; stty -a"
        // tmux itself runs with the test runner's environment, in UTF-8 and UTC, outside any tmux.
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["TZ"] = "UTC"
        environment.removeValue(forKey: "TMUX")
        tmux = try Tmux(
            command: command, width: width, height: height, folder: fixture.base.path,
            environment: environment)
    }

    deinit { tmux.kill() }

    static func environment(_ fixture: CouncilFixture) -> [String: String] {
        [
            "PATH": "/usr/bin:/bin",
            "HOME": fixture.base.path,
            "LANG": "C.UTF-8",
            "TZ": "UTC",
            "CONSEIL_NOW": CouncilFixture.now.description,
            "CONSEIL_DATA": fixture.root.path,
        ]
    }

    /// Runs another `conseil` process on the same data root; it must succeed.
    @discardableResult
    func conseil(_ arguments: [String]) throws -> String {
        var environment = Self.environment(fixture)
        environment["TERM"] = "dumb"
        let result = try runProcess(binary, arguments, environment: environment, mergingStderr: true)
        guard result.status == 0 else { throw TmuxError.failed(["conseil"] + arguments, result) }
        return result.stdout
    }
}

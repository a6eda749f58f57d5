import Foundation
import TestSupport

// The tmux panes of the end-to-end SSH tests (TestSupport's driver) and the commands they run.

extension Tmux {
    /// A tmux server for these tests: every tmux command in `folder`, with a minimal environment
    /// (HOME is `folder`), and for 10 s at most.
    static func panes(width: Int, height: Int, folder: String, command: String) throws -> Tmux {
        try Tmux(
            command: command, width: width, height: height, folder: folder,
            environment: ["PATH": "/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8", "TZ": "UTC"],
            directory: folder, commandTimeout: 10)
    }
}

/// One word for `sh -c`: between single quotes, a quote inside written '\''.
func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
}

extension TestCouncil {
    /// The facilitator's screen: the interface on this data root, run locally as the
    /// administrator (no --member, no CONSEIL_MEMBER, no USER), with nothing else inherited.
    var facilitatorCommand: String {
        "env -i TERM=\"$TERM\" PATH=/usr/bin:/bin HOME=\(shellQuoted(base)) LANG=C.UTF-8 TZ=UTC "
            + "\(shellQuoted(binary)) --data \(shellQuoted(root)); echo \"conseil exited $?\""
    }
}

extension SSHServer {
    /// The shell command a member types to connect with a terminal (`ssh -t`), running the
    /// remote `command` (nothing: the interface); the pane says how ssh ended.
    func terminalCommand(_ member: String, _ command: [String]) throws -> String {
        // SSHServer names each member's key this way (see its init).
        let key = folder + "/\(member)_ed25519"
        guard FileManager.default.fileExists(atPath: key) else { throw TestFailure("no key for \(member)") }
        let ssh = [
            "/usr/bin/ssh", "-t", "-F", "/dev/null", "-i", key, "-p", String(port), "-o",
            "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o",
            "IdentitiesOnly=yes", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10", "-o", "SendEnv=LANG",
            "\(user)@127.0.0.1",
        ]
        return "env -i TERM=\"$TERM\" PATH=/usr/bin:/bin HOME=\(shellQuoted(folder)) LANG=C.UTF-8 "
            + (ssh + command).map(shellQuoted).joined(separator: " ") + "; echo \"ssh exited $?\""
    }
}

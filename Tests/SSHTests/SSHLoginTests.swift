import Foundation
import TestSupport
import Testing

// The deployment of docs/DEPLOYMENT.md with a real OpenSSH server: sshd started by the test on
// 127.0.0.1 with its own host key, config and authorized_keys (one forced-command line per
// member), and the real ssh client connecting with the member's key.
#if canImport(Glibc)
    import Glibc
#endif

@Suite(
    .serialized,
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: SSHServer.sshd),
        "skipped: /usr/sbin/sshd is absent; install Debian's openssh-server (.ci/run does)"))
struct SSHLoginTests {
    let council: TestCouncil
    let server: SSHServer

    init() throws {
        council = try TestCouncil()
        // alice's line is the one of DESIGN.md §8; sam's adds --restricted, as DEPLOYMENT.md advises.
        server = try SSHServer(keys: [
            "alice": [council.binary, "--data", council.root, "--member", "alice"],
            TestCouncil.secretary: [
                council.binary, "--restricted", "--data", council.root, "--member", TestCouncil.secretary,
            ],
        ])
    }

    @Test func aMemberVotesWithTheirKey() throws {
        let vote = try server.ssh("alice", ["vote", council.poll, "Oui"])
        #expect(vote.status == 0, "\(vote.summary)\n\(server.log)")
        #expect(vote.stdout.contains("vote enregistré : Oui"))
        let ballots = try council.ballotRecords()
        #expect(Array(ballots.keys) == ["alice.json"])
        #expect(ballots["alice.json"]?["voter"] as? String == "alice")

        // Words with spaces: quoted for the remote side, inside the local quotes.
        let words = try server.ssh("alice", ["vote \(council.wordsPoll) 'la formation' \"l'emploi\""])
        #expect(words.status == 0, "\(words.summary)")
        let wordBallots = try council.ballotRecords(
            council.root + "/" + council.session + "/polls/" + council.wordsPoll + "/ballots")
        #expect(wordBallots["alice.json"]?["answers"] as? [String] == ["la formation", "l'emploi"])
    }

    @Test func whatTheClientSendsCannotChangeTheMember() throws {
        // The test's sshd accepts these variables (AcceptEnv), as a careless server might.
        let vote = try server.ssh(
            "alice", ["vote", council.poll, "Non"],
            environment: ["CONSEIL_MEMBER": "bob", "CONSEIL_DATA": "/tmp/conseil-elsewhere", "USER": "bob"],
            sendEnv: ["CONSEIL_MEMBER", "CONSEIL_DATA", "USER"])
        #expect(vote.status == 0, "\(vote.summary)\n\(server.log)")
        let ballots = try council.ballotRecords()
        #expect(Array(ballots.keys) == ["alice.json"])
        #expect(ballots["alice.json"]?["answers"] as? [String] == ["Non"])
    }

    @Test func refusalsSayWhyAndWriteNothing() throws {
        let before = try council.snapshot()
        let cases: [([String], String)] = [
            (["conseil", "--member", "bob", "vote", council.poll, "Oui"], "--member"),
            (["vote", council.poll, "Oui", "--member", "bob"], "--member"),
            (["sh"], "ni shell"),
            (["bash", "-c", "id"], "ni shell"),
            (["id;", "sh"], "pas de shell"),
            (["vi", "council.json"], "ni éditeur"),
            (["proposal", "status", council.proposal, "adoptee"], "réservé au rôle secrétaire"),
            (
                ["minutes", "add", council.session, "--note", "'Écrit par alice'"],
                "réservé au rôle secrétaire"
            ),
            (["poll", "close", council.poll], "réservé au rôle animateur·rice"),
            (["check", "--data", "/etc"], "--data"),
            (["sync"], "indisponible en session SSH restreinte"),
            (["vote", council.poll, "--bogus"], "Unknown option '--bogus'"),
        ]
        for (command, fragment) in cases {
            let output = try server.ssh("alice", command)
            #expect(output.status != 0, "\(command): \(output.summary)")
            #expect(
                output.stderr.contains("conseil : refusé"), "\(command): \(output.summary)\n\(server.log)")
            #expect(output.stderr.contains(fragment), "\(command): \(output.summary)")
            #expect(!output.stdout.contains("uid="), "\(command) ran a shell")
        }
        #expect(try council.snapshot() == before, "a refused command changed the data root")
    }

    @Test func readsWorkAndTheSecretaryWrites() throws {
        let list = try server.ssh("alice", ["proposal", "list", "--json"])
        #expect(list.status == 0, "\(list.summary)\n\(server.log)")
        let proposals = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(proposals?.compactMap { $0["id"] as? String } == [council.proposal])
        let results = try server.ssh("alice", ["poll", "results", council.poll])
        #expect(results.status == 0 && results.stdout.contains("Un tiers-lieu ?"), "\(results.summary)")

        let note = try server.ssh(
            TestCouncil.secretary, ["minutes add \(council.session) --note 'Séance ouverte'"])
        #expect(note.status == 0, "\(note.summary)\n\(server.log)")
        let export = try server.ssh("alice", ["minutes", "export", council.session])
        #expect(export.stdout.contains("Séance ouverte"), "\(export.summary)")

        // No command and no terminal: what this key allows.
        let help = try server.ssh(TestCouncil.secretary, [], tty: false)
        #expect(help.status == 0, "\(help.summary)")
        #expect(help.stdout.contains("Connexion restreinte de Sam") && help.stdout.contains("minutes add"))
    }
}

/// An OpenSSH server of its own, on 127.0.0.1 and a free port, stopped when released.
final class SSHServer: @unchecked Sendable {
    static let sshd = "/usr/sbin/sshd"

    let folder: String
    let port: Int
    let user: String
    private var daemon: ChildProcess? = nil
    private var keys: [String: String] = [:]

    var log: String { daemon.flatMap { try? String(contentsOfFile: $0.stderrPath, encoding: .utf8) } ?? "" }

    /// `keys`: member → the forced command of their key (the program and its arguments).
    init(keys forced: [String: [String]]) throws {
        folder = NSTemporaryDirectory() + "/conseil-sshd-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        user = String(cString: getpwuid(geteuid()).pointee.pw_name)
        try Self.keygen(folder + "/host_ed25519")
        var lines: [String] = []
        for (member, command) in forced.sorted(by: { $0.key < $1.key }) {
            let key = folder + "/\(member)_ed25519"
            try Self.keygen(key)
            keys[member] = key
            let publicKey = try String(contentsOfFile: key + ".pub", encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let quoted = command.map { "'" + $0 + "'" }.joined(separator: " ")
            lines.append("restrict,pty,command=\"\(quoted)\" \(publicKey)")
        }
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: folder + "/authorized_keys", atomically: true, encoding: .utf8)
        if geteuid() == 0 {
            // sshd running as root wants its privilege separation folder (a boot-time folder).
            try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        }
        port = try Self.freePort()
        let config = """
            ListenAddress 127.0.0.1
            HostKey \(folder)/host_ed25519
            PidFile none
            UsePAM no
            StrictModes no
            AuthorizedKeysFile \(folder)/authorized_keys
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            AcceptEnv CONSEIL_MEMBER CONSEIL_DATA USER LANG
            PrintMotd no
            LogLevel VERBOSE

            """
        try config.write(toFile: folder + "/sshd_config", atomically: true, encoding: .utf8)
        // Under timeout(1), so that a test runner killed before its clean-up leaves no sshd behind.
        var command = [Self.sshd, "-D", "-e", "-f", folder + "/sshd_config", "-p", String(port)]
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/timeout") {
            command = ["/usr/bin/timeout", "300"] + command
        }
        daemon = try ChildProcess(
            command[0], Array(command.dropFirst()), environment: ["PATH": "/usr/bin:/bin"], directory: folder)
        try waitUntilReady()
    }

    deinit {
        if let daemon {
            daemon.kill(SIGTERM)
            _ = daemon.wait(timeout: 10)
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Polls the port until sshd accepts connections: no fixed sleep.
    private func waitUntilReady() throws {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            guard daemon?.isRunning == true else { throw TestFailure("sshd stopped:\n\(log)") }
            if Self.accepts(port) { return }
            usleep(20_000)
        }
        throw TestFailure("sshd not listening on 127.0.0.1:\(port) after 15 s:\n\(log)")
    }

    /// Connects as `member` with their key and runs `command` (joined with spaces, as ssh does).
    func ssh(
        _ member: String, _ command: [String], environment extra: [String: String] = [:],
        sendEnv: [String] = [],
        tty: Bool = false
    ) throws -> ProcessOutput {
        guard let key = keys[member] else { throw TestFailure("no key for \(member)") }
        var arguments = [
            "-F", "/dev/null", "-i", key, "-p", String(port), "-o", "StrictHostKeyChecking=no", "-o",
            "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o",
            "LogLevel=ERROR",
            "-o", "ConnectTimeout=10", tty ? "-tt" : "-T",
        ]
        for name in sendEnv { arguments += ["-o", "SendEnv=\(name)"] }
        arguments.append("\(user)@127.0.0.1")
        arguments += command
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": folder,
            "LANG": "C.UTF-8",
        ]
        for (name, value) in extra { environment[name] = value }
        return try runProcess(
            "/usr/bin/ssh", arguments, environment: environment, directory: folder, timeout: 30)
    }

    private static func keygen(_ path: String) throws {
        let output = try runProcess(
            "/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "conseil-test", "-f", path],
            environment: ["PATH": "/usr/bin:/bin"], directory: "/", timeout: 30)
        guard output.status == 0 else { throw TestFailure("ssh-keygen: \(output.summary)") }
    }

    /// A port the system just gave out and released: free in practice.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw TestFailure("socket: \(errno)") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else { throw TestFailure("bind: \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func accepts(_ port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}

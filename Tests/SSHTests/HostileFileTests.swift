import Foundation
import Testing

// Files nobody should have written: cut short, not UTF-8, nested 10,000 deep, 100 MB, a
// named pipe, a folder, a name full of escape sequences. `check` names each one with its
// reason, the other commands skip them with a warning, and nothing crashes or hangs.
#if canImport(Glibc)
    import Glibc
#endif

@Suite struct HostileFileTests {
    let council: TestCouncil
    /// Path (relative to the data root) → a word the reason must contain.
    var planted: [String: String] = [:]
    let hostileName = "t7\u{1B}]0;pwned\u{07}\u{1B}[2J.json"

    init() throws {
        council = try TestCouncil()
        let c = council
        for (member, answer) in [("alice", "Oui"), ("bob", "Non")] {
            _ = try c.forced(c.key(member), command: "vote \(c.poll) \(answer)")
        }
        let ballots = c.session + "/polls/" + c.poll + "/ballots/"
        let words = c.session + "/polls/" + c.wordsPoll + "/poll.json"
        let events = "proposals/" + c.proposal + "/events/"

        let cut = Data(#"{"schema": 1, "poll": "\#(c.poll)", "voter": "t1", "answers": ["Oui""#.utf8)
        try write(cut, ballots + "t1.json", reason: "tronqué")
        try write(Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D]), ballots + "t2.json", reason: "UTF-8")
        let deepArray = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        try write(Data(deepArray.utf8), ballots + "t3.json", reason: "imbriqué")
        let deepObject =
            #"{"schema": 1, "x": "# + String(repeating: #"{"a": "#, count: 10_000) + "1"
            + String(repeating: "}", count: 10_001)
        try write(Data(deepObject.utf8), words, reason: "imbriqué")
        // 100 MB, sparse: the size alone decides, nothing is read.
        let big = c.root + "/" + events + "e-big.json"
        _ = FileManager.default.createFile(atPath: big, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        planted[events + "e-big.json"] = "trop gros"
        // A named pipe would block a plain open(2) forever; a folder cannot be read as a file.
        #expect(mkfifo(c.root + "/" + ballots + "t5.json", 0o644) == 0)
        planted[ballots + "t5.json"] = "pas un fichier ordinaire"
        try FileManager.default.createDirectory(
            atPath: c.root + "/" + ballots + "t6.json", withIntermediateDirectories: false)
        planted[ballots + "t6.json"] = "pas un fichier ordinaire"
        try write(Data("{}".utf8), ballots + hostileName, reason: "fichier inattendu")
    }

    private mutating func write(_ data: Data, _ relative: String, reason: String) throws {
        try data.write(to: URL(fileURLWithPath: council.root + "/" + relative))
        planted[relative] = reason
    }

    @Test func checkNamesEveryFileWithItsReason() throws {
        let started = Date()
        let output = try council.run(["check"])
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(output.exited, "\(output.summary)")
        #expect(output.status == 1, "\(output.summary)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        for (path, reason) in planted where path != "" {
            // The file name shown inert; "t7" alone could be part of a random poll id.
            let shown = path.contains("\u{1B}") ? "t7␛]0;pwned" : path
            let line = lines.first { $0.contains(shown) }
            #expect(line != nil, "\(path) not reported:\n\(output.summary)")
            #expect(line?.contains(reason) == true, "\(path): expected “\(reason)” in \(line ?? "")")
        }
        #expect(output.stderr.contains("\(planted.count) fichier(s) à réparer"), "\(output.summary)")
        #expect(!output.stdout.contains("\u{1B}"), "a file name drove the terminal")
        #expect(output.stdout.contains("t7␛]0;pwned␇␛[2J.json"), "\(output.summary)")
    }

    @Test func theOtherCommandsSkipThemAndKeepWorking() throws {
        let c = council
        let results = try c.run(["poll", "results", c.poll, "--format", "json"], timeout: 20)
        #expect(results.status == 0 && results.exited, "\(results.summary)")
        let tally = try JSONSerialization.jsonObject(with: Data(results.stdout.utf8)) as? [String: Any]
        #expect(tally?["ballots"] as? Int == 2, "\(results.summary)")
        #expect(
            results.stderr.contains("t1.json") && results.stderr.contains("t3.json"),
            "the warnings name the files")
        #expect(!results.stderr.contains("\u{1B}"), "warnings show file names inert")
        #expect(results.stderr.contains("t7␛]0;pwned␇␛[2J.json"), "\(results.summary)")

        for arguments in [
            ["poll", "results", c.poll], ["poll", "list", c.session], ["proposal", "list"],
            ["proposal", "show", c.proposal], ["session", "show", c.session], ["overview"],
            ["minutes", "export", c.session],
        ] {
            let output = try c.run(arguments, timeout: 20)
            #expect(output.exited, "\(arguments): \(output.summary)")
            #expect(output.status == 0, "\(arguments): \(output.summary)")
        }
        // Voting still works, and the restricted path reports nothing new.
        let vote = try c.forced(c.key(TestCouncil.secretary), command: "vote \(c.poll) Abstention")
        #expect(vote.status == 0, "\(vote.summary)")
        let after = try c.run(["poll", "results", c.poll, "--format", "json"], timeout: 20)
        let counted = try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any]
        #expect(counted?["ballots"] as? Int == 3, "\(after.summary)")
        // The words poll itself is unreadable: a clear error, not a crash.
        let words = try c.run(["poll", "results", c.wordsPoll], timeout: 20)
        #expect(words.exited && words.status == 1, "\(words.summary)")
        #expect(words.stderr.contains("imbriqué"), "\(words.summary)")
    }

    @Test func anUnreadableCouncilStopsEverythingClearly() throws {
        let c = council
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        try Data(deep.utf8).write(to: URL(fileURLWithPath: c.root + "/council.json"))
        for arguments in [["check"], ["proposal", "list"], ["vote", c.poll, "Oui"]] {
            let output = try c.run(arguments, as: "alice", timeout: 20)
            #expect(output.exited && output.status == 1, "\(arguments): \(output.summary)")
            #expect(
                output.stdout.contains("council.json") || output.stderr.contains("council.json"),
                "\(output.summary)")
        }
        let ssh = try c.forced(c.key("alice"), command: "vote \(c.poll) Oui")
        #expect(ssh.exited && ssh.status == 1 && ssh.stderr.contains("council.json"), "\(ssh.summary)")
    }

    @Test func aFileOverTheLimitIsRefusedAtAnySize() throws {
        let c = council
        let file = c.root + "/" + c.session + "/polls/" + c.poll + "/ballots/zz.json"
        var text = #"{"schema": 1, "poll": "\#(c.poll)", "voter": "zz", "answers": [""#
        text += String(repeating: "a", count: 1 << 20) + #""]}"#
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let output = try c.run(["check"])
        #expect(output.stdout.contains("zz.json : fichier trop gros"), "\(output.summary)")
    }
}

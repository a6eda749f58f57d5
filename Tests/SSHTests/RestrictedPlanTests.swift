// The pure part of restricted mode: splitting the client's command line, and the allow-list
// kept in step with the real commands' options.
import Foundation
import Testing

@testable import conseil

@Suite struct ShellWordsTests {
    @Test func splitsOnBlanksAndKeepsQuotedText() throws {
        #expect(try ShellWords.split("vote q1 Oui") == ["vote", "q1", "Oui"])
        #expect(try ShellWords.split("  vote\tq1 \n Oui  ") == ["vote", "q1", "Oui"])
        #expect(
            try ShellWords.split("vote q1 'la formation' \"l'emploi\"") == [
                "vote", "q1", "la formation", "l'emploi",
            ])
        #expect(try ShellWords.split(#"vote q1 l\'emploi a\ b"#) == ["vote", "q1", "l'emploi", "a b"])
        #expect(try ShellWords.split(#"x "a \"b\" \$c \\ \z""#) == ["x", #"a "b" $c \ \z"#])
        #expect(try ShellWords.split("x ''") == ["x", ""])
        #expect(try ShellWords.split("x 'a'\"b\"c") == ["x", "abc"])
        #expect(try ShellWords.split("") == [])
    }

    @Test func expandsNothing() throws {
        #expect(
            try ShellWords.split("vote q1 * ~ ? [a] {b,c} !x a=b") == [
                "vote", "q1", "*", "~", "?", "[a]", "{b,c}", "!x", "a=b",
            ])
        #expect(try ShellWords.split("x '$HOME' \"$HOME\" 'a;b|c'") == ["x", "$HOME", "$HOME", "a;b|c"])
        #expect(try ShellWords.split("vote q1 Pourquoi#pas") == ["vote", "q1", "Pourquoi#pas"])
    }

    @Test(arguments: [
        "vote q1 Oui; id", "vote q1 Oui && id", "vote q1 Oui | cat", "vote q1 Oui > /tmp/x",
        "vote q1 < /etc/passwd",
        "vote q1 $(id)", "vote q1 `id`", "vote q1 $HOME", "(id)", "vote q1 Oui &", "vote q1 # comment",
    ])
    func refusesShellOperators(_ line: String) {
        #expect(throws: ShellWords.Failure.self) { try ShellWords.split(line) }
    }

    @Test func refusesUnclosedQuotesAndHugeLines() {
        #expect(throws: ShellWords.Failure.self) { try ShellWords.split("vote q1 'Oui") }
        #expect(throws: ShellWords.Failure.self) { try ShellWords.split("vote q1 \"Oui") }
        #expect(throws: ShellWords.Failure.self) {
            try ShellWords.split(
                "vote q1 " + String(repeating: "a", count: RestrictedSession.maxCommandBytes))
        }
    }
}

@Suite struct AllowListTests {
    static let globalOptions: Set<String> = ["--data", "--member", "--lang", "--restricted", "--help"]
    /// Options that exist but stay closed over SSH, on purpose: the headless screen of tests and benchmarks.
    static let closed: [String: Set<String>] = [
        "tui": ["--size", "--keys", "--dump", "--measure"], "vote": ["--size", "--keys", "--dump"],
    ]

    @Test func eachEntryIsARealCommandWithItsRealOptions() {
        for entry in RestrictedSession.entries {
            #expect(RestrictedSession.resolves(entry), "\(entry.name) is not a command")
            let actual = RestrictedSession.documentedOptions(of: entry).subtracting(Self.globalOptions)
            #expect(
                entry.options.isSubset(of: actual),
                "\(entry.name): \(entry.options.subtracting(actual)) do not exist")
            guard entry.access != .administrator else { continue }
            let undecided = actual.subtracting(entry.options).subtracting(Self.closed[entry.name] ?? [])
            #expect(
                undecided.isEmpty,
                "\(entry.name) has options \(undecided.sorted()) that RestrictedSession.entries does not list: decide whether a member may use them over SSH"
            )
        }
    }
}

/// The decisions, on a real data root (the member's role comes from its council.json).
@Suite struct PlanTests {
    let council: TestCouncil
    var fixed: [String] { ["--data", council.root] }
    var alice: [String] { ["--data", council.root, "--member", "alice", "--lang", "fr", "--restricted"] }

    init() throws { council = try TestCouncil() }

    func plan(_ command: String?, forced: [String]? = nil, terminal: Bool = false) -> RestrictedSession.Plan {
        var environment = ["CONSEIL_MEMBER": "bob", "USER": "bob", "CONSEIL_DATA": "/tmp/other"]
        if let command { environment["SSH_ORIGINAL_COMMAND"] = command }
        return RestrictedSession.plan(
            arguments: forced ?? ["--data", council.root, "--member", "alice"], environment: environment,
            isTerminal: terminal)
    }

    @Test func outsideSSHNothingChanges() {
        let plan = RestrictedSession.plan(
            arguments: ["vote", "q1", "Oui", "--member", "bob"], environment: ["CONSEIL_MEMBER": "bob"],
            isTerminal: false)
        #expect(plan == .unrestricted)
    }

    @Test func theFixedMemberComesRightAfterTheSubcommand() {
        #expect(
            plan("vote q1 Oui")
                == .run(
                    ["vote", "--member", "alice"] + fixed + ["--lang", "fr", "--restricted", "q1", "Oui"]))
        #expect(
            plan("conseil --lang en proposal list --json")
                == .run(
                    ["proposal", "list", "--member", "alice"] + fixed + [
                        "--lang", "en", "--restricted", "--json",
                    ]))
        // After `--` the client's words are answers, never options.
        #expect(
            plan("vote q1 -- --member")
                == .run(
                    ["vote", "--member", "alice"] + fixed + [
                        "--lang", "fr", "--restricted", "q1", "--", "--member",
                    ]))
    }

    @Test func noCommandOpensTheInterfaceOnATerminal() {
        let tui = RestrictedSession.Plan.run(
            ["tui", "--member", "alice"] + fixed + ["--lang", "fr", "--restricted"])
        #expect(plan(nil, forced: ["--restricted", "--member", "alice"] + fixed, terminal: true) == tui)
        #expect(plan("", terminal: true) == tui)
        #expect(plan("  ", terminal: true) == tui)
        #expect(plan("tui", terminal: true) == tui)
        if case .help = plan("tui", terminal: false) {
        } else {
            Issue.record("tui without a terminal: the help")
        }
        guard case .help(let text) = plan("", terminal: false) else {
            Issue.record("expected the help")
            return
        }
        #expect(text.contains("vote") && text.contains("proposal list") && !text.contains("poll open"))
    }

    @Test func refusals() {
        for (command, fragment) in [
            ("--member bob vote q1 Oui", "--member"), ("vote q1 Oui --member=bob", "--member"),
            ("vote q1 Oui --data /tmp", "--data"), ("sh", "ni shell"), ("tui --dump", "--dump"),
            ("poll open q1", "animateur·rice"), ("minutes adopt s", "secrétaire"),
            ("init /tmp/x --name X", "administrateur"), ("proposal", "précisez"), ("poll", "précisez"),
            ("vote q1 Oui --lang de", "--lang"), ("--version", "--version"),
        ] {
            guard case .refuse(let message) = plan(command) else {
                Issue.record("not refused: \(command)")
                continue
            }
            #expect(message.contains(fragment), "\(command): \(message)")
        }
        guard case .refuse(let message) = plan("vote q1 Oui", forced: ["--restricted"] + fixed) else {
            Issue.record("a forced command without --member must be refused")
            return
        }
        #expect(message.contains("--member"))
    }
}

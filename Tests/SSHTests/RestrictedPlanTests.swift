// The pure part of restricted mode: splitting the client's command line, parsing it with the
// real commands, and authorizing the parsed command from the one table of rights.
import ArgumentParser
import ConseilCore
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

/// The rights of the commands come from the one table (ConseilCore/Rights.swift).
@Suite struct CommandRightsTests {
    @Test func everyCommandDeclaresTheCapabilityItNeeds() {
        for node in CommandTree.nodes where node.isLeaf {
            #expect(
                node.type is any RequiresCapability.Type,
                "« \(node.name) » declares no capability (CommandRights.swift): say what it needs")
        }
    }

    @Test func eachRolesHelpListsWhatTheTableAllows() {
        func help(_ role: Role) -> String {
            RestrictedHelp.text(for: Member(id: "x", name: "X", role: role), .fr)
        }
        func listed(_ text: String, _ name: String) -> Bool {
            text.split(separator: "\n").contains { $0.hasPrefix("  \(name) —") || $0 == "  \(name)" }
        }
        for role in Role.allCases {
            let text = help(role)
            let actor = Actor.member(Member(id: "x", name: "X", role: role), restricted: true)
            for node in CommandTree.nodes where node.isLeaf {
                guard let marked = node.type as? any RequiresCapability.Type else { continue }
                #expect(listed(text, node.name) == actor.may(marked.capability), "\(role) \(node.name)")
            }
        }
        #expect(listed(help(.member), "vote") && !listed(help(.member), "poll open"))
        #expect(listed(help(.facilitator), "poll open") && !listed(help(.facilitator), "minutes add"))
        #expect(listed(help(.secretary), "minutes add") && !listed(help(.secretary), "poll open"))
        for role in Role.allCases {
            for never in ["sync run", "sync status", "init", "demo generate", "member add"] {
                #expect(!listed(help(role), never), "\(role) \(never)")
            }
        }
    }

    /// Role rules live in the table only: no other source compares roles.
    @Test func noRoleRuleOutsideTheTable() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let patterns = [
            ".role ==", ".role !=", "role == .", "role != .", "== .facilitator", "== .secretary",
            "!= .facilitator", "!= .secretary", "case .role(", ".role(.",
        ]
        var found: [String: [String]] = [:]
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        #expect(files.contains("ConseilCore/Rights.swift"))
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: sources.path + "/" + file, encoding: .utf8)
            let hits = patterns.filter { text.contains($0) }
            if !hits.isEmpty { found[file] = hits }
        }
        #expect(Array(found.keys) == ["ConseilCore/Rights.swift"], "role rules outside the table: \(found)")
    }
}

/// The decisions, on a real data root (the member's role comes from its council.json).
@Suite struct PlanTests {
    let council: TestCouncil

    init() throws { council = try TestCouncil() }

    func plan(_ command: String?, forced: [String]? = nil) -> RestrictedSession.Plan {
        var environment = ["CONSEIL_MEMBER": "bob", "USER": "bob", "CONSEIL_DATA": "/tmp/other"]
        if let command { environment["SSH_ORIGINAL_COMMAND"] = command }
        return RestrictedSession.plan(
            arguments: forced ?? ["--data", council.root, "--member", "alice"], environment: environment)
    }

    /// The command a plan runs, or nil when it does not run one.
    func ran(_ plan: RestrictedSession.Plan) -> (any RequiresCapability)? {
        if case .run(let command) = plan { return command }
        return nil
    }

    @Test func outsideSSHNothingChanges() {
        let plan = RestrictedSession.plan(
            arguments: ["vote", "q1", "Oui", "--member", "bob"], environment: ["CONSEIL_MEMBER": "bob"])
        guard case .unrestricted = plan else {
            Issue.record("not restricted: parse as usual")
            return
        }
    }

    @Test func theParsedCommandRunsAsTheForcedMember() throws {
        let vote = try #require(ran(plan("vote q1 Oui")) as? VoteCommand)
        #expect(vote.poll == "q1" && vote.answers == ["Oui"])
        #expect(vote.global.member == "alice" && vote.global.data == council.root && vote.global.restricted)
        let list = try #require(ran(plan("conseil --lang en proposal list --json")) as? ProposalCommand.List)
        #expect(list.json && list.global.lang == "en" && list.global.member == "alice")
        // After `--` the client's words are answers, never options.
        let dashed = try #require(ran(plan("vote q1 -- --member")) as? VoteCommand)
        #expect(dashed.answers == ["--member"] && dashed.global.member == "alice")
    }

    @Test func aFacilitatorRunsPolls() throws {
        let forced = ["--data", council.root, "--member", TestCouncil.facilitator]
        let open = try #require(ran(plan("poll open q1", forced: forced)) as? PollCommand.Open)
        #expect(open.poll == "q1" && open.global.member == TestCouncil.facilitator)
    }

    @Test func noCommandIsTheInterface() throws {
        let forced = ["--restricted", "--member", "alice", "--data", council.root]
        for command in [nil, "", "  "] {
            let root = try #require(
                ran(plan(command, forced: forced)) as? Conseil, "\(String(describing: command))")
            #expect(root.global.member == "alice" && root.global.restricted)
        }
        #expect(ran(plan("tui")) is TuiCommand)
        guard case .help(let text) = plan("help") else {
            Issue.record("expected the help")
            return
        }
        #expect(text.contains("vote") && text.contains("proposal list") && !text.contains("poll open"))
    }

    @Test func helpIsTheMembersOwn() {
        for request in ["--help", "-h", "help", "poll open --help", "help poll open"] {
            guard case .help(let text) = plan(request) else {
                Issue.record("\(request): expected the help")
                continue
            }
            #expect(text.hasPrefix("Connexion restreinte de Alice"), "\(request)")
        }
        guard case .help(let vote) = plan("vote --help") else {
            Issue.record("vote --help: expected the help of vote")
            return
        }
        #expect(vote.contains("USAGE: conseil vote"), "\(vote)")
    }

    @Test func refusals() {
        for (command, fragment) in [
            ("--member bob vote q1 Oui", "--member"), ("vote q1 Oui --member=bob", "--member"),
            ("vote q1 Oui --member alice", "--member"), ("vote q1 Oui --data /etc", "--data"),
            ("--data /etc check", "--data"), ("vote q1 Oui --restricted", "--restricted"),
            ("sh", "ni shell"), ("poll open q1", "réservé au rôle animateur·rice ; alice est membre"),
            ("minutes adopt s", "réservé au rôle secrétaire"),
            ("member add eve --name Eve --role member", "administrateur"),
            ("init /tmp/x --name X", "restreinte"), ("demo generate /tmp/x", "restreinte"),
            ("sync", "restreinte"), ("sync status", "restreinte"), ("proposal", "précisez"),
            ("poll", "précisez"), ("demo", "aucune"), ("--version", "Unknown option '--version'"),
            ("vote q1 --bogus", "Unknown option '--bogus'"),
            ("vote q1 '--\u{1b}[31m'", "Unknown option '--\u{241b}[31m'"),
        ] {
            guard case .refuse(let message) = plan(command) else {
                Issue.record("not refused: \(command)")
                continue
            }
            #expect(message.hasPrefix("conseil : refusé : "), "\(command): \(message)")
            #expect(message.contains(fragment), "\(command): \(message)")
            #expect(!message.contains("\u{1b}"), "\(command): the client's words are shown inert")
        }
        guard
            case .refuse(let message) = plan("vote q1 Oui", forced: ["--restricted", "--data", council.root])
        else {
            Issue.record("a forced command without --member must be refused")
            return
        }
        #expect(message.contains("--member"))
    }

    @Test func aFacilitatorIsStillRefusedWhatNoRestrictedSessionDoes() {
        let forced = ["--data", council.root, "--member", TestCouncil.facilitator]
        for command in ["sync", "init /tmp/x --name X", "demo generate /tmp/x", "minutes add s --note x"] {
            guard case .refuse = plan(command, forced: forced) else {
                Issue.record("not refused: \(command)")
                continue
            }
        }
    }
}

import ConseilCore
import ConseilTUI
import Foundation
import TestSupport
import Testing

@Suite("In a restricted SSH session the interface starts no other program")
struct RestrictedAppTests {
    @Test func syncExportAndTheExternalEditorAreRefused() throws {
        let fixture = try CouncilFixture()
        let secretary = Member(id: "sam", name: "Samuel Secrétaire", role: .secretary)
        let app = try App(
            root: fixture.root, member: secretary, language: .fr, width: 100, height: 30,
            now: CouncilFixture.now,
            unicode: true, restricted: true)
        app.suspendTerminal = { _ in Issue.record("the terminal was handed to another program") }
        for key in Key.parse(script: "y") { app.handle(.key(key)) }
        #expect(app.state.message?.fr.contains("indisponible en session SSH restreinte") == true)
        #expect(!app.state.syncing)
        for key in Key.parse(script: "3x") { app.handle(.key(key)) }
        #expect(app.state.message?.fr.contains("exporter") == true)
        for key in Key.parse(script: "nmot<C-o>") { app.handle(.key(key)) }
        #expect(app.state.message?.fr.contains("éditeur externe") == true)
        #expect(app.state.editor?.editor.text == "mot", "the text typed stays in the built-in editor")
    }

    /// The real binary, headless, with a `git` first on PATH that leaves a mark when it runs:
    /// the restricted interface must not start it, the same interface outside SSH does (the
    /// title bar's sync line), so the probe is known to work.
    @Test func theRestrictedInterfaceNeverStartsGit() throws {
        let fixture = try CouncilFixture()
        let binary = try ConseilBinary.require()
        let bin = fixture.base.appendingPathComponent("bin").path
        let mark = fixture.base.appendingPathComponent("git-ran").path
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/sh\necho \"$@\" >> '\(mark)'\nexit 1\n".write(
            toFile: bin + "/git", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/git")
        let environment = [
            "PATH": bin + ":/usr/bin:/bin", "HOME": fixture.base.path, "LANG": "C.UTF-8", "TZ": "UTC",
            "CONSEIL_NOW": "2017-11-17T09:30:00Z",
        ]
        let headless = ["tui", "--dump", "--size", "100x30", "--keys", "2"]

        let restricted = try runProcess(
            binary, ["--restricted", "--data", fixture.root.path, "--member", "marc"],
            environment: environment.merging(["SSH_ORIGINAL_COMMAND": headless.joined(separator: " ")]) { $1 }
        )
        #expect(restricted.status == 0, "\(restricted.summary)")
        #expect(
            restricted.stdout.contains("Séminaire numérique · 17 novembre 2017"),
            "the title bar still shows the session")
        #expect(restricted.stdout.contains("Marc Membre (membre)"), "and who acts")
        #expect(restricted.stdout.contains("Scrutins"))
        #expect(!FileManager.default.fileExists(atPath: mark), "git ran in a restricted session")

        let local = try runProcess(
            binary, ["--data", fixture.root.path, "--member", "marc"] + headless, environment: environment)
        #expect(local.status == 0, "\(local.summary)")
        #expect(FileManager.default.fileExists(atPath: mark), "outside SSH the status line asks git")
    }

    /// In a git clone the title bar shows the sync status, which git reads; a restricted
    /// session leaves it out rather than start git, and still shows the council and session.
    @Test func theTitleBarLeavesOutTheSyncLineRatherThanStartGit() throws {
        let fixture = try CouncilFixture()
        let git = try runProcess(
            "/usr/bin/git", ["init", "-q", fixture.root.path], environment: ["PATH": "/usr/bin:/bin"])
        #expect(git.status == 0, "\(git.summary)")
        let marc = Member(id: "marc", name: "Marc Membre", role: .member)
        func app(restricted: Bool) throws -> App {
            try App(
                root: fixture.root, member: marc, language: .fr, width: 100, height: 30,
                now: CouncilFixture.now, unicode: true, restricted: restricted)
        }
        let local = try app(restricted: false)
        #expect(local.state.syncLine?.fr.hasPrefix("jamais synchronisé") == true, "the probe: git answers")
        let restricted = try app(restricted: true)
        #expect(restricted.state.syncLine == nil)
        let title = restricted.render().text.split(separator: "\n")[0]
        #expect(title.contains("Séminaire numérique") && title.contains("Marc Membre (membre)"), "\(title)")
        #expect(!title.contains("synchronis"), "\(title)")
    }
}

import ConseilCore
import ConseilTUI
import Foundation
import TestSupport
import Testing

/// Each saved change becomes a local commit a few seconds later: git history is the audit trail.
@Suite("Auto-commit of the interface's saves")
struct AutoCommitTests {
    private func git(_ folder: String, _ arguments: [String]) throws -> ProcessOutput {
        try runProcess(
            "/usr/bin/git", ["-C", folder] + arguments,
            environment: [
                "PATH": "/usr/bin:/bin", "HOME": folder, "GIT_AUTHOR_NAME": "Test",
                "GIT_AUTHOR_EMAIL": "t@example.org",
                "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.org",
            ], mergingStderr: true)
    }

    @Test func aSaveIsCommittedAfterTheDelayAndOnlyThen() throws {
        let fixture = try CouncilFixture()
        let folder = fixture.root.path
        #expect(try git(folder, ["init", "-q"]).status == 0)
        let app = try App(
            root: fixture.root, member: nil, language: .fr, width: 100, height: 30, now: CouncilFixture.now,
            unicode: true)
        app.autoCommit = true
        for key in Key.parse(script: "1s") { app.handle(.key(key)) }
        app.refreshIfChanged(now: Timestamp(milliseconds: CouncilFixture.now.milliseconds + 2_000))
        #expect(
            try git(folder, ["rev-list", "--all", "--count"]).stdout.hasPrefix("0"), "not before the delay")
        app.refreshIfChanged(now: Timestamp(milliseconds: CouncilFixture.now.milliseconds + 6_000))
        let log = try git(folder, ["log", "--format=%s"]).stdout
        #expect(!log.isEmpty, "a commit after the delay")
        #expect(try git(folder, ["status", "--porcelain"]).stdout.isEmpty, "everything saved is committed")
    }

    @Test func aFolderInsideALargerRepositoryIsLeftToY() throws {
        let fixture = try CouncilFixture()
        let outer = fixture.base.path
        #expect(try git(outer, ["init", "-q"]).status == 0)
        let app = try App(
            root: fixture.root, member: nil, language: .fr, width: 100, height: 30, now: CouncilFixture.now,
            unicode: true)
        app.autoCommit = true
        for key in Key.parse(script: "1s") { app.handle(.key(key)) }
        app.refreshIfChanged(now: Timestamp(milliseconds: CouncilFixture.now.milliseconds + 6_000))
        #expect(try git(outer, ["rev-list", "--all", "--count"]).stdout.hasPrefix("0"))
    }
}

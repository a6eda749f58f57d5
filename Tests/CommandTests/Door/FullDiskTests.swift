import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A full disk (issue 8, fault 8): the data root lives on a small tmpfs filled to the last
/// block; a creation that cannot be written says so and leaves no folder behind.
@Suite("A full disk leaves nothing behind", .serialized)
struct FullDiskTests {
    @Test("proposal add and session new on a full disk leave no empty folder")
    func nothingLeftOnFullDisk() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let disk = council.base.appendingPathComponent("disk").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let mounted = try runProcess(
            "/bin/mount", ["-t", "tmpfs", "-o", "size=512k", "tmpfs", disk], environment: [:])
        try #require(mounted.succeeded, "the test needs root to mount a small tmpfs: \(mounted.stderr)")
        defer { _ = try? runProcess("/bin/umount", ["-l", disk], environment: [:]) }
        // The council moves onto the small disk, then a filler takes every block left.
        let root = disk + "/conseil"
        _ = try runProcess("/bin/cp", ["-a", council.root, root], environment: [:])
        let filler = try runProcess(
            "/bin/dd", ["if=/dev/zero", "of=\(disk)/filler", "bs=4096"], environment: [:])
        #expect(!filler.succeeded, "dd stops on a full disk")
        let environment = council.environment(["CONSEIL_DATA": root])
        let before = try FileManager.default.subpathsOfDirectory(atPath: root).sorted()

        for arguments in [
            ["proposal", "add", "--title", "Un tiers-lieu", "--member", Scenario.secretary],
            [
                "session", "new", "--title", "Séance de décembre", "--date", "2017-12-15", "--member",
                Scenario.facilitator,
            ],
        ] {
            let output = try runProcess(
                try #require(ConseilBinary.path), arguments, environment: environment,
                directory: council.base.path)
            #expect(output.status == 1, "\(arguments): \(output.summary)")
            #expect(output.stderr.contains("rien n'a été modifié"), "\(output.stderr)")
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: root).sorted() == before)
        let check = try runProcess(
            try #require(ConseilBinary.path), ["check"], environment: environment,
            directory: council.base.path)
        #expect(check.succeeded, "\(check.summary)")
    }
}

import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A folder of the data root replaced by a symbolic link on this machine: sync never writes
/// through it, stops and names it; once a person puts a folder back, the next sync finishes.
@Suite struct LinkedFolderTests {
    @Test func syncNeverWritesThroughALinkedFolder() throws {
        let lab = try Lab()
        let victim = try lab.clone("victim")
        let ids = try victim.setUpCouncil()
        try victim.sync()
        let friend = try lab.clone("friend")
        let note = try friend.newId(["minutes", "add", ids.session, "--note", "Note reçue"], as: "bob")
        try friend.sync()

        // The minutes folder (empty until now) points elsewhere; git is told to ignore the
        // link so that the commit step leaves it alone, as it would a link it never saw.
        let outside = lab.base + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        let minutes = victim.data + "/\(ids.session)/minutes"
        try FileManager.default.createSymbolicLink(atPath: minutes, withDestinationPath: outside)
        try "/\(ids.session)/minutes\n".write(
            toFile: victim.top + "/.git/info/exclude", atomically: true, encoding: .utf8)

        let blocked = try victim.run(["sync"])
        #expect(blocked.status != 0, "\(blocked.summary)")
        #expect(blocked.stderr.contains("\(ids.session)/minutes n'est pas un dossier"), "\(blocked.summary)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)

        try FileManager.default.removeItem(atPath: minutes)
        try FileManager.default.createDirectory(atPath: minutes, withIntermediateDirectories: false)
        let repaired = try victim.sync()
        #expect(repaired.stdout.contains("Réparé : intégration interrompue terminée"), "\(repaired.summary)")
        #expect(try victim.read("\(ids.session)/minutes/\(note).json").contains("Note reçue"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        #expect(try victim.git(["status", "--porcelain"]).stdout.isEmpty)
    }
}

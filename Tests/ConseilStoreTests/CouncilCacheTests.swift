import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

/// The council read once per process (`CouncilCache`) is read again as soon as the file is
/// another: replaced by the store, edited in place, removed, or made a link.
@Suite("The council is read again when its file changes")
struct CouncilCacheTests {
    @Test func everyChangeOfTheFileIsSeen() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data, members: 2)
            #expect(try root.requireCouncil().members.count == 4)
            var council = try root.requireCouncil()
            council.members.append(Member(id: "m03", name: "Membre 3", role: .member))
            try root.saveCouncil(council)
            #expect(try root.requireCouncil().members.map(\.id).contains("m03"), "replaced by the store")

            // An edit in place of the same length, a moment later (as an editor saves).
            let path = root.absolute(Layout.council)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            Thread.sleep(forTimeInterval: 0.02)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.write(
                contentsOf: Data(text.replacingOccurrences(of: "Membre 3", with: "Membre 9").utf8))
            try handle.close()
            #expect(try root.requireCouncil().member("m03")?.name == "Membre 9", "edited in place")

            try FileManager.default.removeItem(atPath: path)
            #expect(throws: ConseilError.self) { try root.requireCouncil() }
        }
    }
}

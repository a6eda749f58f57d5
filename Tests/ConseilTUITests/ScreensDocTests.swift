import Foundation
import Testing

/// docs/SCREENS.md shows the projector as photographs of a real xterm (scripts/wall-screenshots):
/// every picture it names is committed, is a PNG, and stays small.
@Suite struct ScreensDocTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs")

    @Test func everyProjectorPictureIsASmallCommittedPNG() throws {
        let page = try String(contentsOf: Self.docs.appendingPathComponent("SCREENS.md"), encoding: .utf8)
        let names = page.components(separatedBy: "](screens/").dropFirst().compactMap {
            $0.split(separator: ")").first.map(String.init)
        }
        #expect(
            Set(names) == [
                "wall-words.png", "wall-yesno.png", "wall-choice.png", "wall-text.png",
                "wall-before-after.png",
            ])
        for name in names {
            let data = try Data(contentsOf: Self.docs.appendingPathComponent("screens/" + name))
            #expect(
                data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(name) is a PNG")
            #expect(data.count < 150_000, "\(name) is \(data.count) bytes")
        }
    }
}

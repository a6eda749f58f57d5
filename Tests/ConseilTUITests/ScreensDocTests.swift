import ConseilCore
import Foundation
import TestSupport
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
                "wall-before-after.png", "wall-join.png",
            ])
        for name in names {
            let data = try Data(contentsOf: Self.docs.appendingPathComponent("screens/" + name))
            #expect(
                data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(name) is a PNG")
            #expect(data.count < 150_000, "\(name) is \(data.count) bytes")
        }
    }

    /// The join panel photographed in a real xterm scans: its QR code decodes to a join URL
    /// with the room code, as a phone in the room would read it off the wall.
    @Test(.enabled(if: ExternalTool.shouldRun("zbarimg"), "install zbar-tools"))
    func theJoinPanelPhotographScansToTheJoinURL() throws {
        let picture = Self.docs.appendingPathComponent("screens/wall-join.png").path
        let output = try runProcess("/usr/bin/zbarimg", ["--quiet", "--raw", picture], environment: [:])
        #expect(output.status == 0, "\(output.summary)")
        let url = output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(url.hasPrefix("http://127.0.0.1:") && url.contains("/?room="), "\(url)")
        let code = String(url.split(separator: "=").last ?? "")
        #expect(RoomCode.isWellFormed(code, length: 6), "\(url)")
    }
}

import Foundation
import TestSupport
import Testing

/// The QR code `conseil serve` draws in the terminal scans: the captured half blocks, drawn
/// into an image the way a terminal shows them, decode with zbarimg to the join URL.
@Suite struct RoomQRCodeTests {
    /// An image of the captured lines: a drawn half block is a light cell half, a blank one dark
    /// (a terminal's background), each module `scale` pixels square.
    static func pgm(_ lines: [String], scale: Int = 6) -> Data {
        let width = (lines.map(\.count).max() ?? 0) * scale
        let height = lines.count * 2 * scale
        var pixels = [UInt8](repeating: 0, count: width * height)
        for (row, line) in lines.enumerated() {
            for (column, character) in line.enumerated() {
                let (top, bottom): (Bool, Bool) =
                    switch character {
                    case "█": (true, true)
                    case "▀": (true, false)
                    case "▄": (false, true)
                    default: (false, false)
                    }
                for (half, light) in [(0, top), (1, bottom)] where light {
                    for y in 0..<scale {
                        let start = ((row * 2 + half) * scale + y) * width + column * scale
                        for x in 0..<scale { pixels[start + x] = 255 }
                    }
                }
            }
        }
        return Data("P5\n\(width) \(height)\n255\n".utf8) + Data(pixels)
    }

    @Test func theTerminalQRCodeDecodesToTheJoinURL() throws {
        let scenario = try Scenario()
        let serve = try RoomServe(scenario.council, session: scenario.session)
        let lines = serve.banner.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let code = lines.filter { line in !line.isEmpty && line.allSatisfy { "█▀▄ ".contains($0) } }
        #expect(code.count > 10, "\(serve.banner)")
        #expect(serve.joinURL.hasSuffix("/?room=" + serve.roomCode))
        #expect(serve.roomCode.count == 6 && !serve.roomCode.contains(where: "O0I1".contains))

        let image = scenario.council.base.appendingPathComponent("screen.pgm")
        try Self.pgm(code).write(to: image)
        let decoded = try runProcess(
            "/usr/bin/zbarimg", ["--raw", "-q", image.path], environment: ["PATH": "/usr/bin:/bin"],
            timeout: 60)
        #expect(
            decoded.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == serve.joinURL,
            "\(decoded.summary)")

        // The URL opens the room: the phone lands on the vote page.
        let phone = serve.phone()
        #expect(try phone.join(serve).body.contains("Pas de question ouverte"))
    }
}

import Foundation
import TestSupport
import Testing

/// The QR code `conseil serve` draws in the terminal scans: the captured half blocks, drawn
/// into an image the way a terminal shows them (HalfBlockImage), decode with zbarimg to the join URL.
@Suite struct RoomQRCodeTests {
    @Test func theTerminalQRCodeDecodesToTheJoinURL() throws {
        let scenario = try Scenario()
        let serve = try RoomServe(scenario.council, session: scenario.session)
        let lines = serve.banner.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let code = lines.filter { line in !line.isEmpty && line.allSatisfy { "█▀▄ ".contains($0) } }
        #expect(code.count > 10, "\(serve.banner)")
        #expect(serve.joinURL.hasSuffix("/?room=" + serve.roomCode))
        #expect(serve.roomCode.count == 6 && !serve.roomCode.contains(where: "O0I1".contains))

        #expect(try HalfBlockImage.decode(code, in: scenario.council.base) == serve.joinURL)

        // The URL opens the room: the phone lands on the vote page.
        let phone = serve.phone()
        #expect(try phone.join(serve).body.contains("Pas de question ouverte"))
    }
}

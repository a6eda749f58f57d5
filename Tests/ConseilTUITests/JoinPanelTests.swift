import ConseilCore
import ConseilRoom
import ConseilTUI
import Foundation
import TestSupport
import Testing

/// The join panel on the projector and the room key, through the pure `update` and the one
/// frame: what the wall shows while the room is open, and who may open it.
@Suite("The join panel and the room key")
struct JoinPanelTests {
    static let url = "http://192.168.1.23:8080/?room=KXWPRT"
    static func room(startedHere: Bool = true) -> RoomAccess {
        RoomAccess(url: url, code: "KXWPRT", qrLines: QRCode(url)!.halfBlockLines, startedHere: startedHere)
    }
    static let anne = Member(id: "anne", name: "Anne Animatrice", role: .facilitator)

    /// The open yes/no poll's results on the projector, the room open.
    static func wall(_ size: ScreenSize, actor: Actor = .administrator) -> ScreenDriver {
        var driver = ScreenDriver(width: size.width, height: size.height, actor: actor)
        driver.play("2p<Right><Right>")
        driver.send(.room(room()))
        return driver
    }

    @Test(
        .enabled(
            if: RennesWall.fontInstalled, "install console-setup-linux: the code is drawn with its font"),
        arguments: RennesWall.sizes)
    func golden(_ size: ScreenSize) throws {
        let driver = Self.wall(size)
        Golden.check(driver.text, named: "join-panel-\(size.width)x\(size.height)")
        for line in driver.lines { #expect(DisplayWidth.of(line) <= size.width) }
    }

    /// Beside the results, never over them: the bars and counts stay whole left of the panel.
    @Test func thePanelLeavesTheResultsWholeAt120x40() throws {
        let driver = Self.wall(ScreenSize(width: 120, height: 40))
        let text = driver.text
        #expect(text.contains("Votez avec votre téléphone") && text.contains(Self.url))
        #expect(text.contains("Oui  15 votes") && text.contains("Non  19 votes"), "\(text)")
        let panel = driver.lines.map { line in line.firstRange(of: "█████████████████████")?.lowerBound }
        let column = try #require(panel.compactMap { $0 }.first)
        for line in driver.lines where line.contains("votes") {
            #expect(line.range(of: "votes")!.upperBound <= column, "\(line)")
        }
    }

    /// The QR code drawn on the wall scans to the join URL (zbarimg on an image of the screen).
    @Test(.enabled(if: ExternalTool.shouldRun("zbarimg"), "install zbar-tools"))
    func theWallsQRCodeScans() throws {
        for size in [ScreenSize(width: 120, height: 40), ScreenSize(width: 200, height: 60)] {
            let code = HalfBlockImage.crop(Self.wall(size).text)
            #expect(code.count > 10)
            #expect(try HalfBlockImage.decode(code, in: FileManager.default.temporaryDirectory) == Self.url)
        }
    }

    /// At 80×24 the QR code would leave the poll no room: one line with the URL and the code.
    @Test func aSmallWallShowsTheURLAndTheCodeOnly() {
        let driver = Self.wall(ScreenSize(width: 80, height: 24))
        #expect(driver.lines[22].contains("Votez : \(Self.url) · code KXWPRT"), "\(driver.text)")
        #expect(HalfBlockImage.crop(driver.text).isEmpty, "no QR code: \(driver.text)")
        #expect(driver.text.contains("Oui") && driver.text.contains("Non"))
    }

    @Test func itsKeyHidesAndShowsThePanelAndTheHintsSayWhich() {
        var driver = Self.wall(ScreenSize(width: 120, height: 40))
        #expect(driver.lines.last?.contains("i QR rejoindre") == true, "\(driver.text)")
        driver.play("i")
        #expect(!driver.text.contains("Votez avec votre téléphone") && !driver.text.contains("KXWPRT"))
        driver.play("i")
        #expect(driver.text.contains("Votez avec votre téléphone"))
        driver.play("?")
        #expect(driver.text.contains("QR rejoindre") && driver.text.contains("salle (téléphones)"))
    }

    @Test func noPanelOnceThePollIsClosedNorWhileTheRoomIsClosed() throws {
        var driver = Self.wall(ScreenSize(width: 120, height: 40))
        driver.send(.room(nil))
        #expect(!driver.text.contains("Votez avec votre téléphone"))
        // The seminar's polls are all closed.
        var closed = try RennesWall.projector(RennesWall.kinds[0], ScreenSize(width: 120, height: 40))
        #expect(closed.state.selectedPoll?.poll.state == .closed)
        closed.send(.room(Self.room()))
        #expect(!closed.text.contains("Votez avec votre téléphone"))
    }

    @Test func theTitleBarSaysTheRoomIsOpen() {
        var driver = ScreenDriver(width: 120, height: 40)
        driver.play("2")
        driver.send(.room(Self.room()))
        #expect(driver.lines[0].contains("salle ouverte : \(Self.url)"), "\(driver.lines[0])")
    }

    @Test func theFacilitatorsKeyStartsTheRoomThenStopsItAfterAskingWhileAPollIsOpen() {
        var driver = ScreenDriver(width: 120, height: 40, actor: .member(Self.anne, restricted: false))
        let session = driver.state.data.session!.id
        #expect(driver.play("2T") == [.startRoom(session: session)])
        driver.send(.room(Self.room()))
        #expect(driver.play("T").isEmpty)
        #expect(driver.text.contains("Fermer la salle ?"), "a poll is open: the key asks first")
        #expect(driver.play("x").isEmpty)
        driver.play("T")
        #expect(driver.play("o") == [.stopRoom(session: session)])
    }

    @Test func aRoomOpenedWithConseilServeIsStoppedInItsOwnTerminal() {
        var driver = ScreenDriver(width: 120, height: 40)
        driver.play("2")
        driver.send(.room(Self.room(startedHere: false)))
        #expect(driver.play("T").isEmpty)
        #expect(driver.state.message?.fr.contains("arrêtez-la dans son terminal") == true)
    }

    @Test func aSecretaryMayNotOpenTheRoom() {
        let sam = Member(id: "sam", name: "Samuel Secrétaire", role: .secretary)
        var driver = ScreenDriver(width: 120, height: 40, actor: .member(sam, restricted: false))
        #expect(driver.play("2T").isEmpty)
        #expect(driver.state.message?.fr.contains("réservé au rôle animateur") == true, "\(driver.text)")
    }

    /// A restricted session: the key is refused, and a room open elsewhere never shows its code.
    @Test func aRestrictedSessionNeitherOpensTheRoomNorSeesItsCode() {
        var driver = Self.wall(
            ScreenSize(width: 120, height: 40), actor: .member(Self.anne, restricted: true))
        #expect(driver.state.room == nil)
        #expect(!driver.text.contains("KXWPRT") && !driver.text.contains("Votez"))
        driver.play("<Esc>")
        #expect(driver.play("T").isEmpty)
        #expect(driver.state.message?.fr.contains("indisponible en session SSH restreinte") == true)
        #expect(!driver.text.contains("KXWPRT"))
    }
}

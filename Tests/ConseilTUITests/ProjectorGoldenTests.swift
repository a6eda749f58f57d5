import ConseilCore
import ConseilStore
import ConseilTUI
import Foundation
import Testing

/// The projector on the demo council of the Rennes seminar (Sessions/, read only), one poll
/// of each kind, at the smallest, the usual and the largest wall sizes. Large letters come
/// from the Debian console font (package console-setup-linux, installed by .ci/run).
@Suite(
    "The projector view of each kind, compared with Golden/",
    .enabled(if: RennesWall.fontInstalled, "install console-setup-linux: the goldens are drawn with its font")
)
struct ProjectorGoldenTests {
    @Test(arguments: RennesWall.kinds, RennesWall.sizes)
    func projector(_ kind: RennesWall.Kind, _ size: ScreenSize) throws {
        let driver = try RennesWall.projector(kind, size)
        Golden.check(driver.text, named: "wall-\(kind.name)-\(size.width)x\(size.height)")
        for line in driver.lines { #expect(DisplayWidth.of(line) <= size.width) }
    }

    @Test(arguments: ["question": "<Left><Left>", "count": "<Left>"])
    func revealSteps(_ step: String, _ keys: String) throws {
        var driver = try RennesWall.projector(RennesWall.kinds[0], ScreenSize(width: 120, height: 40))
        driver.play(keys)
        Golden.check(driver.text, named: "wall-\(step)-120x40")
    }

    /// The measure: the wall is used, and the most cited word is legible from afar.
    @Test func theRennesWordCloudFillsTheWallAt120x40() throws {
        let driver = try RennesWall.projector(
            RennesWall.kinds.first { $0.name == "words" }!, ScreenSize(width: 120, height: 40))
        let lines = driver.lines
        let used = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
        #expect(used * 100 >= 60 * lines.count, "\(used) of \(lines.count) rows used:\n\(driver.text)")
        // The first run of rows drawn in blocks is the most cited answer, « formation » (12).
        let blocks = CharacterSet(charactersIn: "▘▝▀▖▌▞▛▗▚▐▜▄▙▟█")
        let drawn = lines.map { $0.unicodeScalars.contains { blocks.contains($0) } }
        let first = try #require(drawn.firstIndex(of: true))
        let height = drawn[first...].prefix { $0 }.count
        #expect(height >= 3, "the most cited answer is \(height) rows high")
        #expect(
            lines[(first + height)...].prefix(4).contains { $0.trimmingCharacters(in: .whitespaces) == "12" })
    }

    @Test func helpShowsOverTheProjector() throws {
        var driver = try RennesWall.projector(RennesWall.kinds[0], ScreenSize(width: 100, height: 30))
        driver.play("?")
        #expect(driver.text.contains("Aide — touches"))
        #expect(driver.text.contains("Projecteur") && driver.text.contains("révéler"))
        driver.play("x")
        #expect(!driver.text.contains("Aide — touches"), "any key goes back to the projector")
        #expect(driver.state.projector)
    }
}

/// The seminar's polls as the projector shows them.
enum RennesWall {
    struct Kind: Sendable, CustomTestStringConvertible {
        let name: String
        /// Position of the poll in the seminar's list.
        let index: Int
        var testDescription: String { name }
    }

    static let kinds = [
        Kind(name: "yesno", index: 1), Kind(name: "choice", index: 3), Kind(name: "words", index: 0),
        Kind(name: "text", index: 2), Kind(name: "before-after", index: 15),
    ]
    static let sizes = [
        ScreenSize(width: 80, height: 24), ScreenSize(width: 120, height: 40),
        ScreenSize(width: 200, height: 60),
    ]
    static let fontInstalled = FileManager.default.fileExists(
        atPath: "/usr/share/consolefonts/Lat15-Terminus16.psf.gz")

    static let snapshot: Result<Snapshot, Error> = Result {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
        let root = DataRoot(path: repository.appendingPathComponent("Sessions").path)
        let seminar = root.sessions().values.first { $0.date == CalendarDay("2017-11-17")! }
        return try Snapshot.load(from: root, session: seminar?.id, today: CalendarDay("2017-11-17")!)
    }

    static func projector(_ kind: Kind, _ size: ScreenSize) throws -> ScreenDriver {
        var driver = ScreenDriver(width: size.width, height: size.height, data: try snapshot.get())
        driver.play("2" + String(repeating: "j", count: kind.index) + "p")
        return driver
    }
}

import ConseilCore
import ConseilStore
import ConseilTUI
import Testing

/// A majority-judgment poll among four projects on the results screen and the projector:
/// stacked merit-profile bars coloured by grade, best to worst, with the legend coloured
/// alike; each cell also shows its grade's number, for a screen without colour.
@Suite("Merit-profile bars on the results screen and the projector")
struct MeritBarsScreenTests {
    static let projects = ["Fablab", "Café numérique", "Repair café", "Ateliers seniors"]

    /// Twelve members grade the four projects (grade indices, 0 Excellent … 6 À rejeter).
    static func driver(_ size: ScreenSize, keys: String) throws -> ScreenDriver {
        let fixture = try CouncilFixture()
        let admin = UseCases(root: fixture.root, actor: .administrator, now: CouncilFixture.now)
        let poll = try admin.createPoll(
            PollDraft(
                session: fixture.session, kind: .grades, question: "Quels projets financer en 2018 ?",
                options: projects))
        _ = try admin.openPoll(poll.id)
        let council = try fixture.root.requireCouncil()
        let grades: [[Int?]] = (0..<12).map { voter in
            [voter % 3, 1 + voter % 4, voter < 6 ? 2 : 5, voter % 2 == 0 ? nil : 6]
        }
        for (index, ballot) in grades.enumerated() {
            let member = try council.requireMember(index < 9 ? "m0\(index + 1)" : "m\(index + 1)")
            try UseCases(
                root: fixture.root, actor: .member(member, restricted: false), now: CouncilFixture.now
            )
            .vote(poll: poll.id, grading: ballot)
        }
        _ = try admin.closePoll(poll.id)
        var driver = ScreenDriver(width: size.width, height: size.height, data: try fixture.snapshot())
        let index = try #require(driver.state.data.polls.firstIndex { $0.poll.id == poll.id })
        driver.play("2" + String(repeating: "j", count: index) + keys)
        return driver
    }

    @Test(arguments: ScreenSize.tested)
    func resultsScreen(_ size: ScreenSize) throws {
        let driver = try Self.driver(size, keys: "<Enter>")
        Golden.check(driver.text, named: "merit-bars-\(size.width)x\(size.height)")
        try Self.expectColouredBars(driver)
    }

    @Test func projector() throws {
        let driver = try Self.driver(ScreenSize(width: 120, height: 40), keys: "p")
        #expect(driver.text.contains("Profils de mérite"), "\(driver.text)")
        try Self.expectColouredBars(driver)
    }

    /// Every digit of a bar or of the legend has its grade's shade, the best grade the first.
    static func expectColouredBars(_ driver: ScreenDriver) throws {
        let buffer = driver.buffer
        let lines = driver.lines
        let legendRow = try #require(lines.firstIndex { $0.contains("Profils de mérite") })
        // The legend wraps to the width: its rows run to the blank row above the bars.
        let barsRow = try #require(lines[legendRow...].firstIndex { $0.isEmpty }) + 1
        let legend = (legendRow..<(barsRow - 1)).flatMap { row in
            (0..<buffer.width).filter { buffer[$0, row].style != .normal }.map { buffer[$0, row] }
        }
        #expect(legend.map(\.character) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(legend.map(\.style) == MeritBarsShades.all)
        var barCells = 0
        for row in barsRow..<(barsRow + projects.count) {
            for column in 0..<buffer.width where buffer[column, row].style != .normal {
                let cell = buffer[column, row]
                let grade = try #require(cell.character.wholeNumberValue, "\(cell) at \(column),\(row)")
                #expect(cell.style == MeritBarsShades.all[grade - 1])
                barCells += 1
            }
        }
        #expect(barCells >= projects.count * 10)
    }
}

/// The seven shades, as the terminal's palette gives them pairs.
enum MeritBarsShades {
    static let all: [CellStyle] = [.merit1, .merit2, .merit3, .merit4, .merit5, .merit6, .merit7]
}

import ConseilCore
import ConseilTUI
import Testing

@Suite("The agenda timer follows an injected clock")
struct AgendaTimerTests {
    static func at(minutes: Int64, seconds: Int64 = 0) -> Timestamp {
        Timestamp(milliseconds: CouncilFixture.now.milliseconds + (minutes * 60 + seconds) * 1000)
    }

    /// The row of an agenda item, by its title (the presenter may follow it).
    static func row(_ driver: ScreenDriver, _ title: String) -> (line: String, y: Int)? {
        driver.lines.enumerated().first { $0.element.contains(title) }.map { ($0.element, $0.offset) }
    }

    @Test func runningItemCountsUp() throws {
        var driver = ScreenDriver()
        var row = try #require(Self.row(driver, "Le numérique dans nos quartiers"))
        #expect(
            row.line == "   en cours   45 min   20:00    Le numérique dans nos quartiers — Samuel Secrétaire")
        #expect(driver.send(.tick(Self.at(minutes: 12, seconds: 34))).isEmpty)
        row = try #require(Self.row(driver, "Le numérique dans nos quartiers"))
        #expect(
            row.line == "   en cours   45 min   32:34    Le numérique dans nos quartiers — Samuel Secrétaire")
        #expect(driver.buffer[3, row.y].style == .accent)
    }

    @Test func overTimeIsMarked() throws {
        var driver = ScreenDriver()
        driver.send(.tick(Self.at(minutes: 25)))
        var row = try #require(Self.row(driver, "Le numérique dans nos quartiers"))
        #expect(row.line.contains("45:00    "), "exactly on time is not over")
        #expect(!row.line.contains("⚠"))
        driver.send(.tick(Self.at(minutes: 25, seconds: 1)))
        row = try #require(Self.row(driver, "Le numérique dans nos quartiers"))
        #expect(
            row.line == "   en cours   45 min   45:01 ⚠  Le numérique dans nos quartiers — Samuel Secrétaire")
        #expect(driver.buffer[3, row.y].style == .warning)
        driver.send(.tick(Self.at(minutes: 60 + 45)))
        row = try #require(Self.row(driver, "Le numérique dans nos quartiers"))
        #expect(row.line.contains("2:05:00 ⚠"))
    }

    @Test func doneAndUpcomingItemsDoNotMove() throws {
        var driver = ScreenDriver()
        driver.send(.tick(Self.at(minutes: 30)))
        let done = try #require(Self.row(driver, "Accueil et tour de table"))
        #expect(done.line == " ▶ traité     10 min   12:00 ⚠  Accueil et tour de table — Anne Animatrice")
        let next = try #require(Self.row(driver, "Questions diverses"))
        #expect(next.line == "   à venir    15 min   0:00     Questions diverses")
    }

    @Test func tickChangesNothingElse() {
        var driver = ScreenDriver()
        driver.play("4j")
        let before = driver.state.selected
        #expect(driver.send(.tick(Self.at(minutes: 5))).isEmpty)
        #expect(driver.state.selected == before)
        #expect(driver.state.screen == .proposals)
        #expect(driver.state.now == Self.at(minutes: 5))
    }
}

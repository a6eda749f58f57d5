import ConseilCore
import ConseilTUI
import Foundation
import Testing

@Suite("! lists the files left out, unreadable or invalid, inert")
struct ProblemsViewTests {
    @Test func aHostileFileIsListedWithItsReasonAndNothingRaw() throws {
        let fixture = try CouncilFixture()
        let folder = fixture.root.sessionPath(fixture.session) + "/polls/\(CouncilFixture.yesNoPoll)/ballots"
        // A file among the ballots whose name carries an escape sequence: not a record's name.
        try Data("{\"schema\":1,\"poll\":\"x\u{1B}[2J".utf8).write(
            to: URL(fileURLWithPath: folder + "/evil\u{1B}]0;t\u{07}.json"))
        var driver = ScreenDriver(width: 120, height: 40, data: try fixture.snapshot())
        #expect(driver.lines[39].contains("⚠ 1 fichier(s) écarté(s) : !"))
        driver.play("!")
        let text = driver.text
        #expect(text.contains("Fichiers écartés, illisibles ou invalides : 1"))
        #expect(text.contains("evil␛]0;t␇.json"))
        #expect(text.contains("fichier inattendu"))
        #expect(!text.unicodeScalars.contains { InertText.isDangerous($0) && $0 != "\n" })
        driver.play("x")
        #expect(!driver.state.showProblems)
    }
}

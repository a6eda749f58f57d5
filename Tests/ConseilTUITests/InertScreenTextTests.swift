import ConseilCore
import ConseilTUI
import Testing

@testable import ConseilStore

/// A question typed by anyone can hold escape sequences and bidirectional overrides: no cell
/// of any screen may carry them to the terminal.
@Suite("Typed text reaches no cell as a control character")
struct InertScreenTextTests {
    static let hostile = "Effacer \u{1B}[2J l'écran \u{202E}esrever\u{202C} \u{7}\u{9B}31m ?"

    static func dangerous(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }

    @Test func hostileQuestionOnEveryPollScreen() throws {
        let fixture = try CouncilFixture()
        var poll = try Poll.make(
            id: "p-hostile", session: fixture.session, item: nil, kind: .yesno, question: Self.hostile,
            options: [],
            abstain: false, maxAnswers: nil, anonymous: false, hideResults: false, after: nil,
            createdAt: CouncilFixture.now, createdBy: "anne")
        try poll.open(at: CouncilFixture.now)
        try fixture.root.save(poll)
        try fixture.root.castBallot(poll: poll, member: "m01", answers: ["Oui"], at: CouncilFixture.now)
        try fixture.root.save(
            Proposal(
                id: "hostile", title: "Titre \u{1B}]0;pwned\u{7} \u{202E}", description: ["\u{1B}[31mrouge"],
                theme: "\u{1B}[2J", origin: nil, owner: nil, createdAt: CouncilFixture.now, createdBy: "anne")
        )
        let data = try fixture.snapshot()
        let hostilePoll = try #require(data.polls.firstIndex { $0.poll.id == "p-hostile" })
        let down = String(repeating: "j", count: hostilePoll)
        for size in ScreenSize.tested {
            for keys in [
                "2", "2\(down)<Enter>", "2\(down)p", "2\(down)p<Right><Right>", "4", "4<Enter>", "4/pwn", "3",
            ] {
                var driver = ScreenDriver(width: size.width, height: size.height, data: data)
                driver.play(keys)
                let buffer = driver.buffer
                for cell in buffer.cells {
                    #expect(
                        !cell.character.unicodeScalars.contains(where: Self.dangerous), "\(keys): \(cell)")
                }
                // The question step draws the question in large letters, made of blocks only.
                if keys.hasPrefix("2\(down)") && !keys.hasSuffix("p") {
                    #expect(buffer.text.contains("␛[2J"))
                }
            }
        }
    }

    /// Keys typed into the filter are shown inert too.
    @Test func filterText() {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.play("4/")
        driver.send(.key(.character("\u{202E}")))
        driver.send(.key(.character("\u{1B}")))
        for cell in driver.buffer.cells {
            #expect(!cell.character.unicodeScalars.contains(where: Self.dangerous))
        }
    }
}

import ConseilCore
import Testing

@Suite("Typed text is made inert before it reaches a terminal")
struct InertTextTests {
    func hasDangerous(_ text: String) -> Bool { text.unicodeScalars.contains(where: InertText.isDangerous) }

    @Test("a window-title sequence becomes visible")
    func title() {
        let made = InertText.make("\u{1B}]0;piraté\u{07}Bonjour")
        #expect(made == "␛]0;piraté␇Bonjour")
        #expect(!hasDangerous(made))
    }

    @Test("screen clearing, carriage return, CSI and bidi override become visible")
    func sequences() {
        #expect(InertText.make("\u{1B}[2J") == "␛[2J")
        #expect(InertText.make("Oui\rNon") == "Oui␍Non")
        #expect(InertText.make("a\u{9B}2Jb") == "a<U+009B>2Jb")
        #expect(InertText.make("abc\u{202E}fed") == "abc<U+202E>fed")
        #expect(InertText.make("x\u{7F}") == "x␡")
        #expect(InertText.make("\u{0}") == "␀")
        #expect(InertText.make("\u{61C}") == "<U+061C>")
    }

    @Test("every control and bidi scalar is replaced")
    func everyDangerousScalar() {
        let values =
            Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x200E, 0x200F, 0x061C] + Array(0x202A...0x202E)
            + Array(0x2066...0x2069)
        for value in values {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(InertText.isDangerous(scalar), "U+\(String(value, radix: 16))")
            let made = InertText.make("a" + String(Character(scalar)) + "b")
            #expect(!hasDangerous(made), "U+\(String(value, radix: 16))")
            #expect(made.hasPrefix("a") && made.hasSuffix("b") && made.count > 2)
        }
    }

    @Test("ordinary French text is unchanged")
    func french() {
        let text = "Élaboration « participative » d’un plan — l’été, l'œuvre ; ça marche ! Ÿ ½ € 🙂"
        #expect(InertText.make(text) == text)
        #expect(!hasDangerous(text))
        #expect(!InertText.isDangerous("é"))
        #expect(!InertText.isDangerous("\u{A0}"))
    }

    @Test("line feeds are made visible too")
    func lines() {
        #expect(InertText.make("un\ndeux") == "un␊deux")
    }
}

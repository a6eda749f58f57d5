import ConseilTUI
import Testing

@Suite("Key.parse(script:): the headless --keys syntax")
struct KeyScriptTests {
    @Test func namedKeys() {
        #expect(Key.parse(script: "<Enter>") == [.enter])
        #expect(Key.parse(script: "<Esc>") == [.escape])
        #expect(Key.parse(script: "<C-s>") == [.control("s")])
        #expect(Key.parse(script: "<lt>") == [.character("<")])
        #expect(
            Key.parse(
                script: "<Tab><Up><Down><Left><Right><Backspace><Home><End><PageUp><PageDown><Del><S-Tab>")
                == [
                    .tab, .up, .down, .left, .right, .backspace, .home, .end, .pageUp, .pageDown, .delete,
                    .backTab,
                ])
        #expect(Key.parse(script: "<Space>") == [.character(" ")])
    }

    @Test func namesIgnoreCase() {
        #expect(
            Key.parse(script: "<enter><ESC><c-S><C-R>") == [.enter, .escape, .control("s"), .control("r")])
    }

    @Test func mixedScript() {
        #expect(Key.parse(script: "2j<Enter>") == [.character("2"), .character("j"), .enter])
        #expect(
            Key.parse(script: "a<lt>b>") == [
                .character("a"), .character("<"), .character("b"), .character(">"),
            ])
    }

    @Test func literalAccentsStayWhole() {
        #expect(Key.parse(script: "éèàçœ«»") == "éèàçœ«»".map { .character($0) })
        // A decomposed é (e + U+0301) is one character, one key.
        #expect(Key.parse(script: "e\u{301}") == [.character("é")])
        #expect(
            Key.parse(script: "Zoë<Enter>") == [.character("Z"), .character("o"), .character("ë"), .enter])
    }

    @Test func unknownNamesAreLiteral() {
        #expect(Key.parse(script: "<x>") == "<x>".map { .character($0) })
        #expect(Key.parse(script: "<") == [.character("<")])
        #expect(Key.parse(script: "<Enter") == "<Enter".map { .character($0) })
        #expect(Key.parse(script: "<<Enter>") == [.character("<"), .enter])
    }

    @Test func newlinesAreEnter() {
        #expect(Key.parse(script: "a\nb\r") == [.character("a"), .enter, .character("b"), .enter])
    }

    @Test func controlCodes() {
        #expect(Key.fromControlCode(19) == .control("s"))
        #expect(Key.fromControlCode(13) == .enter)
        #expect(Key.fromControlCode(27) == .escape)
        #expect(Key.fromControlCode(127) == .backspace)
        #expect(Key.fromControlCode(9) == .tab)
        #expect(Key.fromControlCode(65) == nil)
    }

    @Test func labels() {
        #expect(Key.control("s").label(.fr) == "Ctrl-S")
        #expect(Key.enter.label(.fr) == "Entrée")
        #expect(Key.escape.label(.fr) == "Échap")
        #expect(Key.character(" ").label(.fr) == "Espace")
    }
}

import ConseilTUI
import Testing

@Suite("The minutes editor's text: accents, readline keys, undo, word wrap")
struct TextEditorTests {
    private func typed(_ text: String) -> TextEditor {
        var editor = TextEditor()
        for character in text { editor.insert(character) }
        return editor
    }

    @Test func accentsAndFrenchQuotesAreSingleCharacters() {
        var editor = typed("Élus « présents » : ça ")
        editor.insert("é")
        #expect(editor.text == "Élus « présents » : ça é")
        editor.backspace()
        editor.backspace()
        #expect(editor.text == "Élus « présents » : ça", "one backspace removes one accented letter")
        editor.moveHome()
        editor.deleteForward()
        #expect(editor.text == "lus « présents » : ça")
    }

    @Test func newlineSplitsAndBackspaceJoins() {
        var editor = typed("ordre du jour")
        for _ in 0..<4 { editor.moveLeft() }
        editor.newline()
        #expect(editor.lines.map { String($0) } == ["ordre du ", "jour"])
        editor.backspace()
        #expect(editor.text == "ordre du jour")
    }

    @Test func readlineKeysCutWordsAndLines() {
        var editor = typed("décision adoptée à l'unanimité")
        editor.deleteWordBackward()
        #expect(editor.text == "décision adoptée à ")
        editor.moveHome()
        editor.moveRight()
        editor.killToEnd()
        #expect(editor.text == "d")
        editor.moveEnd()
        editor.insert("x")
        editor.killToStart()
        #expect(editor.text == "")
    }

    @Test func undoTakesBackAWordTypedAtOnceThenTheEdits() {
        var editor = typed("bonjour")
        editor.insert(" ")
        for character in "monde" { editor.insert(character) }
        editor.backspace()
        #expect(editor.text == "bonjour mond")
        editor.undo()
        #expect(editor.text == "bonjour monde", "the backspace is undone")
        editor.undo()
        #expect(editor.text == "bonjour ", "the word typed in one go is undone at once")
        while editor.canUndo { editor.undo() }
        #expect(editor.isEmpty)
    }

    @Test func wrapsAtWordsAndFollowsTheCursor() {
        let editor = typed("la transition numérique des territoires ruraux")
        let wrapped = editor.wrapped(width: 16)
        #expect(wrapped.lines == ["la transition ", "numérique des ", "territoires ", "ruraux"])
        #expect(wrapped.cursorRow == 3)
        #expect(wrapped.cursorColumn == 6)
        #expect(wrapped.lines.allSatisfy { $0.count <= 16 })
    }
}

import ConseilCore
import ConseilTUI
import Testing

@Suite("Minutes screen: n, d, a open the editor; Ctrl-S, Esc and autosave save")
struct EditorUpdateTests {
    @Test func aNoteForTheSelectedItemIsSavedWithCtrlS() throws {
        var driver = ScreenDriver()
        driver.play("3jn")
        let session = try #require(driver.state.editor)
        #expect(session.kind == .note)
        #expect(session.item == driver.state.data.minutes?.sections.first?.item?.id)
        #expect(driver.text.contains("Note — "))
        let effects = driver.play("Élus « présents »<Enter>Deuxième ligne<C-s>")
        guard case .saveMinutes(let draft)? = effects.first else {
            Issue.record("Ctrl-S did not save: \(effects)")
            return
        }
        #expect(draft.text == "Élus « présents »\nDeuxième ligne")
        #expect(draft.kind == .note)
    }

    @Test func escapeSavesWhatWasTypedAndClosesTheEditor() {
        var driver = ScreenDriver()
        driver.play("3d")
        #expect(driver.state.editor?.kind == .decision)
        let effects = driver.play("Adoptée<Esc>")
        #expect(driver.state.editor == nil)
        #expect(effects.count == 1)
        if case .saveMinutes(let draft)? = effects.first { #expect(draft.text == "Adoptée") }
        #expect(driver.play("3a<Esc>").isEmpty, "an empty text is not saved")
    }

    @Test func autosaveComesAFewSecondsAfterTheLastKey() {
        var driver = ScreenDriver()
        driver.play("3nbrouillon")
        let typedAt = CouncilFixture.now.milliseconds
        #expect(driver.send(.tick(Timestamp(milliseconds: typedAt + 2_000))).isEmpty)
        let effects = driver.send(.tick(Timestamp(milliseconds: typedAt + 3_000)))
        #expect(effects.count == 1)
        #expect(driver.state.editor?.dirty == false)
        #expect(driver.send(.tick(Timestamp(milliseconds: typedAt + 9_000))).isEmpty, "saved once, not again")
    }

    @Test func ctrlCAsksBeforeThrowingAwayUnsavedText() {
        var driver = ScreenDriver()
        driver.play("3nà garder")
        #expect(driver.play("<C-c>").isEmpty)
        #expect(driver.text.contains("Ctrl-C à nouveau quitte"))
        #expect(driver.play("<C-c>") == [.quit])
    }

    @Test func ctrlZUndoesInTheEditor() {
        var driver = ScreenDriver()
        driver.play("3nmot<Backspace><C-z>")
        #expect(driver.state.editor?.editor.text == "mot")
    }
}

import ConseilCore
import ConseilTUI
import Testing

@Suite("Minutes screen: n, d, a open the editor; Ctrl-S, Esc and autosave save")
struct EditorUpdateTests {
    @Test func aNoteForTheSelectedItemIsSavedWithCtrlS() throws {
        var driver = ScreenDriver()
        driver.play("3<Tab>n")
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

    @Test func escapeSavesWhatWasTypedAndClosesTheEditorOnceSaved() {
        var driver = ScreenDriver()
        driver.play("3d")
        #expect(driver.state.editor?.kind == .decision)
        let effects = driver.play("Adoptée<Esc>")
        #expect(effects.count == 1)
        guard case .saveMinutes(let draft)? = effects.first else { return }
        #expect(draft.text == "Adoptée")
        #expect(driver.state.editor?.editor.text == "Adoptée", "open until the store has the text")
        driver.send(.outcome(.saveMinutes(draft), .done(nil, created: "e-1")))
        #expect(driver.state.editor == nil)
        #expect(driver.play("3a<Esc>").isEmpty, "an empty text is not saved")
        #expect(driver.state.editor == nil)
    }

    @Test func aFailedSaveOnEscapeKeepsTheText() {
        var driver = ScreenDriver()
        let effects = driver.play("3dAdoptée à l'unanimité<Esc>")
        guard case .saveMinutes(let draft)? = effects.first else {
            Issue.record("Esc did not save: \(effects)")
            return
        }
        let refusal = ConseilError(
            fr: "séance adoptée : plus de changement", en: "adopted session: no change")
        driver.send(.outcome(.saveMinutes(draft), .refused(refusal)))
        #expect(driver.state.editor?.editor.text == "Adoptée à l'unanimité")
        #expect(driver.state.editor?.dirty == true)
        #expect(driver.text.contains("séance adoptée : plus de changement"))
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

import ConseilCore
import ConseilTUI
import Testing

@Suite("In a restricted SSH session the interface starts no other program")
struct RestrictedAppTests {
    @Test func syncExportAndTheExternalEditorAreRefused() throws {
        let fixture = try CouncilFixture()
        let secretary = Member(id: "sam", name: "Samuel Secrétaire", role: .secretary)
        let app = try App(
            root: fixture.root, member: secretary, language: .fr, width: 100, height: 30,
            now: CouncilFixture.now,
            unicode: true, restricted: true)
        app.suspendTerminal = { _ in Issue.record("the terminal was handed to another program") }
        for key in Key.parse(script: "y") { app.handle(.key(key)) }
        #expect(app.state.message?.fr.contains("indisponible en session SSH restreinte") == true)
        #expect(!app.state.syncing)
        for key in Key.parse(script: "3x") { app.handle(.key(key)) }
        #expect(app.state.message?.fr.contains("exporter") == true)
        for key in Key.parse(script: "nmot<C-o>") { app.handle(.key(key)) }
        #expect(app.state.message?.fr.contains("éditeur externe") == true)
        #expect(app.state.editor?.editor.text == "mot", "the text typed stays in the built-in editor")
    }
}

import ConseilCore
import ConseilStore
import Foundation

// Carrying out the minutes effects: saving the editor's text, adopting, exporting, $EDITOR.
extension App {
    func saveMinutes(_ draft: MinutesDraft) throws -> EffectResult {
        let entry = try useCases.saveMinutesEntry(
            MinutesDraftEntry(
                id: draft.entryId, session: draft.session, item: draft.item, kind: draft.kind,
                text: draft.text))
        return .done(Localized(fr: "Enregistré", en: "Saved"), created: entry.id)
    }

    func adoptMinutes(_ session: String) throws -> EffectResult {
        _ = try useCases.adoptMinutes(session: session)
        return .done(Localized(fr: "Compte rendu adopté", en: "Minutes adopted"))
    }

    /// Writes compte-rendu-<session>.md and .html in the current folder.
    func exportMinutes(_ session: String) throws -> EffectResult {
        guard let document = state.data.minutes, document.session.id == session else { return .done(nil) }
        let base = FileManager.default.currentDirectoryPath + "/compte-rendu-\(session)"
        try DurableFile.write(
            Array(MinutesMarkdown(language: state.language).render(document).utf8), to: base + ".md")
        try DurableFile.write(
            Array(MinutesHTML(language: state.language).render(document).utf8), to: base + ".html")
        return .done(Localized(fr: "Exporté : \(base).md et .html", en: "Exported: \(base).md and .html"))
    }

    /// Opens the editor's text in $EDITOR (or $VISUAL, else vi); what it saved comes back as
    /// `.edited`, for `update` to put in the editor and save.
    func editExternally() throws -> EffectResult {
        guard let session = state.editor else { return .done(nil) }
        guard let suspend = suspendTerminal else {
            throw ConseilError(
                fr: "pas de terminal pour lancer un éditeur", en: "no terminal to run an editor")
        }
        let environment = ProcessInfo.processInfo.environment
        let command =
            environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap {
                $0.isEmpty ? nil : $0
            } ?? "vi"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "conseil-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        try DurableFile.write(Array(session.editor.text.utf8), to: file.path)
        defer { try? FileManager.default.removeItem(at: file) }
        try suspend {
            // The editor command may carry arguments ("code -w"): the shell splits it; the file is "$1".
            _ = try ForegroundProgram.run(shell: command + " \"$1\"", arguments: [file.path])
        }
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? session.editor.text
        let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return .edited(String(trimmed.prefix(TextEditor.maxLength)))
    }
}

import ConseilCore

// The minutes editor's part of `update`: readline keys, undo, save and autosave.

/// The agenda item of the section selected on the minutes screen (row 0 is the whole session).
func selectedMinutesItem(_ state: AppState) -> AgendaItem? {
    let index = (state.cursor[.minutes] ?? 0) - 1
    guard let sections = state.data.minutes?.sections, sections.indices.contains(index) else { return nil }
    return sections[index].item
}

func openEditor(_ kind: MinutesEntryKind, _ state: inout AppState) {
    guard let session = state.data.session else { return }
    if state.data.minutes?.status.state == .adopted {
        state.message = Localized(
            fr: "compte rendu adopté : il ne se modifie plus",
            en: "minutes adopted: they can no longer change")
        return
    }
    state.editor = EditorSession(
        entryId: nil, session: session.id, item: selectedMinutesItem(state)?.id, kind: kind, text: "",
        now: state.now)
}

func editLastNote(_ state: inout AppState) {
    guard let document = state.data.minutes, document.status.state == .draft else {
        return openEditor(.note, &state)
    }
    let item = selectedMinutesItem(state)?.id
    let notes = document.sections.flatMap(\.entries).filter { $0.item == item && $0.kind == .note }
    guard let last = notes.last else { return openEditor(.note, &state) }
    state.editor = EditorSession(
        entryId: last.id, session: last.session, item: last.item, kind: .note, text: last.body, now: state.now
    )
}

func editText(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard var session = state.editor else { return [] }
    let before = session.editor
    switch key {
    case .control("s"):
        return session.editor.isEmpty ? [] : [.saveMinutes(session.draft)]
    case .escape:
        // Leaving saves first: the editor closes when the store has the text (see
        // `apply(_:of:_:)`); if the save fails, the text stays on screen.
        guard session.dirty && !session.editor.isEmpty else {
            state.editor = nil
            return []
        }
        session.closing = true
        state.editor = session
        return [.saveMinutes(session.draft)]
    case .control("c"):
        guard session.dirty else {
            state.editor = nil
            return [.quit]
        }
        if state.confirmQuit { return [.quit] }
        state.confirmQuit = true
        state.message = Localized(
            fr: "Texte non enregistré : Ctrl-S enregistre, Ctrl-C à nouveau quitte sans enregistrer",
            en: "Unsaved text: Ctrl-S saves, Ctrl-C again quits without saving")
        return []
    case .control("o"): return [.externalEditor]
    case .character(let character): session.editor.insert(character)
    case .enter: session.editor.newline()
    case .tab: session.editor.insert(" ")
    case .backspace: session.editor.backspace()
    case .delete, .control("d"): session.editor.deleteForward()
    case .left, .control("b"): session.editor.moveLeft()
    case .right, .control("f"): session.editor.moveRight()
    case .up, .control("p"): session.editor.moveUp()
    case .down, .control("n"): session.editor.moveDown()
    case .home, .control("a"): session.editor.moveHome()
    case .end, .control("e"): session.editor.moveEnd()
    case .control("k"): session.editor.killToEnd()
    case .control("u"): session.editor.killToStart()
    case .control("w"): session.editor.deleteWordBackward()
    case .control("z"): session.editor.undo()
    default: break
    }
    state.confirmQuit = false
    if session.editor.lines != before.lines {
        session.dirty = true
        session.lastChange = state.now
    }
    state.editor = session
    return []
}

/// Saves the open text a few seconds after its last change.
func autosave(_ state: inout AppState) -> [Effect] {
    guard let session = state.editor, session.dirty, !session.editor.isEmpty,
        state.now.milliseconds - session.lastChange.milliseconds >= EditorSession.autosaveSeconds * 1000
    else { return [] }
    // Marked clean now so that the next tick does not save again while this save runs.
    state.editor?.dirty = false
    return [.saveMinutes(session.draft)]
}

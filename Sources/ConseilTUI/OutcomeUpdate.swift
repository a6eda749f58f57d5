import ConseilCore

// The part of `update` that takes back what an effect came to: forms close only once the store
// has what they held, the editor closes only once its text is saved, and the cursor moves to a
// record just made.

func apply(_ result: EffectResult, of effect: Effect, _ state: inout AppState) -> [Effect] {
    switch result {
    // A key clears the message; an outcome without one leaves the last in place.
    case .done(let message, _): if let message { state.message = message }
    case .refused(let error): state.message = error.message
    case .edited(let text): return takeEdited(text, &state)
    }
    switch effect {
    case .quit: state.quit = true
    case .sync: state.syncing = false
    default: break
    }
    if state.form?.submitted == effect { settleForm(result, &state) }
    if case .saveMinutes(let draft) = effect { settleEditor(result, draft, &state) }
    if case .done(_, let created?) = result, case .createPoll = effect,
        let index = state.data.polls.firstIndex(where: { $0.poll.id == created })
    {
        state.cursor[.polls] = index
    }
    if case .done(_, let created?) = result, case .createSession = effect {
        return show(session: created, &state)
    }
    if case .done(_, let created?) = result, case .addProposal = effect {
        state.filter = ""
        state.cursor[.proposals] = state.visibleProposals.firstIndex { $0.proposal.id == created } ?? 0
    }
    if case .done(_, let created?) = result, case .addAgendaItem = effect,
        let index = state.data.agenda.firstIndex(where: { $0.id == created })
    {
        state.cursor[.agenda] = index
    }
    return []
}

/// The text an external editor saved replaces the editor's, and is saved at once.
private func takeEdited(_ text: String, _ state: inout AppState) -> [Effect] {
    guard var session = state.editor, text != session.editor.text else { return [] }
    session.editor = TextEditor(text: text)
    session.dirty = true
    session.lastChange = state.now
    state.editor = session
    return [.saveMinutes(session.draft)]
}

/// A refused form stays open with what was typed, the error beside the field it is about.
private func settleForm(_ result: EffectResult, _ state: inout AppState) {
    switch result {
    case .done, .edited:
        state.form = nil
    case .refused(let error):
        state.form?.submitted = nil
        state.form?.error = error
        if let field = error.field, let index = state.form?.index(of: field) { state.form?.focus = index }
    }
}

/// A save that went through marks the text clean (and closes the editor if Esc asked for it);
/// one that failed keeps the text, unsaved, so that nothing typed is lost.
private func settleEditor(_ result: EffectResult, _ draft: MinutesDraft, _ state: inout AppState) {
    guard var session = state.editor, session.entryId == draft.entryId else { return }
    switch result {
    case .done(_, let created):
        session.entryId = created ?? session.entryId
        if session.editor.text == draft.text { session.dirty = false }
        session.savedAt = state.now
        state.editor = session.closing && !session.dirty ? nil : session
    case .refused, .edited:
        session.dirty = true
        session.closing = false
        state.editor = session
    }
}

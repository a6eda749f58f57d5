import ConseilCore

// The entries of one section of the minutes (an agenda item, or the whole session), over the
// minutes screen: Enter (open) lists them, ↑/↓ choose, `e` edits in the minutes editor, `w` sets
// an action's who and due date, `D` deletes (asks first), Esc closes.

/// The notes, decisions and actions of the section selected on the minutes screen.
func selectedSectionEntries(_ state: AppState) -> [MinutesEntry] {
    let item = selectedMinutesItem(state)?.id
    return (state.data.minutes?.sections ?? []).flatMap(\.entries).filter { $0.item == item }
}

/// Enter on the minutes: the list is for correcting entries, so it asks for that right.
func openEntryList(_ state: inout AppState) {
    do {
        try state.actor.require(
            .writeMinutes, for: Localized(fr: "modifier les notes", en: "editing entries"))
    } catch {
        state.message = (error as? ConseilError)?.message
        return
    }
    guard state.data.minutes?.status.state == .draft else {
        state.message = Localized(
            fr: "compte rendu adopté : il ne se modifie plus",
            en: "minutes adopted: they can no longer change")
        return
    }
    guard !selectedSectionEntries(state).isEmpty else {
        state.message = Localized(
            fr: "aucune note dans cette partie : n, d ou a en écrit une",
            en: "no entry in this part: n, d or a writes one")
        return
    }
    state.entryList = 0
}

func pickEntry(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard let index = state.entryList else { return [] }
    let entries = selectedSectionEntries(state)
    guard entries.indices.contains(index) else {
        state.entryList = entries.isEmpty ? nil : entries.count - 1
        return []
    }
    let entry = entries[index]
    switch key {
    case .up, .character("k"): state.entryList = max(0, index - 1)
    case .down, .character("j"): state.entryList = min(entries.count - 1, index + 1)
    case .escape: state.entryList = nil
    case .character("e"), .enter:
        state.entryList = nil
        var session = EditorSession(
            entryId: entry.id, session: entry.session, item: entry.item, kind: entry.kind, text: entry.body,
            now: state.now)
        session.poll = entry.poll
        state.editor = session
    case .character("w") where entry.kind == .action:
        state.entryList = nil
        openActionDetailsForm(entry, &state)
    case .character("D"), .delete:
        let first = entry.body.split(separator: "\n").first.map(String.init) ?? ""
        state.confirmation = Confirmation(
            question: Localized(
                fr: "Supprimer « \(first.prefix(50)) » du compte rendu ?",
                en: "Delete “\(first.prefix(50))” from the minutes?"),
            effect: .deleteMinutesEntry(session: entry.session, entry: entry.id))
    default: break
    }
    return []
}

enum MinutesEntryListView {
    static func draw(_ index: Int, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        let entries = selectedSectionEntries(state)
        OverlayList.draw(
            title: state.t(
                "Notes du point — e modifier, w qui et quand, D supprimer, Échap ferme",
                "Entries of the item — e edit, w who and when, D delete, Esc closes"),
            rows: max(1, min(entries.count, area.height - 4)), count: entries.count, cursor: index,
            maxWidth: 76, area, &buffer
        ) { index in
            let entry = entries[index]
            var line =
                entry.kind.name.text(state.language).padded(10)
                + (entry.body.split(separator: "\n").first.map(String.init) ?? "")
            if let who = entry.who { line += " · " + (state.data.council.member(who)?.name ?? who) }
            if let due = entry.due { line += " · " + DateFormat.long(due, state.language) }
            return line
        }
    }
}

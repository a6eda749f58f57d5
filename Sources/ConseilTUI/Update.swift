import ConseilCore

public enum Event: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case tick(Timestamp)
    case data(Snapshot)
    /// What an effect came to, once the shell has carried it out.
    case outcome(Effect, EffectResult)
    /// The clone's sync state for the title bar, read off the drawing loop (nil: no repository).
    case syncLine(Localized?)
    /// The room server of the session, read by the shell (nil: the room is closed).
    case room(RoomAccess?)
}

/// The whole behaviour of the interface: a pure function from a state and an event to the
/// next state and the effects to run. Tested without a terminal.
public func update(_ state: inout AppState, _ event: Event) -> [Effect] {
    switch event {
    case .resize(let width, let height):
        state.width = width
        state.height = height
        return []
    case .tick(let now):
        state.now = now
        return autosave(&state)
    case .data(let snapshot):
        let anchor = CursorAnchor(state)
        state.data = snapshot
        anchor.restore(&state)
        clampCursor(&state)
        if let shown = state.selectedPoll?.poll, state.wall != nil, state.wall?.shown != shown.id {
            state.wall?.shown = shown.id
            state.reveal = revealStart(shown)
            state.cardPage = 0
        }
        return []
    case .outcome(let effect, let result):
        return apply(result, of: effect, &state)
    case .syncLine(let line):
        state.syncLine = line
        return []
    case .room(let access):
        // The room code is for the facilitator's screens, never a restricted session's.
        state.room = state.actor.may(.openRoom) ? access : nil
        return []
    case .key(let key):
        state.message = nil
        return handle(key, &state)
    }
}

private func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
    if state.confirmation != nil { return answerConfirmation(key, &state) }
    if state.editor != nil { return editText(key, &state) }
    if state.form != nil { return fillForm(key, &state) }
    if state.filtering { return editFilter(key, &state) }
    if state.showHelp || state.showProblems {
        state.showHelp = false
        state.showProblems = false
        return []
    }
    if state.statusChoice != nil { return chooseStatus(key, &state) }
    if state.sessionPicker != nil { return pickSession(key, &state) }
    if state.attendanceCursor != nil { return recordAttendance(key, &state) }
    if state.entryList != nil { return pickEntry(key, &state) }
    if state.mergeSource != nil, key == .escape {
        state.mergeSource = nil
        return []
    }
    guard let binding = Keymap.binding(for: key, on: state.screen, projector: state.projector) else {
        return []
    }
    // The wall (`conseil projector`) only reveals, turns pages, helps and quits.
    if state.wall != nil,
        ![.help, .quit, .refresh, .revealMore, .revealLess, .nextPage, .previousPage, .joinPanel].contains(
            binding.action)
    {
        return []
    }
    // The table of rights decides, as for the commands: a key the actor may not use says why.
    guard state.actor.may(binding.action.capability) else {
        state.message = refusal(of: binding, for: state.actor)
        return []
    }
    let action = binding.action
    switch action {
    case .screen(let screen):
        state.screen = screen
        state.projector = false
    case .help: state.showHelp = true
    case .quit: return [.quit]
    case .up: if !moveAnswer(-1, &state) { moveInList(-1, &state) }
    case .down: if !moveAnswer(1, &state) { moveInList(1, &state) }
    case .refresh: return [.reload]
    case .back:
        if state.projector {
            state.projector = false
        } else if state.openPoll != nil {
            state.openPoll = nil
        } else if state.openProposal != nil {
            state.openProposal = nil
        } else if !state.filter.isEmpty {
            state.filter = ""
        }
    case .open:
        switch state.screen {
        case .polls:
            if let ballot = ballotOnEnter(state) { return ballot }
            state.openPoll = state.selectedPoll?.poll.id
            state.answerCursor = 0
        case .proposals: state.openProposal = state.selectedProposal?.proposal.id
        case .minutes: openEntryList(&state)
        default: break
        }
    case .projector:
        if let poll = state.selectedPoll {
            state.openPoll = poll.poll.id
            state.projector.toggle()
            state.reveal = revealStart(poll.poll)
            state.cardPage = 0
        }
    case .revealMore: state.reveal = RevealStage(rawValue: min(2, state.reveal.rawValue + 1)) ?? .results
    case .revealLess: state.reveal = RevealStage(rawValue: max(0, state.reveal.rawValue - 1)) ?? .question
    case .nextPage: state.cardPage += 1
    case .room: return roomKey(&state)
    case .joinPanel: state.joinPanelHidden.toggle()
    case .previousPage: state.cardPage = max(0, state.cardPage - 1)
    case .filter:
        state.filtering = true
    case .chooseSession:
        state.sessionPicker = state.data.sessions.firstIndex { $0.id == state.data.session?.id } ?? 0
    case .mergeAnswer, .unmergeAnswer, .hideAnswer: return moderate(action, &state)
    case .problems: state.showProblems = true
    case .sync:
        if !state.syncing {
            state.syncing = true
            return [.sync]
        }
    case .attendance: if state.data.session != nil { state.attendanceCursor = 0 }
    case .moveItemUp: if let item = state.selectedItem { return moveItem(item, -1, &state) }
    case .moveItemDown: if let item = state.selectedItem { return moveItem(item, 1, &state) }
    case .newPoll: openPollForm(&state)
    case .newProposal: openProposalForm(&state)
    case .deleteAgendaItem, .editPoll, .deletePoll, .takeBackHandCount, .vote:
        return recordTask(action, &state)
    case .advanceSession: return advanceSession(&state)
    case .showOfHands: openHandCountForm(&state)
    case .newAgendaItem: openAgendaItemForm(&state)
    case .editAgendaItem: if let item = state.selectedItem { openAgendaItemForm(&state, editing: item) }
    case .writeNote: openEditor(.note, &state)
    case .writeDecision: openEditor(.decision, &state)
    case .writeAction: openEditor(.action, &state)
    case .editNote: editLastNote(&state)
    case .adoptMinutes:
        if let session = state.data.session { state.confirmation = .adopting(session) }
    case .exportMinutes:
        if let session = state.data.session { return [.exportMinutes(session: session.id)] }
    case .startItem:
        if let item = state.selectedItem { return [.startItem(item.id)] }
    case .finishItem:
        if let item = state.selectedItem { return [.finishItem(item.id)] }
    case .openPoll:
        if let poll = state.selectedPoll { return [.openPoll(poll.poll.id)] }
    case .closePoll:
        if let poll = state.selectedPoll, poll.poll.state == .open {
            state.confirmation = .closing(poll.poll)
        }
    case .changeStatus:
        guard let record = state.selectedProposal else { break }
        // The last choice keeps the status: a follow-up (a note, progress, a review date).
        let targets = record.status.next
        if targets.isEmpty {
            state.message = Localized(
                fr: "« \(record.status.name.fr) » est un statut final",
                en: "“\(record.status.name.en)” is a final status")
        } else {
            state.openProposal = record.proposal.id
            state.statusChoice = (targets + [record.status], 0)
        }
    }
    return []
}

/// A poll still running is first shown as its question alone; a closed one with its results.
private func revealStart(_ poll: Poll) -> RevealStage { poll.state == .closed ? .results : .question }

/// ↑/↓ move the list's cursor only while the list shows: over a poll's or a proposal's detail,
/// the hidden cursor stays on the record the detail shows.
private func moveInList(_ delta: Int, _ state: inout AppState) {
    if state.screen == .polls && state.openPoll != nil { return }
    if state.screen == .proposals && state.openProposal != nil { return }
    let count = state.rowCount
    guard count > 0 else { return }
    state.cursor[state.screen] = min(count - 1, max(0, state.selected + delta))
}

private func clampCursor(_ state: inout AppState) {
    for screen in Screen.allCases {
        let previous = state.screen
        state.screen = screen
        let count = state.rowCount
        state.cursor[screen] = count == 0 ? 0 : min(state.cursor[screen] ?? 0, count - 1)
        state.screen = previous
    }
}

private func editFilter(_ key: Key, _ state: inout AppState) -> [Effect] {
    switch key {
    case .enter: state.filtering = false
    case .escape:
        state.filtering = false
        state.filter = ""
    case .backspace: if !state.filter.isEmpty { state.filter.removeLast() }
    case .character(let character) where state.filter.count < 60: state.filter.append(character)
    default: break
    }
    state.cursor[.proposals] = 0
    return []
}

private func chooseStatus(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard let choice = state.statusChoice else { return [] }
    switch key {
    case .up, .character("k"): state.statusChoice = (choice.targets, max(0, choice.cursor - 1))
    case .down, .character("j"):
        state.statusChoice = (choice.targets, min(choice.targets.count - 1, choice.cursor + 1))
    case .escape: state.statusChoice = nil
    case .enter:
        state.statusChoice = nil
        // The move is chosen; a note (and progress) go with it into the history.
        if let id = state.openProposal { openStatusNoteForm(id, choice.targets[choice.cursor], &state) }
    default: break
    }
    return []
}

private func pickSession(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard let index = state.sessionPicker else { return [] }
    if key == .character("N") && state.actor.may(.runSessions) {
        state.sessionPicker = nil
        openSessionForm(&state)
        return []
    }
    guard !state.data.sessions.isEmpty else {
        state.sessionPicker = nil
        return []
    }
    switch key {
    case .up, .character("k"): state.sessionPicker = max(0, index - 1)
    case .down, .character("j"): state.sessionPicker = min(state.data.sessions.count - 1, index + 1)
    case .escape: state.sessionPicker = nil
    case .enter:
        state.sessionPicker = nil
        return show(session: state.data.sessions[index].id, &state)
    default: break
    }
    return []
}

/// In an open word cloud or free-text poll, ↑/↓ select an answer instead of a poll.
private func moveAnswer(_ delta: Int, _ state: inout AppState) -> Bool {
    guard state.screen == .polls, state.openPoll != nil, !state.projector, let results = state.selectedPoll,
        results.poll.kind == .words || results.poll.kind == .text
    else { return false }
    let count = state.moderatedAnswers.count
    guard count > 0 else { return true }
    state.answerCursor = min(count - 1, max(0, state.answerCursor + delta))
    return true
}

/// `g` on one group then `g` on another merges the first into the second; `u` splits the
/// selected group again; `h` hides the selected answer, or shows it again when hidden.
private func moderate(_ action: Action, _ state: inout AppState) -> [Effect] {
    let answers = state.moderatedAnswers
    guard state.openPoll != nil, !state.projector, let poll = state.selectedPoll?.poll.id, !answers.isEmpty
    else { return [] }
    let selected = answers[min(state.answerCursor, answers.count - 1)]
    switch action {
    case .hideAnswer:
        return [.moderate(poll: poll, selected.hidden ? .show(selected.key) : .hide(selected.key))]
    case .unmergeAnswer: return [.moderate(poll: poll, .unmerge(selected.key))]
    case .mergeAnswer:
        guard let source = state.mergeSource else {
            state.mergeSource = selected.key
            state.message = Localized(
                fr: "Grouper : choisissez le groupe d'arrivée (↑/↓) puis g ; Échap annule",
                en: "Merge: choose the group to join (↑/↓) then g; Esc cancels")
            return []
        }
        state.mergeSource = nil
        return [.moderate(poll: poll, .merge(source, into: selected.key))]
    default: return []
    }
}

private func moveItem(_ item: AgendaItem, _ delta: Int, _ state: inout AppState) -> [Effect] {
    let target = state.selected + delta
    guard state.data.agenda.indices.contains(target) else { return [] }
    // The cursor follows the item when the new order comes back (`CursorAnchor`).
    return [.moveItem(item.id, by: delta)]
}

/// Space cycles a member through présent, excusé, absent; p excuses them with a pouvoir to
/// the next member present who holds none (again: the next one, then no pouvoir); c makes
/// the member the chair (again: no chair), e adds them to the secretaries or takes them off;
/// Esc closes.
private func recordAttendance(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard let index = state.attendanceCursor, let session = state.data.session else { return [] }
    let members = state.data.council.members
    switch key {
    case .up, .character("k"): state.attendanceCursor = max(0, index - 1)
    case .down, .character("j"): state.attendanceCursor = min(max(0, members.count - 1), index + 1)
    case .escape, .enter: state.attendanceCursor = nil
    case .character(" ") where members.indices.contains(index):
        let member = members[index]
        let current = state.data.attendance[member.id] ?? .absent
        let next: AttendanceStatus = current == .present ? .excused : current == .excused ? .absent : .present
        return [.setAttendance(session: session.id, member: member.id, status: next)]
    case .character("p") where members.indices.contains(index):
        let member = members[index]
        let data = state.data
        let holders = members.filter { candidate in
            candidate.id != member.id && data.attendance[candidate.id] == .present
                && !data.proxies.contains { $0.key != member.id && $0.value == candidate.id }
        }.map(\.id)
        let current = data.proxies[member.id].flatMap { holders.firstIndex(of: $0) }
        let next = current.map { $0 + 1 < holders.count ? holders[$0 + 1] : nil } ?? holders.first
        return [.givePouvoir(session: session.id, member: member.id, holder: next)]
    case .character("c") where members.indices.contains(index):
        var roles = session.roles
        roles.chair = roles.chair == members[index].id ? nil : members[index].id
        return [.setSessionRoles(session: session.id, roles: roles)]
    case .character("e") where members.indices.contains(index):
        var roles = session.roles
        let id = members[index].id
        roles.secretaries =
            roles.secretaries.contains(id) ? roles.secretaries.filter { $0 != id } : roles.secretaries + [id]
        return [.setSessionRoles(session: session.id, roles: roles)]
    default: break
    }
    return []
}

/// Shows another session from its top: no poll open, every list at its first row.
func show(session id: String, _ state: inout AppState) -> [Effect] {
    state.openPoll = nil
    state.projector = false
    state.cursor[.agenda] = 0
    state.cursor[.polls] = 0
    state.cursor[.minutes] = 0
    return [.selectSession(id)]
}

/// Why the actor may not use a key: the table of rights' own words (`Actor.require`).
private func refusal(of binding: Binding, for actor: Actor) -> Localized? {
    do {
        try actor.require(binding.action.capability, for: binding.help)
        return nil
    } catch let error as ConseilError {
        return error.message
    } catch {
        return binding.help
    }
}

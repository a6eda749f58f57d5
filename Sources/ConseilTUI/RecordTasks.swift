import ConseilCore

// The keys that correct or withdraw a record (an agenda item, a draft poll, a show of hands)
// and the one that votes; each change asks first, each goes through the use cases.

func recordTask(_ action: Action, _ state: inout AppState) -> [Effect] {
    switch action {
    case .deleteAgendaItem:
        if let item = state.selectedItem { state.confirmation = .deleting(item) }
    case .editPoll: openDraftPollForm(&state)
    case .deletePoll:
        guard let poll = state.selectedPoll?.poll else { break }
        do {
            try poll.requireDraft(Poll.deleted)
            state.confirmation = .deleting(poll)
        } catch {
            state.message = (error as? ConseilError)?.message
        }
    case .takeBackHandCount: confirmTakeBack(&state)
    case .vote:
        guard let poll = state.selectedPoll?.poll else { break }
        guard poll.state == .open else {
            state.message = Localized(
                fr: "ce scrutin est \(poll.state.name.fr) : on ne vote que dans un scrutin ouvert",
                en: "this poll is \(poll.state.name.en): votes go only into an open poll")
            break
        }
        return [.openBallot(poll: poll.id)]
    default: break
    }
    return []
}

/// Enter on an open poll opens the ballot for a member who votes and does not run the polls
/// (the facilitator's Enter shows the results, and `v` votes).
func ballotOnEnter(_ state: AppState) -> [Effect]? {
    guard state.openPoll == nil, let poll = state.selectedPoll?.poll, poll.state == .open,
        state.actor.may(.vote), !state.actor.may(.runPolls)
    else { return nil }
    return [.openBallot(poll: poll.id)]
}

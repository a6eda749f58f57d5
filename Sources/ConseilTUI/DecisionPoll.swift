import ConseilCore

/// The poll Ctrl-P ties a decision to next: the session's polls in order (those of the
/// decision's agenda item when it has any), then none again.
func nextDecisionPoll(after current: String?, _ state: AppState) -> String? {
    let polls = state.data.polls.map(\.poll)
    let item = state.editor?.item
    let own = polls.filter { $0.item == item }
    let ids = (own.isEmpty ? polls : own).map(\.id)
    guard let current, let index = ids.firstIndex(of: current) else { return ids.first }
    return index + 1 < ids.count ? ids[index + 1] : nil
}

/// The records the list cursors stand on, by id: when new data re-sorts or grows a list, each
/// cursor follows its record instead of staying on a row that now shows another one.
struct CursorAnchor {
    let item: String?
    let poll: String?
    let proposal: String?

    init(_ state: AppState) {
        func at<T>(_ list: [T], _ screen: Screen) -> T? {
            let index = state.cursor[screen] ?? 0
            return list.indices.contains(index) ? list[index] : nil
        }
        item = at(state.data.agenda, .agenda)?.id
        poll = at(state.data.polls, .polls)?.poll.id
        proposal = at(state.visibleProposals, .proposals)?.proposal.id
    }

    func restore(_ state: inout AppState) {
        if let item, let index = state.data.agenda.firstIndex(where: { $0.id == item }) {
            state.cursor[.agenda] = index
        }
        if let poll, let index = state.data.polls.firstIndex(where: { $0.poll.id == poll }) {
            state.cursor[.polls] = index
        }
        if let proposal, let index = state.visibleProposals.firstIndex(where: { $0.proposal.id == proposal })
        {
            state.cursor[.proposals] = index
        }
    }
}

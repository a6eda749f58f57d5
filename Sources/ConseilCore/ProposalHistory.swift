/// An event of a proposal's history that skips the lifecycle from the event kept before it:
/// written by hand or arriving from a remote, it is left out of the fold and reported.
public struct OutOfCycleEvent: Sendable, Equatable {
    public let event: ProposalEvent
    /// The status of the proposal before it.
    public let from: ProposalStatus

    public var reason: Localized {
        Localized(
            fr: "passage \(from.name.fr) → \(event.status.name.fr) hors du cycle de vie",
            en: "move \(from.name.en) → \(event.status.name.en) outside the lifecycle")
    }
}

public enum ProposalHistory {
    /// The events oldest first, each following the lifecycle from the status before it (a new
    /// proposal is submitted; the same status again is a follow-up), and the events left out.
    /// Files on disk are trusted no more than a command: a forged `realisee` after `rejetee`
    /// must not make a rejected proposal done.
    public static func fold(_ events: [ProposalEvent]) -> (kept: [ProposalEvent], leftOut: [OutOfCycleEvent])
    {
        var kept: [ProposalEvent] = []
        var leftOut: [OutOfCycleEvent] = []
        var status = ProposalStatus.submitted
        for event in events.sorted(by: { ($0.at, $0.id) < ($1.at, $1.id) }) {
            if event.status == status || status.next.contains(event.status) {
                kept.append(event)
                status = event.status
            } else {
                leftOut.append(OutOfCycleEvent(event: event, from: status))
            }
        }
        return (kept, leftOut)
    }
}

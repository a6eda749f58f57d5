extension MinutesDocument {
    /// The vote beside a decision tied to a poll: « — scrutin « Q » : Adopté (…) », or the
    /// poll's state when it has no verdict; empty for a decision tied to none.
    public func vote(carrying entry: MinutesEntry, _ language: Language) -> String {
        guard let id = entry.poll else { return "" }
        let fr = language == .fr
        guard let results = sections.lazy.flatMap(\.polls).first(where: { $0.poll.id == id }) else {
            return fr ? " — scrutin \(id)" : " — poll \(id)"
        }
        let poll = results.poll
        let outcome = poll.verdict?.sentence(language) ?? poll.state.name.text(language)
        return fr ? " — scrutin « \(poll.question) » : \(outcome)" : " — poll “\(poll.question)”: \(outcome)"
    }
}

import ConseilCore

extension DataRoot {
    /// Reads every record of the data root and lists each file that cannot be loaded,
    /// plus records that point at something missing. Reads only: never writes.
    public func check() -> [LoadProblem] {
        var problems: [LoadProblem] = []
        if case .failure(let problem) = RecordCodec.decode(Council.self, at: councilPath) {
            problems.append(problem)
        }
        let sessions = sessions()
        problems += sessions.problems
        for session in sessions.values {
            problems += attendance(session: session.id).problems
            problems += agenda(session: session.id).problems
            problems += minutesEntries(session: session.id).problems
            let minutes = sessionPath(session.id) + "/minutes.json"
            if fileExists(minutes), case .failure(let problem) = RecordCodec.decode(MinutesStatus.self, at: minutes) {
                problems.append(problem)
            }
            let polls = polls(session: session.id)
            problems += polls.problems
            for poll in polls.values {
                problems += ballots(of: poll).problems
                problems += handCounts(of: poll).problems
                if let earlier = poll.after, (try? self.poll(earlier)) == nil {
                    problems.append(
                        LoadProblem(
                            path: pollPath(session: session.id, poll: poll.id) + "/poll.json",
                            reason: Localized(
                                fr: "premier tour « \(earlier) » introuvable", en: "earlier round “\(earlier)” not found")))
                }
            }
        }
        problems += proposals().problems
        return problems.sorted { $0.path < $1.path }
    }
}

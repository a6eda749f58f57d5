import ConseilCore

/// The ballots of one poll held in memory and kept current file by file: the interface reads
/// a poll's folders once, then only the files the watcher names, so one more vote costs one
/// read and a tally in memory, not ten thousand reads.
public struct PollBallots: Sendable {
    public let poll: Poll
    private let members: Set<String>?
    private let pouvoirs: [String: String]?
    private var ballots: Entries<Ballot>
    private var participants: Entries<ParticipantBallot>

    /// Reads every ballot of `poll`, checked against `council` and the session's pouvoirs.
    public init(poll: Poll, root: DataRoot, council: Council?) {
        self.poll = poll
        members = council?.memberIds
        pouvoirs = root.pouvoirs(session: poll.session, council: council)
        ballots = Entries(root.ballotEntries(of: poll, members: members, pouvoirs: pouvoirs))
        participants = Entries(root.participantEntries(of: poll))
    }

    /// Reads again the ballot files among `changes` (a file that is gone leaves the count).
    public mutating func reread(_ changes: some Sequence<RecordChange>, root: DataRoot) {
        for change in changes where Array(change.ids.prefix(2)) == [poll.session, poll.id] {
            let name = change.ids[2] + ".json"
            switch change.kind {
            case .ballot:
                ballots.replace(
                    name, root.ballotEntries(of: poll, members: members, pouvoirs: pouvoirs, names: [name]))
            case .participantBallot:
                participants.replace(name, root.participantEntries(of: poll, names: [name]))
            default: break
            }
        }
    }

    /// The ballots as the tally counts them (members' then participants', in file order), and
    /// the files left out.
    public var loaded: Loaded<Ballot> {
        var loaded = ballots.loaded
        let others = participants.loaded
        loaded.values += others.values.map(\.asBallot)
        loaded.problems += others.problems
        return loaded
    }
}

/// A folder's records by file name, in the order of `FileReader.list`.
private struct Entries<T: Sendable>: Sendable {
    private var names: [String] = []
    private var results: [String: Result<T, LoadProblem>] = [:]

    init(_ entries: [(name: String, result: Result<T, LoadProblem>)]) {
        names = entries.map(\.name)
        for entry in entries { results[entry.name] = entry.result }
    }

    /// `entries` empty: the file is gone.
    mutating func replace(_ name: String, _ entries: [(name: String, result: Result<T, LoadProblem>)]) {
        let index = insertionIndex(name)
        let present = index < names.count && names[index] == name
        if let entry = entries.first {
            if !present { names.insert(name, at: index) }
            results[name] = entry.result
        } else if present {
            names.remove(at: index)
            results[name] = nil
        }
    }

    private func insertionIndex(_ name: String) -> Int {
        var low = 0
        var high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < name { low = middle + 1 } else { high = middle }
        }
        return low
    }

    var loaded: Loaded<T> { Loaded(names.lazy.map { (name: $0, result: self.results[$0]!) }) }
}

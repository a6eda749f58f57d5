import ConseilCore

/// The ballots of one poll held in memory and kept current file by file: the interface reads
/// a poll's folders once, then only the files the watcher names, so one more vote costs one
/// read and a tally in memory, not ten thousand reads.
public struct PollBallots: Sendable {
    public let poll: Poll
    private let members: Set<String>?
    private let pouvoirs: [String: String]?
    private var ballots: Entries<Ballot>
    private var participants: Entries<Ballot>

    /// Reads every ballot of `poll`, checked against `council` and the session's pouvoirs.
    public init(poll: Poll, root: DataRoot, council: Council?) {
        self.poll = poll
        members = council?.memberIds
        pouvoirs = root.pouvoirs(session: poll.session, council: council)
        ballots = Entries(root.ballotEntries(of: poll, members: members, pouvoirs: pouvoirs))
        participants = Entries(Self.asBallots(root.participantEntries(of: poll)))
    }

    /// Reads again the ballot files among `changes` (a file that is gone leaves the count).
    public mutating func reread(_ changes: some Sequence<RecordChange>, root: DataRoot) {
        for change in changes where Array(change.ids.prefix(2)) == [poll.session, poll.id] {
            let name = change.ids[2] + ".json"
            switch change.kind {
            case .ballot:
                ballots.replace(
                    name,
                    root.ballotEntries(of: poll, members: members, pouvoirs: pouvoirs, names: [name]).first)
            case .participantBallot:
                participants.replace(
                    name, Self.asBallots(root.participantEntries(of: poll, names: [name])).first)
            default: break
            }
        }
    }

    /// The ballots as the tally counts them (members' then participants', in file order), and
    /// the files left out. Kept current by `reread`, so reading them copies nothing.
    public var loaded: Loaded<Ballot> {
        guard !participants.loaded.values.isEmpty || !participants.loaded.problems.isEmpty else {
            return ballots.loaded
        }
        var loaded = ballots.loaded
        loaded.values += participants.loaded.values
        loaded.problems += participants.loaded.problems
        return loaded
    }

    private static func asBallots(_ entries: [(name: String, result: Result<ParticipantBallot, LoadProblem>)])
        -> [(name: String, result: Result<Ballot, LoadProblem>)]
    {
        entries.map { ($0.name, $0.result.map(\.asBallot)) }
    }
}

/// A folder's records in the order of `FileReader.list` (by file name), kept as the values and
/// the problems apart, each beside its file names: a file read again replaces its own entry
/// in place (found by binary search) instead of the whole folder being put together again.
private struct Entries<T: Sendable>: Sendable {
    private(set) var loaded = Loaded<T>()
    private var valueNames: [String] = []
    private var problemNames: [String] = []

    init(_ entries: [(name: String, result: Result<T, LoadProblem>)]) {
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            switch entry.result {
            case .success(let value):
                valueNames.append(entry.name)
                loaded.values.append(value)
            case .failure(let problem):
                problemNames.append(entry.name)
                loaded.problems.append(problem)
            }
        }
    }

    /// The file `name` read again: `entry` nil when it is gone.
    mutating func replace(_ name: String, _ entry: (name: String, result: Result<T, LoadProblem>)?) {
        let valueIndex = Self.insertionIndex(name, in: valueNames)
        let problemIndex = Self.insertionIndex(name, in: problemNames)
        let wasValue = valueIndex < valueNames.count && valueNames[valueIndex] == name
        let wasProblem = problemIndex < problemNames.count && problemNames[problemIndex] == name
        switch entry?.result {
        case .success(let value) where wasValue:
            loaded.values[valueIndex] = value
        case .failure(let problem) where wasProblem:
            loaded.problems[problemIndex] = problem
        default:
            if wasValue {
                valueNames.remove(at: valueIndex)
                loaded.values.remove(at: valueIndex)
            }
            if wasProblem {
                problemNames.remove(at: problemIndex)
                loaded.problems.remove(at: problemIndex)
            }
            switch entry?.result {
            case .success(let value):
                valueNames.insert(name, at: valueIndex)
                loaded.values.insert(value, at: valueIndex)
            case .failure(let problem):
                problemNames.insert(name, at: problemIndex)
                loaded.problems.insert(problem, at: problemIndex)
            case nil: break
            }
        }
    }

    private static func insertionIndex(_ name: String, in names: [String]) -> Int {
        var low = 0
        var high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < name { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

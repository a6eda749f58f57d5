/// `<poll>/participants/<key>.json`: the answer of someone in the room who joined with the
/// room code (a poll with `voters: room`), one per device. It names nobody and carries no time;
/// its key is random, and the device that cast it is known only to the room server, outside
/// the shared repository (docs/DECISIONS.md, « Room server »).
public struct ParticipantBallot: Codable, Sendable, Equatable {
    public var schema: Int
    public var poll: String
    public var answers: [String]

    public init(poll: String, answers: [String]) {
        schema = currentSchema
        self.poll = poll
        self.answers = answers
    }

    /// The same answers as a ballot without a voter, for the tally.
    public var asBallot: Ballot { Ballot(poll: poll, voter: nil, at: nil, answers: answers) }
}

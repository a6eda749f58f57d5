/// The people and the session most tests start from: a facilitator, a secretary and one
/// plain member, and a session on the day of the Rennes seminar with one agenda item.
struct Scenario {
    static let facilitator = "anne"
    static let secretary = "sam"
    static let member = "marc"

    let council: TestCouncil
    let session: String
    let item: String

    init() throws {
        council = try TestCouncil()
        try council.succeed([
            "member", "add", Scenario.facilitator, "--name", "Anne Animatrice", "--role", "facilitator",
        ])
        try council.succeed([
            "member", "add", Scenario.secretary, "--name", "Samuel Secrétaire", "--role", "secretary",
        ])
        try council.succeed(["member", "add", Scenario.member, "--name", "Marc Membre", "--role", "member"])
        session = try council.newId(
            [
                "session", "new", "--title", "Séminaire numérique", "--date", "2017-11-17", "--place",
                "Rennes",
            ],
            as: Scenario.facilitator)
        item = try council.newId(
            ["agenda", "add", session, "Le numérique dans nos quartiers", "--duration", "45"],
            as: Scenario.facilitator)
    }

    /// Adds members `v01`…`vNN` and returns their ids.
    func addVoters(_ count: Int) throws -> [String] {
        try (1...count).map { number in
            let id = "v" + (number < 10 ? "0" : "") + String(number)
            try council.succeed(["member", "add", id, "--name", "Votant \(number)", "--role", "member"])
            return id
        }
    }

    /// Creates a poll in the session as the facilitator, opens it unless told not to, and returns its id.
    func newPoll(kind: String, question: String, _ extra: [String] = [], open: Bool = true) throws -> String {
        let id = try council.newId(
            ["poll", "new", session, "--kind", kind, "--question", question] + extra, as: Scenario.facilitator
        )
        if open { try council.succeed(["poll", "open", id], as: Scenario.facilitator) }
        return id
    }
}

import Foundation

/// A session worth a procès-verbal: a chair and a secretary, five voters (two present, two
/// represented, one excused; marc absent), three agenda items with long notes (several pages
/// once printed), a yes/no poll voted through a pouvoir, a draft poll never opened, a decision
/// and an action; closed, and adopted at the next session.
struct ProcesVerbalScenario {
    let scenario: Scenario
    let next: String
    let poll: String

    var council: TestCouncil { scenario.council }
    var session: String { scenario.session }

    init(adopt: Bool = true) throws {
        scenario = try Scenario()
        let council = scenario.council
        let session = scenario.session
        let voters = try scenario.addVoters(5)
        try council.succeed(
            ["session", "roles", session, "--chair", "anne", "--secretary", "sam"], as: Scenario.facilitator)
        try council.succeed(
            ["session", "state", session, "en-cours"], as: Scenario.facilitator, now: "2017-11-17T09:02:00Z")
        for member in ["anne", "sam", voters[0], voters[1]] {
            try council.succeed(["session", "attend", session, member, "present"], as: Scenario.secretary)
        }
        try council.succeed(
            ["session", "attend", session, voters[2], "excuse", "--proxy", voters[0]], as: Scenario.secretary)
        try council.succeed(
            ["session", "attend", session, voters[3], "excuse", "--proxy", voters[1]], as: Scenario.secretary)
        try council.succeed(["session", "attend", session, voters[4], "excuse"], as: Scenario.secretary)
        let items = try ["Le budget participatif", "La fibre dans les hameaux"].map {
            try council.newId(["agenda", "add", session, $0], as: Scenario.facilitator)
        }
        let long = String(
            repeating: "Les membres débattent longuement des besoins des quartiers et des hameaux ; "
                + "chacun donne son avis : faut-il tout numériser ? Non ! Une part reste au papier. ",
            count: 14)
        for item in [scenario.item] + items {
            try council.succeed(
                ["minutes", "add", session, "--item", item, "--note", long], as: Scenario.secretary)
        }
        poll = try scenario.newPoll(
            kind: "yesno", question: "Adopter le budget participatif ?", ["--item", items[0]])
        try council.succeed(["vote", poll, "Oui"], as: voters[0])
        try council.succeed(["vote", poll, "Oui", "--for", voters[2]], as: voters[0])
        try council.succeed(["vote", poll, "Non"], as: voters[1])
        try council.succeed(["vote", poll, "Oui", "--for", voters[3]], as: voters[1])
        try council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        _ = try scenario.newPoll(kind: "yesno", question: "Jamais ouvert ?", open: false)
        try council.succeed(
            [
                "minutes", "add", session, "--item", items[0], "--decision",
                "Le budget participatif est adopté",
            ],
            as: Scenario.secretary)
        try council.succeed(
            [
                "minutes", "add", session, "--item", items[1], "--action", "Recenser les hameaux", "--who",
                "sam",
                "--due", "2017-12-15",
            ], as: Scenario.secretary)
        try council.succeed(
            ["session", "state", session, "close"], as: Scenario.facilitator, now: "2017-11-17T12:31:00Z")
        next = try council.newId(
            ["session", "new", "--title", "Séance de décembre", "--date", "2017-12-15"],
            as: Scenario.facilitator)
        if adopt {
            try council.succeed(["minutes", "adopt", session, "--at", next], as: Scenario.secretary)
        }
    }

    func export(_ format: String) throws -> String {
        try council.succeed(["minutes", "export", session, "--format", format]).stdout
    }
}

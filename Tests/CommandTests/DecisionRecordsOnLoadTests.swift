import Foundation
import Testing

/// The new fields of the records are checked when read, like every other value: `check` names a
/// file whose rules, verdict, grades or casting-vote setting cannot be right.
@Suite struct DecisionRecordsOnLoadTests {
    @Test func aCastingVoteSettingThatIsNotYesOrNo() throws {
        let scenario = try Scenario()
        try scenario.council.edit("council.json") { $0["castingVote"] = "oui" }
        let output = try scenario.council.run(["check"])
        #expect(output.status != 0)
        #expect(output.stdout.contains("council.json"), "\(output.summary)")
    }

    @Test func aVerdictOnAChoicePoll() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(
            kind: "choice", question: "Où ?", ["--option", "Mairie", "--option", "Médiathèque"], open: false)
        let path = "\(scenario.session)/polls/\(poll)/poll.json"
        try scenario.council.edit(path) { $0["majority"] = "absolute" }
        try scenario.council.expectCheckNames(path, "une majorité ou un verdict sur un scrutin choix unique")
    }

    @Test func aNamedAnonymousPoll() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(kind: "yesno", question: "Q ?", ["--anonymous"], open: false)
        let path = "\(scenario.session)/polls/\(poll)/poll.json"
        try scenario.council.edit(path) { $0["named"] = true }
        try scenario.council.expectCheckNames(path, "à la fois nominatif et anonyme")
    }

    @Test func aGradesBallotWithAStrayGradeOrTheWrongLength() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(
            kind: "grades", question: "Quel projet ?", ["--option", "Fablab", "--option", "Café"])
        try scenario.council.succeed(["vote", poll, "Fablab=Bien"], as: Scenario.member)
        let path = "\(scenario.session)/polls/\(poll)/ballots/\(Scenario.member).json"
        for answers in [["Génial", ""], ["Bien"], ["", ""]] {
            try scenario.council.edit(path) { $0["answers"] = answers }
            try scenario.council.expectCheckNames(path, "jugement majoritaire")
        }
        let json = try scenario.council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(json["ballots"] as? Int == 0, "the bad ballot is counted nowhere")
    }

    @Test func aScaleOfOneGrade() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(
            kind: "grades", question: "Quel projet ?", ["--option", "Fablab", "--option", "Café"], open: false
        )
        let path = "\(scenario.session)/polls/\(poll)/poll.json"
        try scenario.council.edit(path) { $0["grades"] = ["Seule"] }
        try scenario.council.expectCheckNames(path, "grades")
    }
}

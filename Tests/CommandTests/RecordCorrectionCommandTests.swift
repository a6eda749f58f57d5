import Testing

/// The command twins of the interface's corrections: `agenda edit/delete --presenter`,
/// `poll edit/delete` on a draft, `poll uncount`, `minutes delete`, with the same refusals.
@Suite struct RecordCorrectionCommandTests {
    @Test func anItemGetsAPresenterAndAnItemNotTakenUpIsDeleted() throws {
        let scenario = try Scenario()
        let council = scenario.council
        try council.succeed(
            ["agenda", "edit", scenario.item, "--presenter", Scenario.member], as: Scenario.facilitator)
        let items = try council.succeed(["agenda", "list", scenario.session, "--json"]).jsonArray()
        #expect(items.first?["presenter"] as? String == Scenario.member)
        let unknown = try council.run(
            ["agenda", "edit", scenario.item, "--presenter", "personne"], as: Scenario.facilitator)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("membre inconnu") && unknown.stderr.contains("[--presenter]"))
        let second = try council.newId(
            ["agenda", "add", scenario.session, "Divers", "--presenter", Scenario.secretary],
            as: Scenario.facilitator)
        let member = try council.run(["agenda", "delete", second], as: Scenario.member)
        #expect(member.status != 0 && member.stderr.contains("réservé au rôle"), "\(member.stderr)")
        try council.succeed(["agenda", "delete", second], as: Scenario.facilitator)
        #expect(try council.succeed(["agenda", "list", scenario.session, "--json"]).jsonArray().count == 1)
    }

    @Test func theProcesVerbalSaysWhoPresentsEachItem() throws {
        let scenario = try Scenario()
        try scenario.council.succeed(
            ["agenda", "edit", scenario.item, "--presenter", Scenario.member], as: Scenario.facilitator)
        let pv = try scenario.council.succeed(["minutes", "export", scenario.session, "--format", "md"])
            .stdout
        #expect(pv.contains("1\\. Le numérique dans nos quartiers (présenté par Marc Membre)"), "\(pv)")
    }

    @Test func anItemWithAPollStays() throws {
        let scenario = try Scenario()
        _ = try scenario.newPoll(kind: "yesno", question: "Q ?", ["--item", scenario.item], open: false)
        let refused = try scenario.council.run(["agenda", "delete", scenario.item], as: Scenario.facilitator)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("1 scrutin(s)"), "\(refused.stderr)")
    }

    @Test func aDraftIsEditedAndDeletedAnOpenPollIsNot() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let draft = try scenario.newPoll(
            kind: "choice", question: "Combien ?", ["--option", "1", "--option", "2"], open: false)
        try council.succeed(
            [
                "poll", "edit", draft, "--question", "Combien d'ateliers ?", "--option", "2", "--option", "4",
                "--item", scenario.item,
            ], as: Scenario.facilitator)
        let list = try council.succeed(["poll", "list", scenario.session, "--json"]).jsonArray()
        #expect(list.first?["question"] as? String == "Combien d'ateliers ?")
        try council.succeed(["poll", "delete", draft], as: Scenario.facilitator)
        #expect(try council.succeed(["poll", "list", scenario.session, "--json"]).jsonArray().isEmpty)
        let open = try scenario.newPoll(kind: "yesno", question: "Q ?")
        let refused = try council.run(["poll", "delete", open], as: Scenario.facilitator)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("seul un brouillon peut être supprimé"), "\(refused.stderr)")
    }

    @Test func theLastShowOfHandsIsTakenBackUntilTheClose() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let poll = try scenario.newPoll(kind: "words", question: "Un mot ?")
        try council.succeed(
            ["poll", "count", poll, "--add", "vélo=4", "--voters", "4"], as: Scenario.facilitator)
        let taken = try council.succeed(["poll", "uncount", poll], as: Scenario.facilitator)
        #expect(taken.stdout.contains("Main levée retirée : 4 personnes"))
        let none = try council.run(["poll", "uncount", poll], as: Scenario.facilitator)
        #expect(none.status != 0 && none.stderr.contains("aucune main levée"))
        try council.succeed(
            ["poll", "count", poll, "--add", "vélo=4", "--voters", "4"], as: Scenario.facilitator)
        try council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        let closed = try council.run(["poll", "uncount", poll], as: Scenario.facilitator)
        #expect(closed.status != 0 && closed.stderr.contains("le scrutin est clos"))
    }

    @Test func aMinutesEntryIsDeleted() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let entry = try council.newId(
            ["minutes", "add", scenario.session, "--note", "Une note en trop"], as: Scenario.secretary)
        try council.succeed(["minutes", "delete", scenario.session, entry], as: Scenario.secretary)
        let again = try council.run(["minutes", "delete", scenario.session, entry], as: Scenario.secretary)
        #expect(again.status != 0)
    }
}

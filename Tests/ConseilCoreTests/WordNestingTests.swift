import Testing

@testable import ConseilCore

@Suite("Word keys: quotes and articles wrapping each other")
struct WordNestingTests {
    @Test(arguments: ["la « formation »", "« la formation »", "La « Formation ».", "de la « formation »"])
    func quotesInsideOrOutsideAnArticleGroupWithTheWord(_ answer: String) {
        #expect(WordNormaliser.key(answer) == "formation")
    }

    @Test func deLElisionIsDropped() {
        #expect(WordNormaliser.key("de l'emploi") == "emploi")
        #expect(WordNormaliser.key("de l’emploi") == "emploi")
    }

    @Test func quotesInsideTheAnswerStay() {
        #expect(WordNormaliser.key("« uberiser » le rural") == "« uberiser » le rural")
    }
}

@Suite("Quorum")
struct QuorumCapTests {
    @Test func aHundredPercentQuorumMeansEveryMemberNotMore() {
        var council = Council(name: "C", members: (1...10).map { Member(id: "m\($0)", name: "M", role: .member) })
        council.quorumPercent = 100
        #expect(council.quorumRequired == 10)
        council.quorumPercent = nil
        #expect(council.quorumRequired == 6)
    }
}

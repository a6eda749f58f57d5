import ConseilCore
import Testing

/// Majority judgment against published vectors: Balinski & Laraki, *Majority Judgment* (MIT
/// Press 2011), §1.5 as reproduced in the doctests of Mieux Voter's
/// majority-judgment-library-python (majority_judgment/__init__.py, commit 4152f2c), and that
/// library's `majority_judgment` doctests and README example.
@Suite struct MajorityJudgmentTests {
    /// A profile, best grade first, from values where a higher value is a better grade and
    /// `levels` grades exist (0…levels-1), as the library's vectors give them.
    private func profile(_ values: [Int], levels: Int) -> [Int] {
        (0..<levels).map { index in values.filter { $0 == levels - 1 - index }.count }
    }

    /// The majority value as the library writes it: grade values, higher better.
    private func majorityValue(_ values: [Int], levels: Int) -> [Int] {
        MajorityJudgment.majorityValue(profile(values, levels: levels)).map { levels - 1 - $0 }
    }

    @Test func theBookSection15MajorityValues() {
        // compute_majority_values([7, 11, 9, 9, 11]) == [9, 9, 11, 7, 11]
        #expect(majorityValue([7, 11, 9, 9, 11], levels: 12) == [9, 9, 11, 7, 11])
        // compute_majority_values([8, 11, 9, 9, 10]) == [9, 9, 10, 8, 11]
        #expect(majorityValue([8, 11, 9, 9, 10], levels: 12) == [9, 9, 10, 8, 11])
    }

    @Test func theMajorityGradeIsTheLowerMedian() {
        // Odd: the middle grade.
        #expect(MajorityJudgment.majorityGrade([1, 1, 1, 0]) == 1)
        // Even: of Excellent, Bien, Passable, À rejeter the lower middle is Passable.
        #expect(MajorityJudgment.majorityGrade([1, 0, 1, 0, 1, 1]) == 4)
        #expect(MajorityJudgment.majorityGrade([2, 2]) == 1)
        #expect(MajorityJudgment.majorityGrade([0, 0, 0]) == nil)
    }

    private func order(_ candidates: [[Int]], levels: Int) -> [Int] {
        MajorityJudgment.rank(candidates.map { profile($0, levels: levels) }).map(\.option)
    }

    @Test func theLibraryDoctests() {
        let a = [3, 3, 3, 0, 0, 0, 1, 1, 2, 2]
        let b = [0, 0, 1, 1, 2, 2, 2, 2, 3, 3]
        // {'B': 0, 'A': 1}
        #expect(order([a, b], levels: 4) == [1, 0])
        // reverse=True (a lower value is better): {'A': 0, 'B': 1}
        #expect(order([a.map { 3 - $0 }, b.map { 3 - $0 }], levels: 4) == [0, 1])
        // A = [0, 4], B = [1, 2], reverse=True: {'B': 0, 'A': 1}
        #expect(order([[4, 0], [3, 2]], levels: 5) == [1, 0])
        let c81 = [
            0, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5,
            5, 5, 5, 5,
        ]
        let c82 = [
            0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5,
        ]
        // {82: 0, 81: 1}
        #expect(order([c81, c82], levels: 6) == [1, 0])
    }

    @Test func theLibraryReadme() {
        // Chips, Pasta, Bread of the README (its Pizza row is misprinted): Chips, Pasta, Bread.
        let chips = [0, 1, 0, 2, 1, 2, 2, 3, 2, 3]
        let pasta = [0, 1, 0, 1, 2, 1, 3, 2, 3, 3]
        let bread = [0, 1, 2, 1, 1, 2, 1, 2, 2, 3]
        #expect(order([bread, pasta, chips], levels: 4) == [2, 1, 0])
    }

    @Test func aTrueTieSharesItsRankAndTheNextRankSkips() {
        let ranked = MajorityJudgment.rank([[1, 2, 0], [0, 1, 2], [1, 2, 0]])
        #expect(ranked.map(\.option) == [0, 2, 1])
        #expect(ranked.map(\.rank) == [1, 1, 3])
        #expect(ranked.map(\.majorityGrade) == [1, 1, 2])
    }

    @Test func tiedMajorityGradesAreBrokenBeyondTheMedian() {
        // Both have Bien as majority grade; A has more grades above it than below, B fewer.
        let a = [2, 0, 3, 0, 1]
        let b = [0, 1, 3, 1, 1]
        let ranked = MajorityJudgment.rank([b, a])
        #expect(ranked.map(\.option) == [1, 0])
        #expect(ranked.map(\.rank) == [1, 2])
    }

    @Test func stackedBarsAddUpToTheirWidth() {
        #expect(MeritProfile.segments([1, 1, 1], width: 10) == [3, 3, 4])
        #expect(MeritProfile.text([2, 0, 2], width: 8) == "11113333")
        #expect(MeritProfile.segments([0, 0], width: 5) == [0, 0])
    }
}

/// Grades ballots: typed, validated, tallied with a missing grade as the lowest.
@Suite struct GradesPollTests {
    private func poll(grades: [String] = []) throws -> Poll {
        try Poll.make(
            id: "p1", session: "2017-11-17-seance", item: nil, kind: .grades, question: "Quel projet ?",
            options: ["Fablab", "Café numérique", "Repair café"], abstain: false, maxAnswers: nil,
            anonymous: false, hideResults: false, after: nil, createdAt: Fixture.now, createdBy: "anim",
            rules: PollRules(grades: grades))
    }

    @Test func theDefaultScale() throws {
        #expect(try poll().scale == Poll.defaultGrades)
        #expect(try poll(grades: ["Pour", "Contre"]).scale == ["Pour", "Contre"])
        #expect(throws: ConseilError.self) { try poll(grades: ["Seule"]) }
        #expect(throws: ConseilError.self) { try poll(grades: ["Bien", "bien"]) }
    }

    @Test func typedPairsByLabelFoldedOrNumber() throws {
        let poll = try poll()
        #expect(try poll.resolveAnswers(["cafe numerique=tres bien", "1=3"]) == ["Bien", "Très bien", ""])
        #expect(throws: ConseilError.self) { try poll.resolveAnswers(["Fablab=Génial"]) }
        #expect(throws: ConseilError.self) { try poll.resolveAnswers(["Cinéma=Bien"]) }
        #expect(throws: ConseilError.self) { try poll.resolveAnswers(["Fablab=Bien", "fablab=Passable"]) }
        #expect(throws: ConseilError.self) { try poll.resolveAnswers(["Fablab"]) }
    }

    @Test func aMissingGradeCountsAsTheLowest() throws {
        let poll = try poll()
        let ballots = Fixture.ballots(poll, [["Excellent", "", "Bien"], ["Bien", "Passable", ""]])
        let results = PollResults(poll: poll, ballots: ballots, counts: [])
        let fablab = try #require(results.ranking.first { $0.option == 0 })
        #expect(fablab.profile == [1, 0, 1, 0, 0, 0, 0])
        #expect(fablab.majorityGrade == 2, "the lower of Excellent and Bien")
        let cafe = try #require(results.ranking.first { $0.option == 1 })
        #expect(cafe.profile == [0, 0, 0, 0, 1, 0, 1])
        #expect(results.ranking.first?.option == 0)
    }

    @Test func ballotsAreValidatedOnLoad() throws {
        let poll = try poll()
        #expect(BallotValidation.answersProblem(["Bien", "", "Passable"], poll: poll) == nil)
        #expect(BallotValidation.answersProblem(["Bien", "Génial", ""], poll: poll) != nil)
        #expect(BallotValidation.answersProblem(["Bien", ""], poll: poll) != nil)
        #expect(BallotValidation.answersProblem(["", "", ""], poll: poll) != nil)
    }
}

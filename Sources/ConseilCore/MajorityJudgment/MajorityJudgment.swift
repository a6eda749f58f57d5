/// Majority judgment (Balinski & Laraki, *Majority Judgment*, MIT Press 2011): each option's
/// majority grade is the lower median of its grades, and options are ranked by their majority
/// values, the sequence of lower medians taken while removing one median grade at a time,
/// compared lexicographically (the book's majority-value order; Mieux Voter's
/// majority-judgment-library-python, `compute_majority_values`). Grades are indices, 0 the best.
public enum MajorityJudgment {
    public struct Ranked: Sendable, Equatable {
        /// The option's position in the poll.
        public let option: Int
        /// 1 for the best; equal only when the majority values are equal.
        public let rank: Int
        /// Nil when the option has no grade at all.
        public let majorityGrade: Int?
        /// Grades received, per grade, best first.
        public let profile: [Int]
    }

    /// The lower median of a profile (counts per grade, best first): the grade at which, counting
    /// from the worst, half of the grades or more are reached. Nil for an empty profile.
    public static func majorityGrade(_ profile: [Int]) -> Int? {
        let total = profile.reduce(0) { $0.addingSaturated($1) }
        guard total > 0 else { return nil }
        var reached = 0
        for grade in profile.indices.reversed() {
            reached = reached.addingSaturated(profile[grade])
            if reached >= total - reached { return grade }
        }
        return 0
    }

    /// The majority value: the majority grade, then that of what remains once one of it is
    /// removed, and so on until no grade remains.
    public static func majorityValue(_ profile: [Int]) -> [Int] {
        var remaining = profile.map { max(0, $0) }
        var value: [Int] = []
        while let grade = majorityGrade(remaining) {
            value.append(grade)
            remaining[grade] -= 1
        }
        return value
    }

    /// Options best first. Every option has as many grades (a missing grade is the lowest), so
    /// majority values have the same length and compare grade by grade.
    public static func rank(_ profiles: [[Int]]) -> [Ranked] {
        let values = profiles.map(majorityValue)
        let better: (Int, Int) -> Bool = { left, right in
            values[left].lexicographicallyPrecedes(values[right])
        }
        let order = profiles.indices.sorted { better($0, $1) || (!better($1, $0) && $0 < $1) }
        return order.map { option in
            Ranked(
                option: option, rank: 1 + profiles.indices.filter { better($0, option) }.count,
                majorityGrade: values[option].first, profile: profiles[option])
        }
    }
}

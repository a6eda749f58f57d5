/// The same question asked before and after a debate: each answer with its count in both
/// rounds and the change. Options match by label; words by their grouping key.
public struct RoundComparison: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public let label: String
        public let before: Int
        public let after: Int
        public let percentBefore: Percentage?
        public let percentAfter: Percentage?

        public var change: Int { after - before }

        /// The change as every output writes it: "+3", "−2" (a true minus sign), "=".
        public var changeText: String {
            change > 0 ? "+\(change)" : change < 0 ? "−\(-change)" : "="
        }
        /// Change in hundredths of a percentage point, when both rounds have a base.
        public var percentChange: Int? {
            guard let percentBefore, let percentAfter else { return nil }
            return percentAfter.hundredths - percentBefore.hundredths
        }
    }

    public let rows: [Row]
    public let baseBefore: Int
    public let baseAfter: Int

    public init(before: PollResults, after: PollResults) {
        baseBefore = before.base
        baseAfter = after.base
        if after.poll.kind.hasOptions {
            let labels =
                after.options.map(\.label)
                + before.options.map(\.label).filter { label in !after.options.contains { $0.label == label }
                }
            rows = labels.map { label in
                let old = before.options.first { $0.label == label }
                let new = after.options.first { $0.label == label }
                return Row(
                    label: label, before: old?.count ?? 0, after: new?.count ?? 0,
                    percentBefore: Percentage(count: old?.count ?? 0, base: before.base),
                    percentAfter: Percentage(count: new?.count ?? 0, base: after.base))
            }
        } else {
            // A second round regroups its first with the keys of both (PollResults): one key
            // is one idea in both columns, shown with the spelling preferred over both rounds.
            var order: [String] = []
            var forms: [String: [String: Int]] = [:]
            for answer in after.answers + before.answers {
                if forms[answer.key] == nil { order.append(answer.key) }
                forms[answer.key, default: [:]].merge(answer.forms, uniquingKeysWith: +)
            }
            let old = Dictionary(before.answers.map { ($0.key, $0.count) }, uniquingKeysWith: +)
            let new = Dictionary(after.answers.map { ($0.key, $0.count) }, uniquingKeysWith: +)
            rows = order.map { key in
                Row(
                    label: ShownSpelling.choose(forms[key]!, keys: after.wordKeys) ?? key,
                    before: old[key] ?? 0,
                    after: new[key] ?? 0,
                    percentBefore: Percentage(count: old[key] ?? 0, base: before.base),
                    percentAfter: Percentage(count: new[key] ?? 0, base: after.base))
            }
        }
    }
}

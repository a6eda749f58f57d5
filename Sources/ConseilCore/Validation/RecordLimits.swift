/// Every file of the data root can be written by anyone who has the folder, or by a git remote
/// (DESIGN.md §14): a record that decodes is not yet trusted. Each record checks its own values
/// here, once, for every front, before any arithmetic or rendering uses them.
public protocol WithinLimits {
    /// Why a value is out of range, or nil when the record can be used.
    var limitViolation: Localized? { get }
}

/// The bounds themselves, chosen far above any real council and far below what overflows.
public enum RecordLimits {
    /// People in one show of hands, and hands for one answer.
    public static let maxHandCount = 1_000_000
    /// Agenda positions: new items take +1000, so this leaves room for a billion of them.
    public static let positions = -1_000_000_000_000...1_000_000_000_000
    /// Time spent on an agenda item: a year, far more than a session, far from overflowing.
    public static let maxSpentSeconds = 366 * 86_400
    public static let percent = 0...100
}

extension Council: WithinLimits {
    public var limitViolation: Localized? {
        if let quorumPercent, !RecordLimits.percent.contains(quorumPercent) {
            return .outOfRange("quorumPercent", quorumPercent, RecordLimits.percent)
        }
        var seen = Set<String>()
        for member in members {
            // Member ids name ballot and attendance files: the id pattern, and once each.
            guard Identifier.isValid(member.id) else {
                return Localized(
                    fr: "identifiant de membre invalide : « \(InertText.make(member.id)) »",
                    en: "invalid member id: “\(InertText.make(member.id))”")
            }
            guard seen.insert(member.id).inserted else {
                return Localized(
                    fr: "membre « \(member.id) » présent deux fois", en: "member “\(member.id)” listed twice")
            }
        }
        return nil
    }
}

extension AgendaItem: WithinLimits {
    public var limitViolation: Localized? {
        if !RecordLimits.positions.contains(position) {
            return .outOfRange("position", position, RecordLimits.positions)
        }
        if !(0...RecordLimits.maxSpentSeconds).contains(spentSeconds) {
            return .outOfRange("spentSeconds", spentSeconds, 0...RecordLimits.maxSpentSeconds)
        }
        if let duration, !AgendaItem.durations.contains(duration) {
            return .outOfRange("duration", duration, AgendaItem.durations)
        }
        return nil
    }
}

extension HandCount: WithinLimits {
    public var limitViolation: Localized? {
        let range = 0...RecordLimits.maxHandCount
        if !range.contains(voters) { return .outOfRange("voters", voters, range) }
        for (label, count) in counts.sorted(by: { $0.key < $1.key }) {
            guard range.contains(count) else { return .outOfRange("counts", count, range) }
            // Hands for one answer are hands of people who raised one at all.
            guard count <= voters else {
                return Localized(
                    fr: "« \(InertText.make(label)) » compte \(count) mains pour \(voters) votants",
                    en: "“\(InertText.make(label))” counts \(count) hands for \(voters) voters")
            }
        }
        return nil
    }
}

extension ProposalEvent: WithinLimits {
    public var limitViolation: Localized? {
        if let progress, !RecordLimits.percent.contains(progress) {
            return .outOfRange("progress", progress, RecordLimits.percent)
        }
        return nil
    }
}

extension ParticipantBallot: WithinLimits {
    /// What needs the poll is in ParticipantBallotValidation.
    public var limitViolation: Localized? { nil }
}

extension Ballot: WithinLimits {
    /// What needs the poll and the council is in BallotValidation.
    public var limitViolation: Localized? {
        if let voter, !Identifier.isValid(voter) {
            return Localized(
                fr: "votant invalide : « \(InertText.make(voter)) »",
                en: "invalid voter: “\(InertText.make(voter))”")
        }
        if let castBy, !Identifier.isValid(castBy) {
            return Localized(
                fr: "votant par pouvoir invalide : « \(InertText.make(castBy)) »",
                en: "invalid proxy voter: “\(InertText.make(castBy))”")
        }
        return nil
    }
}

// Nothing in these is used in arithmetic or paths beyond what decoding checks.
extension Session: WithinLimits { public var limitViolation: Localized? { nil } }
extension Attendance: WithinLimits { public var limitViolation: Localized? { nil } }
extension MinutesEntry: WithinLimits {
    public var limitViolation: Localized? {
        guard poll == nil || kind == .decision else {
            return Localized(
                fr: "seule une décision renvoie à un scrutin", en: "only a decision refers to a poll")
        }
        return nil
    }
}
extension MinutesStatus: WithinLimits { public var limitViolation: Localized? { nil } }
extension Proposal: WithinLimits { public var limitViolation: Localized? { nil } }

extension Localized {
    static func outOfRange(_ field: String, _ value: Int, _ range: ClosedRange<Int>) -> Localized {
        Localized(
            fr:
                "« \(field) » vaut \(Numbers.formatted(value, .fr)), hors des bornes (\(Numbers.formatted(range.lowerBound, .fr)) à \(Numbers.formatted(range.upperBound, .fr)))",
            en:
                "“\(field)” is \(Numbers.formatted(value, .en)), out of bounds (\(Numbers.formatted(range.lowerBound, .en)) to \(Numbers.formatted(range.upperBound, .en)))"
        )
    }
}

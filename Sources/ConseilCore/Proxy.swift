/// A pouvoir (L2121-20): an excused member's written mandate to a member physically present,
/// who then votes for both. One pouvoir per holder at most.
public struct Pouvoir: Sendable, Equatable {
    public let giver: Member
    public let holder: Member
}

/// The rules of pouvoirs, written once: the attendance command, the interface and loading all
/// ask `problem(of:among:members:)`.
public enum Proxy {
    /// Why `record`'s pouvoir does not stand among the session's attendance `records` (which
    /// may include `record` itself), or nil. `members` (nil: unchecked) are the council's ids.
    /// Of two pouvoirs to the same holder (from two machines), the earlier one stands.
    public static func problem(of record: Attendance, among records: [Attendance], members: Set<String>?)
        -> Localized?
    {
        guard let holder = record.proxy else { return nil }
        let name = InertText.make(holder)
        if let members, !members.contains(holder) {
            return Localized(
                fr: "pouvoir donné à « \(name) », qui n'est pas membre du conseil",
                en: "pouvoir given to “\(name)”, who is not a member of the council")
        }
        guard holder != record.member else {
            return Localized(
                fr: "un membre ne peut pas se donner pouvoir à lui-même",
                en: "a member cannot give a pouvoir to themselves")
        }
        guard record.status == .excused else {
            return Localized(
                fr: "seul un membre excusé donne pouvoir (ici : \(record.status.name.fr))",
                en: "only an excused member gives a pouvoir (here: \(record.status.name.en))")
        }
        let others = records.filter { $0.member != record.member }
        guard others.contains(where: { $0.member == holder && $0.status == .present }) else {
            return Localized(
                fr: "« \(name) » n'est pas noté·e présent·e : notez sa présence d'abord",
                en: "“\(name)” is not recorded as present: record their attendance first")
        }
        if let earlier = others.first(where: {
            $0.proxy == holder && $0.status == .excused && ($0.at, $0.member) < (record.at, record.member)
        }) {
            return Localized(
                fr:
                    "« \(name) » détient déjà le pouvoir de « \(InertText.make(earlier.member)) » : un seul pouvoir par membre",
                en:
                    "“\(name)” already holds the pouvoir of “\(InertText.make(earlier.member))”: one pouvoir per member"
            )
        }
        return nil
    }

    /// Why recording `record` would leave a pouvoir that does not stand: its own, or one that
    /// its member holds (a holder who leaves must first see the pouvoir withdrawn or moved).
    public static func refusal(
        recording record: Attendance, among records: [Attendance], members: Set<String>
    )
        -> Localized?
    {
        let after = records.filter { $0.member != record.member } + [record]
        if let problem = problem(of: record, among: after, members: members) { return problem }
        for held in after
        where held.proxy == record.member && problem(of: held, among: records, members: members) == nil {
            if problem(of: held, among: after, members: members) != nil {
                return Localized(
                    fr:
                        "« \(InertText.make(record.member)) » détient le pouvoir de « \(InertText.make(held.member)) » : notez d'abord ce membre sans pouvoir ou avec un autre porteur",
                    en:
                        "“\(InertText.make(record.member))” holds the pouvoir of “\(InertText.make(held.member))”: record that member without a pouvoir, or with another holder, first"
                )
            }
        }
        return nil
    }

    /// The pouvoirs that stand, giver id → holder id.
    public static func standing(_ records: [Attendance], members: Set<String>?) -> [String: String] {
        var result: [String: String] = [:]
        for record in records
        where record.proxy != nil && problem(of: record, among: records, members: members) == nil {
            result[record.member] = record.proxy
        }
        return result
    }
}

import ConseilCore
import Testing

/// Pouvoirs (L2121-20) and the quorum (L2121-17): the rules of `Proxy` and `AttendanceSummary`.
@Suite("Pouvoirs and quorum")
struct ProxyTests {
    let council = Council(
        name: "CLN", members: (1...5).map { Member(id: "m\($0)", name: "Membre \($0)", role: .member) })

    func record(_ member: String, _ status: AttendanceStatus, proxy: String? = nil, second: Int64 = 0)
        -> Attendance
    {
        Attendance(
            member: member, status: status, proxy: proxy,
            at: Timestamp(milliseconds: Fixture.now.milliseconds + second * 1000), by: "secr")
    }

    func refusal(_ new: Attendance, _ records: [Attendance]) -> String? {
        Proxy.refusal(recording: new, among: records, members: council.memberIds)?.en
    }

    @Test("an excused member gives a pouvoir to a member present")
    func gives() {
        let records = [record("m1", .present)]
        #expect(refusal(record("m2", .excused, proxy: "m1"), records) == nil)
    }

    @Test("refused: to oneself, from a present or absent member, to someone not present or not a member")
    func refusals() throws {
        let records = [record("m1", .present), record("m3", .absent)]
        #expect(try #require(refusal(record("m2", .excused, proxy: "m2"), records)).contains("themselves"))
        #expect(
            try #require(refusal(record("m2", .present, proxy: "m1"), records)).contains("only an excused"))
        #expect(
            try #require(refusal(record("m2", .absent, proxy: "m1"), records)).contains("only an excused"))
        #expect(
            try #require(refusal(record("m2", .excused, proxy: "m3"), records)).contains(
                "not recorded as present"))
        #expect(
            try #require(refusal(record("m2", .excused, proxy: "m4"), records)).contains(
                "not recorded as present"))
        #expect(try #require(refusal(record("m2", .excused, proxy: "zz"), records)).contains("not a member"))
    }

    @Test("one pouvoir per holder; the same giver may record theirs again")
    func onePerHolder() throws {
        let records = [record("m1", .present), record("m2", .excused, proxy: "m1")]
        let second = try #require(refusal(record("m3", .excused, proxy: "m1", second: 1), records))
        #expect(second.contains("already holds the pouvoir of “m2”"))
        #expect(refusal(record("m2", .excused, proxy: "m1", second: 1), records) == nil)
    }

    @Test("a holder who leaves is refused until the pouvoir is withdrawn or moved")
    func holderLeaves() throws {
        let records = [record("m1", .present), record("m4", .present), record("m2", .excused, proxy: "m1")]
        #expect(
            try #require(refusal(record("m1", .absent, second: 1), records)).contains("holds the pouvoir"))
        #expect(
            try #require(refusal(record("m1", .excused, proxy: "m4", second: 1), records)).contains(
                "holds the pouvoir"))
        // Moved to m4, then m1 may leave.
        let moved = [record("m1", .present), record("m4", .present), record("m2", .excused, proxy: "m4")]
        #expect(refusal(record("m1", .absent, second: 1), moved) == nil)
        // Still present: nothing changes for the pouvoir.
        #expect(refusal(record("m1", .present, second: 1), records) == nil)
    }

    @Test("of two pouvoirs to one holder (two machines), the earlier stands and the later is reported")
    func mergedTwice() throws {
        let records = [
            record("m1", .present), record("m2", .excused, proxy: "m1", second: 2),
            record("m3", .excused, proxy: "m1", second: 1),
        ]
        #expect(Proxy.standing(records, members: council.memberIds) == ["m3": "m1"])
        #expect(Proxy.problem(of: records[1], among: records, members: council.memberIds) != nil)
    }

    @Test("the quorum counts members physically present: pouvoirs do not count")
    func quorum() {
        // 5 members: 3 required. Two present, two represented: still no quorum.
        let records = [
            record("m1", .present), record("m2", .present), record("m3", .excused, proxy: "m1"),
            record("m4", .excused, proxy: "m2"), record("m5", .excused),
        ]
        let summary = AttendanceSummary(council: council, records: records)
        #expect(summary.present.map(\.id) == ["m1", "m2"])
        #expect(summary.represented.map { "\($0.giver.id)>\($0.holder.id)" } == ["m3>m1", "m4>m2"])
        #expect(summary.excused.map(\.id) == ["m5"])
        #expect(summary.absent.isEmpty)
        #expect(summary.required == 3)
        #expect(!summary.quorumReached)
    }

    @Test("a pouvoir whose holder is no longer present is not counted as represented")
    func lapsed() {
        let records = [record("m1", .absent), record("m3", .excused, proxy: "m1")]
        let summary = AttendanceSummary(council: council, records: records)
        #expect(summary.represented.isEmpty)
        #expect(summary.excused.map(\.id) == ["m3"])
    }
}

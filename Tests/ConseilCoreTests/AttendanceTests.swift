import ConseilCore
import Testing

@Suite("Attendance and quorum")
struct AttendanceTests {
    func council(_ size: Int, percent: Int? = nil) -> Council {
        var council = Council(
            name: "CLN", members: (1...size).map { Member(id: "m\($0)", name: "Membre \($0)", role: .member) }
        )
        council.quorumPercent = percent
        return council
    }

    func record(_ member: String, _ status: AttendanceStatus) -> Attendance {
        Attendance(member: member, status: status, at: Fixture.now, by: "secr")
    }

    @Test(
        "quorum is strictly more than the share of members",
        arguments: [(5, nil, 3), (4, nil, 3), (6, nil, 4), (1, nil, 1), (10, 33, 4), (3, 0, 1), (9, 66, 6)])
    func required(members: Int, percent: Int?, required: Int) {
        #expect(council(members, percent: percent).quorumRequired == required)
    }

    @Test("members without a record are absent; the last record counts")
    func summary() {
        let records = [
            record("m1", .present), record("m2", .present), record("m3", .excused), record("m2", .absent),
            record("m4", .present), record("inconnu", .present),
        ]
        let summary = AttendanceSummary(council: council(5), records: records)
        #expect(summary.present.map(\.id) == ["m1", "m4"])
        #expect(summary.excused.map(\.id) == ["m3"])
        #expect(summary.absent.map(\.id) == ["m2", "m5"])
        #expect(summary.required == 3)
        #expect(!summary.quorumReached)
    }

    @Test("quorum is reached at the required number exactly")
    func reached() {
        let summary = AttendanceSummary(
            council: council(5), records: ["m1", "m2", "m3"].map { record($0, .present) })
        #expect(summary.quorumReached)
    }

    @Test(
        "attendance statuses parse in French or English, with or without accents and agreement",
        arguments: [
            ("present", AttendanceStatus.present), ("Présent", .present), ("présente", .present),
            ("excusé", .excused), ("Excusée", .excused), ("excuse", .excused), ("excused", .excused),
            ("absent", .absent), ("absente", .absent), (" ABSENT ", .absent),
        ])
    func parse(text: String, status: AttendanceStatus) throws {
        #expect(try AttendanceStatus.parse(text) == status)
    }

    @Test("an unknown attendance status is refused")
    func parseUnknown() {
        let error = #expect(throws: ConseilError.self) { try AttendanceStatus.parse("malade") }
        #expect(error?.message.fr.contains("present, excuse ou absent") == true)
    }
}

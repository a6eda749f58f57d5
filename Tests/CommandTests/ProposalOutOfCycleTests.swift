import Foundation
import Testing

/// An event file that skips the lifecycle (fault F6), written by hand or arriving by sync, is
/// left out of the proposal's history and named by `check`.
@Suite struct ProposalOutOfCycleTests {
    @Test func doneAfterRejectedIsLeftOutAndReported() throws {
        let council = try Scenario().council
        let secretary = Scenario.secretary
        let proposal = try council.newId(
            ["proposal", "add", "--title", "Un tiers-lieu numérique"], as: secretary,
            now: "2017-11-17T10:00:00Z")
        try council.succeed(
            ["proposal", "status", proposal, "a-l-etude"], as: secretary, now: "2017-12-01T18:00:00Z")
        try council.succeed(
            ["proposal", "status", proposal, "rejetee"], as: secretary, now: "2018-01-15T18:00:00Z")
        let events = "proposals/\(proposal)/events/"
        let snapshot = try council.snapshot()
        let (rejected, bytes) = try #require(
            snapshot.first {
                $0.key.hasPrefix(events) && String(decoding: $0.value, as: UTF8.self).contains("rejetee")
            })
        let id = String(rejected.dropFirst(events.count).dropLast(5))
        let forgedId = String(id.dropLast()) + (id.hasSuffix("z") ? "y" : "z")
        let forged = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "rejetee", with: "realisee")
            .replacingOccurrences(of: id, with: forgedId)
            .replacingOccurrences(of: "2018-01-15T18:00:00", with: "2018-02-01T18:00:00")
        let forgedFile = events + forgedId + ".json"
        try council.write(forged, to: forgedFile)

        let shown = try council.run(["proposal", "show", proposal, "--json"])
        #expect(shown.status == 0, "\(shown.summary)")
        let record = try shown.jsonObject()
        #expect(record["status"] as? String == "rejected", "\(shown.summary)")
        #expect(record["progress"] as? Int == 0)
        #expect(shown.stderr.contains(forgedFile), "the command warns: \(shown.summary)")

        let check = try council.run(["check"])
        #expect(check.status != 0)
        let all = check.stdout + check.stderr
        #expect(all.contains(forgedFile), "\(check.summary)")
        #expect(all.contains("passage rejetée → réalisée hors du cycle de vie"), "\(check.summary)")
    }
}

import ConseilCore
import Testing

@Suite("Proposal record: history folded into the present state")
struct ProposalRecordTests {
    let proposal = Proposal(
        id: "prop-wifi", title: "Wi-Fi public à la médiathèque", description: ["Installer des bornes."],
        theme: "inclusion", origin: "rapport", owner: "alice", createdAt: Fixture.now, createdBy: "anim")

    func at(_ minutes: Int64) -> Timestamp { Timestamp(seconds: 1_510_911_000 + minutes * 60) }

    func event(
        _ id: String, _ minutes: Int64, _ status: ProposalStatus, progress: Int? = nil, review: String? = nil
    ) -> ProposalEvent {
        ProposalEvent(
            id: id, proposal: proposal.id, at: at(minutes), by: "anim", status: status, progress: progress,
            review: review.map(Fixture.day))
    }

    /// Studied then adopted, the way to « en cours ».
    var started: [ProposalEvent] { [event("s1", 0, .underStudy), event("s2", 0, .adopted)] }

    @Test("events that skip the lifecycle are left out; a follow-up in the same status stays")
    func outOfCycle() {
        let rejected = [event("e1", 1, .underStudy), event("e2", 2, .rejected), event("e3", 3, .rejected)]
        let forged = event("e4", 4, .done)
        let folded = ProposalHistory.fold(rejected + [forged])
        #expect(folded.kept == rejected)
        #expect(folded.leftOut.map(\.event) == [forged] && folded.leftOut.map(\.from) == [.rejected])
        #expect(folded.leftOut.first?.reason.fr == "passage rejetée → réalisée hors du cycle de vie")
        let record = ProposalRecord(proposal: proposal, events: rejected + [forged])
        #expect(record.status == .rejected && record.progress == 0)
    }

    @Test("a new proposal is submitted, at 0 %, with no review date")
    func fresh() {
        let record = ProposalRecord(proposal: proposal, events: [])
        #expect(record.status == .submitted)
        #expect(record.progress == 0)
        #expect(record.nextReview == nil)
        #expect(record.updatedAt == Fixture.now)
    }

    @Test("events fold in time order, whatever order they are read in")
    func folding() {
        let events = [
            event("e3", 30, .inProgress, progress: 40),
            event("e1", 10, .underStudy, review: "2018-01-15"),
            event("e4", 40, .inProgress),
            event("e2", 20, .adopted, review: "2018-03-01"),
        ]
        let record = ProposalRecord(proposal: proposal, events: events)
        #expect(record.history.map(\.id) == ["e1", "e2", "e3", "e4"])
        #expect(record.status == .inProgress)
        // The last event without progress keeps the last progress given.
        #expect(record.progress == 40)
        #expect(record.nextReview == Fixture.day("2018-03-01"))
        #expect(record.updatedAt == at(40))
    }

    @Test("events at the same moment order by id")
    func sameMoment() {
        let record = ProposalRecord(
            proposal: proposal, events: [event("b", 5, .adopted), event("a", 5, .underStudy)])
        #expect(record.history.map(\.id) == ["a", "b"])
        #expect(record.status == .adopted)
    }

    @Test("a done proposal is at 100 %")
    func done() {
        let record = ProposalRecord(
            proposal: proposal,
            events: started + [event("e1", 1, .inProgress, progress: 60), event("e2", 2, .done)])
        #expect(record.progress == 100)
    }

    @Test("a change appends an event; réalisée records 100")
    func change() throws {
        let record = ProposalRecord(
            proposal: proposal, events: started + [event("e1", 1, .inProgress, progress: 60)])
        let next = try record.change(
            to: .done, note: "Bornes posées", progress: nil, review: nil, session: "2018-02-01-seance",
            eventId: "e2", at: at(2), by: "bob")
        #expect(next.status == .done)
        #expect(next.progress == 100)
        #expect(next.proposal == "prop-wifi")
        #expect(next.note == "Bornes posées")
        #expect(next.session == "2018-02-01-seance")
        #expect(next.by == "bob" && next.at == at(2) && next.id == "e2")
        let folded = ProposalRecord(proposal: proposal, events: record.history + [next])
        #expect(folded.status == .done && folded.progress == 100)
    }

    @Test("a move the lifecycle forbids is refused")
    func forbidden() {
        let record = ProposalRecord(proposal: proposal, events: [])
        let error = #expect(throws: ConseilError.self) {
            try record.change(
                to: .adopted, note: nil, progress: nil, review: nil, session: nil, eventId: "e1", at: at(1),
                by: "anim")
        }
        #expect(error?.message.fr.contains("a-l-etude") == true)
    }

    @Test("the same status again is a follow-up and needs something to record")
    func followUp() throws {
        let record = ProposalRecord(
            proposal: proposal, events: started + [event("e1", 1, .inProgress, progress: 20)])
        let error = #expect(throws: ConseilError.self) {
            try record.change(
                to: .inProgress, note: nil, progress: nil, review: nil, session: nil, eventId: "e2",
                at: at(2),
                by: "anim")
        }
        #expect(error?.message.fr.contains("déjà « en cours »") == true)
        let withNote = try record.change(
            to: .inProgress, note: "RAS", progress: nil, review: nil, session: nil, eventId: "e2", at: at(2),
            by: "anim")
        #expect(withNote.status == .inProgress && withNote.progress == nil)
        let withProgress = try record.change(
            to: .inProgress, note: nil, progress: 55, review: nil, session: nil, eventId: "e2", at: at(2),
            by: "anim")
        #expect(withProgress.progress == 55)
        let withReview = try record.change(
            to: .inProgress, note: nil, progress: nil, review: Fixture.day("2018-06-01"), session: nil,
            eventId: "e2", at: at(2), by: "anim")
        #expect(
            ProposalRecord(proposal: proposal, events: record.history + [withReview]).nextReview
                == Fixture.day("2018-06-01"))
    }

    @Test("progress must be within 0…100", arguments: [-1, 101, 1000, Int.min])
    func progressOutOfRange(progress: Int) {
        let record = ProposalRecord(proposal: proposal, events: started)
        let error = #expect(throws: ConseilError.self) {
            try record.change(
                to: .inProgress, note: nil, progress: progress, review: nil, session: nil, eventId: "e2",
                at: at(2), by: "anim")
        }
        #expect(error?.message.fr.contains("entre 0 et 100") == true)
    }

    @Test("progress bounds themselves are accepted", arguments: [0, 100])
    func progressBounds(progress: Int) throws {
        let record = ProposalRecord(proposal: proposal, events: started)
        let next = try record.change(
            to: .inProgress, note: nil, progress: progress, review: nil, session: nil, eventId: "e2",
            at: at(2),
            by: "anim")
        #expect(next.progress == progress)
    }
}

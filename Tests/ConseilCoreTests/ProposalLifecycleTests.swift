import ConseilCore
import Testing

@Suite("Proposal statuses: names and the lifecycle")
struct ProposalLifecycleTests {
    /// The lifecycle of DESIGN.md §6, written out independently of the code under test.
    static let allowed: [ProposalStatus: Set<ProposalStatus>] = [
        .submitted: [.underStudy],
        .underStudy: [.adopted, .rejected, .postponed],
        .postponed: [.underStudy],
        .adopted: [.inProgress, .abandoned],
        .inProgress: [.done, .abandoned],
        .rejected: [], .done: [], .abandoned: [],
    ]

    @Test(
        "statuses parse from French, folded, hyphenated or English",
        arguments: [
            ("adoptée", ProposalStatus.adopted), ("Adoptee", .adopted), ("ADOPTÉE", .adopted),
            ("à l'étude", .underStudy), ("À l’étude", .underStudy), ("a-l-etude", .underStudy),
            ("under study", .underStudy), ("en cours", .inProgress), ("en-cours", .inProgress),
            ("In progress", .inProgress), ("réalisée", .done), ("done", .done), ("déposée", .submitted),
            ("rejetée", .rejected), ("reportée", .postponed), ("abandonnée", .abandoned),
            ("  adoptée ", .adopted),
        ])
    func parse(text: String, status: ProposalStatus) throws {
        #expect(try ProposalStatus.parse(text) == status)
    }

    @Test("an unknown status is refused with the list of statuses")
    func parseUnknown() {
        for text in ["finie", "", "adopt", "\u{1B}]0;x\u{07}"] {
            let error = #expect(throws: ConseilError.self, "\(text)") { try ProposalStatus.parse(text) }
            #expect(error?.message.fr.contains("statut inconnu") == true)
            #expect(error?.message.fr.contains("deposee, a-l-etude, adoptee") == true)
            #expect(error?.message.fr.unicodeScalars.contains { $0.value == 0x1B } == false)
        }
    }

    @Test("every raw value and name parses back to its status", arguments: ProposalStatus.allCases)
    func rawValues(status: ProposalStatus) throws {
        #expect(try ProposalStatus.parse(status.rawValue) == status)
        #expect(try ProposalStatus.parse(status.name.fr) == status)
        #expect(try ProposalStatus.parse(status.name.en) == status)
    }

    @Test("every move is allowed or refused as the lifecycle says", arguments: ProposalStatus.allCases)
    func moves(from: ProposalStatus) throws {
        let allowed = try #require(Self.allowed[from])
        #expect(Set(from.next) == allowed)
        for target in ProposalStatus.allCases where target != from {
            if allowed.contains(target) {
                #expect(throws: Never.self, "\(from) → \(target)") { try from.checkMove(to: target) }
            } else {
                let error = #expect(throws: ConseilError.self, "\(from) → \(target)") {
                    try from.checkMove(to: target)
                }
                #expect(error?.message.fr.contains("passage impossible") == true)
            }
        }
    }

    @Test("a refusal names the possible statuses, or says the status is final")
    func refusalMessages() {
        let fromStudy = #expect(throws: ConseilError.self) {
            try ProposalStatus.underStudy.checkMove(to: .done)
        }
        #expect(
            fromStudy?.message.fr.contains("adoptee (adoptée), rejetee (rejetée), reportee (reportée)")
                == true)
        #expect(fromStudy?.message.en.contains("adoptee (adopted)") == true)
        for final in [ProposalStatus.rejected, .done, .abandoned] {
            #expect(final.next.isEmpty)
            let error = #expect(throws: ConseilError.self) { try final.checkMove(to: .underStudy) }
            #expect(error?.message.fr.contains("ce statut est final") == true)
            #expect(error?.message.en.contains("this status is final") == true)
        }
    }

    @Test("a postponed proposal can come back for study, and go the whole way")
    func fullPath() throws {
        var status = ProposalStatus.submitted
        for next in [ProposalStatus.underStudy, .postponed, .underStudy, .adopted, .inProgress, .done] {
            try status.checkMove(to: next)
            status = next
        }
        #expect(status == .done)
    }
}

import Testing

@testable import ConseilCore

@Suite("Shared checks: known members, agenda titles and durations")
struct ValidationTests {
    @Test func anUnknownMemberIsAnErrorThatSaysWhereToLook() throws {
        let council = Council(name: "C", members: [Member(id: "alice", name: "Alice", role: .member)])
        #expect(try council.requireMember("alice").name == "Alice")
        #expect(throws: ConseilError.self) { try council.requireMember("bob") }
        do {
            _ = try council.requireMember("b\u{1B}[2J")
        } catch let error as ConseilError {
            #expect(error.message.fr.contains("conseil member list"))
            #expect(!error.message.fr.unicodeScalars.contains { InertText.isDangerous($0) })
        }
    }

    @Test func agendaTitlesAreTidiedAndBounded() throws {
        #expect(try AgendaItem.checkedTitle("  Tiers-lieux   et  médiation ") == "Tiers-lieux et médiation")
        #expect(throws: ConseilError.self) { try AgendaItem.checkedTitle("   ") }
        #expect(throws: ConseilError.self) { try AgendaItem.checkedTitle(String(repeating: "a", count: 201)) }
        try AgendaItem.checkDuration(nil)
        try AgendaItem.checkDuration(1440)
        #expect(throws: ConseilError.self) { try AgendaItem.checkDuration(0) }
        #expect(throws: ConseilError.self) { try AgendaItem.checkDuration(1441) }
    }
}

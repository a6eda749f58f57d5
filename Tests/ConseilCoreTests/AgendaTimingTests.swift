import ConseilCore
import Testing

@Suite("Agenda items: order and time spent")
struct AgendaTimingTests {
    func item(_ id: String, position: Int, duration: Int? = 10) -> AgendaItem {
        AgendaItem(id: id, session: "s", title: id, position: position, duration: duration, presenter: nil)
    }

    func at(_ seconds: Int64) -> Timestamp { Timestamp(seconds: 1_510_911_000 + seconds) }

    @Test("items order by position, then id")
    func order() {
        let items = [item("c", position: 2), item("b", position: 1), item("a", position: 2)]
        #expect(AgendaItem.sorted(items).map(\.id) == ["b", "a", "c"])
    }

    @Test("time spent adds running periods; finishing stops the clock")
    func spent() {
        var agenda = item("a", position: 1)
        #expect(agenda.spent(at: at(100)) == 0)
        agenda.start(at: at(0))
        #expect(agenda.spent(at: at(90)) == 90)
        // Starting again while running does not reset the clock.
        agenda.start(at: at(60))
        #expect(agenda.spent(at: at(90)) == 90)
        agenda.finish(at: at(120))
        #expect(agenda.state == .done)
        #expect(agenda.spent(at: at(10_000)) == 120)
        agenda.start(at: at(200))
        #expect(agenda.spent(at: at(230)) == 150)
        // A clock that went back does not remove time.
        #expect(agenda.spent(at: at(100)) == 120)
    }

    @Test("over time only past the planned duration")
    func overTime() {
        var agenda = item("a", position: 1, duration: 10)
        agenda.start(at: at(0))
        #expect(!agenda.isOverTime(at: at(600)))
        #expect(agenda.isOverTime(at: at(601)))
        var open = item("b", position: 2, duration: nil)
        open.start(at: at(0))
        #expect(!open.isOverTime(at: at(100_000)))
    }
}

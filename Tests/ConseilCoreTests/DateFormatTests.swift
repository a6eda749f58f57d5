import ConseilCore
import Testing

@Suite("Dates and durations as people read them")
struct DateFormatTests {
    @Test(
        "long dates",
        arguments: [
            ("2017-11-17", "17 novembre 2017", "17 November 2017"),
            ("2020-05-01", "1er mai 2020", "1 May 2020"),
            ("2021-08-02", "2 août 2021", "2 August 2021"),
            ("2022-02-11", "11 février 2022", "11 February 2022"),
            ("2019-12-31", "31 décembre 2019", "31 December 2019"),
            ("2018-01-21", "21 janvier 2018", "21 January 2018"),
        ])
    func longDay(text: String, french: String, english: String) {
        #expect(DateFormat.long(Fixture.day(text), .fr) == french)
        #expect(DateFormat.long(Fixture.day(text), .en) == english)
    }

    @Test("a moment reads as its day and its clock")
    func longTime() throws {
        #expect(DateFormat.long(Fixture.now, .fr) == "17 novembre 2017 à 09:30")
        #expect(DateFormat.long(Fixture.now, .en) == "17 November 2017 at 09:30")
        let first = try #require(Timestamp(iso8601: "2020-05-01T00:05:59Z"))
        #expect(DateFormat.long(first, .fr) == "1er mai 2020 à 00:05")
    }

    @Test(
        "timers", arguments: [(0, "0:00"), (65, "1:05"), (725, "12:05"), (3725, "1:02:05"), (-30, "-0:30")])
    func timer(seconds: Int, text: String) {
        #expect(DateFormat.timer(seconds: seconds) == text)
    }

    @Test(
        "durations in minutes", arguments: [(45, "45 min"), (60, "1 h 00"), (90, "1 h 30"), (125, "2 h 05")])
    func minutes(minutes: Int, text: String) {
        #expect(DateFormat.minutes(minutes) == text)
    }
}

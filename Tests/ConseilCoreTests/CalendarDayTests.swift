import ConseilCore
import Foundation
import Testing

@Suite("Calendar days: strict YYYY-MM-DD")
struct CalendarDayTests {
    @Test(
        "valid days parse and print back",
        arguments: ["2017-11-17", "2024-02-29", "2000-02-29", "1970-01-01", "2023-12-31"])
    func valid(text: String) throws {
        let day = try #require(CalendarDay(text))
        #expect(day.description == text)
    }

    @Test(
        "impossible or loosely written days are refused",
        arguments: [
            "2023-02-29", "1900-02-29", "2017-11-31", "2017-04-31", "2017-13-01", "2017-00-10", "2017-11-00",
            "2017-1-17", "2017-01-7", "17-11-2017", "2017/11/17", "2017-11-17 ", " 2017-11-17",
            "2017-11-17T00",
            "２０１７-11-17", "+017-11-17", "2017--1-17", "", "aaaa-bb-cc",
        ])
    func invalid(text: String) {
        #expect(CalendarDay(text) == nil)
    }

    @Test("fields are read as numbers")
    func fields() throws {
        let day = try #require(CalendarDay("2024-02-29"))
        #expect(day.year == 2024 && day.month == 2 && day.day == 29)
    }

    @Test("days since 1970 and back")
    func epochDays() throws {
        #expect(CalendarDay("1970-01-01")?.daysSinceEpoch == 0)
        #expect(CalendarDay("2000-03-01")?.daysSinceEpoch == 11_017)
        #expect(CalendarDay("1969-12-31")?.daysSinceEpoch == -1)
        #expect(CalendarDay(daysSinceEpoch: 17_487).description == "2017-11-17")
        for text in ["1600-02-29", "1969-12-31", "2024-02-29", "2024-03-01", "2100-02-28", "2400-02-29"] {
            let day = try #require(CalendarDay(text))
            #expect(CalendarDay(daysSinceEpoch: day.daysSinceEpoch) == day)
        }
        // Consecutive days are consecutive numbers, across a leap day.
        let leap = try #require(CalendarDay("2024-02-29"))
        #expect(CalendarDay(daysSinceEpoch: leap.daysSinceEpoch + 1).description == "2024-03-01")
    }

    @Test("days order by date")
    func ordering() throws {
        let days = ["2018-01-02", "2017-12-31", "2017-02-01"].compactMap(CalendarDay.init)
        #expect(days.sorted().map(\.description) == ["2017-02-01", "2017-12-31", "2018-01-02"])
    }

    @Test("parse throws a message with the expected format, made inert")
    func parseMessage() {
        let error = #expect(throws: ConseilError.self) {
            try CalendarDay.parse("17/11/2017\u{1B}[2J", what: Localized(fr: "la séance", en: "the session"))
        }
        #expect(error?.message.fr.contains("date invalide pour la séance") == true)
        #expect(error?.message.fr.contains("AAAA-MM-JJ") == true)
        #expect(error?.message.en.contains("YYYY-MM-DD") == true)
        #expect(error?.message.fr.unicodeScalars.contains { $0.value == 0x1B } == false)
    }

    @Test("JSON stores the text form and refuses an invalid one")
    func codable() throws {
        let data = try JSONEncoder().encode([Fixture.day("2024-02-29")])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2024-02-29\"]")
        #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [Fixture.day("2024-02-29")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDay].self, from: Data("[\"2023-02-29\"]".utf8))
        }
    }
}

import ConseilCore
import Foundation
import Testing

@Suite("Timestamps: ISO 8601 in UTC")
struct TimestampTests {
    @Test("ISO text round trip, day and seconds of the day")
    func roundTrip() throws {
        let time = try #require(Timestamp(iso8601: "2017-11-17T09:30:00Z"))
        #expect(time.milliseconds == 1_510_911_000_000)
        #expect(time.description == "2017-11-17T09:30:00Z")
        #expect(Timestamp(iso8601: time.description) == time)
        #expect(time.day == Fixture.day("2017-11-17"))
        #expect(time.secondsOfDay == 9 * 3600 + 30 * 60)
    }

    @Test("accepted spellings: fraction, +00:00, a space for T")
    func spellings() {
        #expect(Timestamp(iso8601: "2017-11-17T09:30:00.5Z")?.milliseconds == 1_510_911_000_500)
        #expect(Timestamp(iso8601: "2017-11-17T09:30:00.123456Z")?.milliseconds == 1_510_911_000_123)
        #expect(Timestamp(iso8601: "2017-11-17T09:30:00+00:00")?.milliseconds == 1_510_911_000_000)
        #expect(Timestamp(iso8601: "2017-11-17 09:30:00Z")?.milliseconds == 1_510_911_000_000)
    }

    @Test(
        "other zones and malformed times are refused",
        arguments: [
            "2017-11-17T09:30:00+01:00", "2017-11-17T09:30:00", "2017-11-17T24:00:00Z",
            "2017-11-17T09:60:00Z",
            "2017-11-17T09:30:00.Z", "2017-11-17T09-30-00Z", "2023-02-29T09:30:00Z", "2017-11-17X09:30:00Z",
            "2017-11-17T09:30:00z", "", "2017-11-17", "2017-11-17T-1:30:00Z", "2017-11-17T+9:30:00Z",
            "2017-11-17T09:-5:00Z", "2017-11-17T09:30:+1Z", "2017-11-17T 9:30:00Z",
        ])
    func refused(text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test("times before 1970 keep the right day and time")
    func beforeEpoch() {
        let time = Timestamp(seconds: -1)
        #expect(time.day == Fixture.day("1969-12-31"))
        #expect(time.secondsOfDay == 86_399)
        #expect(time.description == "1969-12-31T23:59:59Z")
        #expect(Timestamp(iso8601: "1969-12-31T23:59:59Z") == time)
        #expect(Timestamp(milliseconds: -1).secondsOfDay == 86_399)
    }

    @Test("midnight starts the next day")
    func midnight() throws {
        let time = try #require(Timestamp(iso8601: "2024-02-29T23:59:59Z"))
        let next = Timestamp(milliseconds: time.milliseconds + 1000)
        #expect(next.description == "2024-03-01T00:00:00Z")
        #expect(next.secondsOfDay == 0)
        #expect(time < next)
    }

    @Test("JSON stores the ISO text")
    func codable() throws {
        let data = try JSONEncoder().encode([Fixture.now])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2017-11-17T09:30:00Z\"]")
        #expect(try JSONDecoder().decode([Timestamp].self, from: data) == [Fixture.now])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Timestamp].self, from: Data("[\"2017-11-17T09:30:00+02:00\"]".utf8))
        }
    }
}

/// A moment in UTC, stored as ISO 8601 text ("2017-11-17T09:30:00Z") so that files read
/// the same on every machine. Computed by hand: no locale, no time zone database involved.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    public init(seconds: Int64) { self.milliseconds = seconds * 1000 }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.milliseconds < rhs.milliseconds }

    public var day: CalendarDay {
        CalendarDay(daysSinceEpoch: Int(floorDiv(milliseconds, 86_400_000)))
    }

    public var secondsOfDay: Int {
        Int(milliseconds - floorDiv(milliseconds, 86_400_000) * 86_400_000) / 1000
    }

    public var description: String {
        let seconds = secondsOfDay
        // Milliseconds are written only when there are some, so that saving and loading
        // gives back the same value and whole seconds stay short.
        let millis = Int(milliseconds - floorDiv(milliseconds, 1000) * 1000)
        let fraction = millis == 0 ? "" : "." + String(String(millis + 1000).dropFirst())
        return day.description + "T" + pad2(seconds / 3600) + ":" + pad2(seconds / 60 % 60) + ":"
            + pad2(seconds % 60) + fraction + "Z"
    }

    /// Accepts "YYYY-MM-DDTHH:MM:SSZ", with optional fraction, or "+00:00" as the zone.
    public init?(iso8601 text: String) {
        let chars = Array(text.utf8)
        // Digits only in the clock: Int() alone would take "-1" or "+9" as an hour.
        let isDigit = { (index: Int) in chars[index] >= UInt8(ascii: "0") && chars[index] <= UInt8(ascii: "9")
        }
        guard chars.count >= 20, chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: " "),
            [11, 12, 14, 15, 17, 18].allSatisfy(isDigit),
            let day = CalendarDay(String(decoding: chars[0..<10], as: UTF8.self)),
            let hour = Int(String(decoding: chars[11..<13], as: UTF8.self)),
            let minute = Int(String(decoding: chars[14..<16], as: UTF8.self)),
            let second = Int(String(decoding: chars[17..<19], as: UTF8.self)),
            chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":"),
            hour < 24, minute < 60, second < 61
        else { return nil }
        var rest = chars[19...]
        var millis = 0
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            var digits = 0
            while let digit = rest.first, digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") {
                if digits < 3 { millis = millis * 10 + Int(digit - UInt8(ascii: "0")) }
                digits += 1
                rest = rest.dropFirst()
            }
            guard digits > 0 else { return nil }
            if digits < 3 { for _ in 0..<(3 - digits) { millis *= 10 } }
        }
        let zone = String(decoding: rest, as: UTF8.self)
        guard zone == "Z" || zone == "+00:00" else { return nil }
        let seconds = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.milliseconds = seconds * 1000 + Int64(millis)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Timestamp(iso8601: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 UTC time: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

func floorDiv(_ value: Int64, _ divisor: Int64) -> Int64 {
    value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
}

func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

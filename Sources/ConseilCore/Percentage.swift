/// A share of a base in hundredths of a percent, computed in integers:
/// count × 100 / base, rounded half up to two decimals (17/32 → 53,13 %).
public struct Percentage: Sendable, Hashable, Comparable {
    public let hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    /// Nil when the base is zero: no percentage can honestly be given.
    public init?(count: Int, base: Int) {
        guard base > 0, count >= 0 else { return nil }
        // round(count × 10000 / base) half up == floor((2 × count × 10000 + base) / (2 × base)),
        // in 128 bits: counts come from files, and no count may make the arithmetic trap.
        let wide = (Int128(count) * 20_000 + Int128(base)) / (2 * Int128(base))
        hundredths = Int(clamping: wide)
    }

    public static func < (lhs: Percentage, rhs: Percentage) -> Bool { lhs.hundredths < rhs.hundredths }

    /// "44,12 %" in French, "44.12%" in English.
    public func formatted(_ language: Language) -> String {
        let whole = hundredths / 100
        let fraction = hundredths % 100
        let fractionText = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        switch language {
        case .fr: return "\(NumberFormat.integer(whole, .fr)),\(fractionText) %"
        case .en: return "\(NumberFormat.integer(whole, .en)).\(fractionText)%"
        }
    }

    /// The JSON number, 44.12, written from the integers so that no float rounding shows.
    public var decimalText: String {
        let fraction = hundredths % 100
        if fraction == 0 { return "\(hundredths / 100)" }
        let text = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        return "\(hundredths / 100)." + (text.hasSuffix("0") ? String(text.dropLast()) : text)
    }

    /// A signed change in percentage points between two rounds: "+12,50 pts".
    public static func formattedChange(_ hundredths: Int, _ language: Language) -> String {
        let sign = hundredths > 0 ? "+" : hundredths < 0 ? "−" : "±"
        let magnitude = Percentage(hundredths: abs(hundredths)).formatted(language)
        let number = magnitude.replacingSuffix(language == .fr ? " %" : "%")
        return sign + number + (language == .fr ? " pts" : " pts")
    }
}

enum NumberFormat {
    /// Thousands grouped with a space in French ("10 000"), a comma in English ("10,000").
    static func integer(_ value: Int, _ language: Language) -> String {
        // The magnitude, not abs(): abs(Int.min) traps, and values come from files.
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: language == .fr ? " " : ",")
    }
}

extension String {
    func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}

public enum Numbers {
    public static func formatted(_ value: Int, _ language: Language) -> String {
        NumberFormat.integer(value, language)
    }
}

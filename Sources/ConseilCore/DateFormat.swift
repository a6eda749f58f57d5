/// Dates and durations as people read them: "17 novembre 2017", "1 h 05 min".
public enum DateFormat {
    private static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ]
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    public static func long(_ day: CalendarDay, _ language: Language) -> String {
        switch language {
        case .fr: return (day.day == 1 ? "1er" : "\(day.day)") + " \(frenchMonths[day.month - 1]) \(day.year)"
        case .en: return "\(day.day) \(englishMonths[day.month - 1]) \(day.year)"
        }
    }

    /// "17 novembre 2017 à 09:30" (UTC as stored; the clock of the room is the machine's).
    public static func long(_ time: Timestamp, _ language: Language) -> String {
        let seconds = time.secondsOfDay
        let clock = pad2(seconds / 3600) + ":" + pad2(seconds / 60 % 60)
        return long(time.day, language) + (language == .fr ? " à " : " at ") + clock
    }

    /// Minutes and seconds of a timer: "12:05", or "1:02:05" past an hour.
    public static func timer(seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : ""
        let value = abs(seconds)
        if value >= 3600 { return sign + "\(value / 3600):" + pad2(value / 60 % 60) + ":" + pad2(value % 60) }
        return sign + "\(value / 60):" + pad2(value % 60)
    }

    /// "45 min", "1 h 30".
    public static func minutes(_ minutes: Int) -> String {
        minutes >= 60 ? "\(minutes / 60) h " + pad2(minutes % 60) : "\(minutes) min"
    }
}

/// Text typed by anyone is made inert before it reaches a terminal: C0 and C1 control
/// characters, DEL and the bidirectional overrides are replaced by visible stand-ins, so an
/// escape sequence can neither move the cursor, retitle a window nor reverse a line.
public enum InertText {
    public static func make(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isDangerous) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isDangerous(scalar) else {
                result.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x00...0x1F:
                // The Control Pictures block shows ESC as ␛, CR as ␍, and so on.
                result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                result.append("\u{2421}")
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result.append(
                    contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>"
                        .unicodeScalars)
            }
        }
        return String(result)
    }

    public static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return isBidiControl(scalar)
        }
    }

    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true
        default: return false
        }
    }

    /// Characters that show nothing: the bidirectional controls, zero-width spaces and joiners,
    /// the invisible operators and the byte-order mark. An answer keeps none of them, so two
    /// answers that look the same are the same, and none looks empty or reversed.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0x2060...0x2064, 0xFEFF: return true
        default: return isBidiControl(scalar)
        }
    }

    public static func droppingInvisible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isInvisible($0) }))
    }
}

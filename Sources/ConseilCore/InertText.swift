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
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true
        default: return false
        }
    }
}

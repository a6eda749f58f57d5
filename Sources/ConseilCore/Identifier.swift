/// Ids name files and folders, so they are checked against a strict pattern before any use:
/// lowercase ASCII letters, digits and inner hyphens, 1 to 64 characters.
public enum Identifier {
    public static let maxLength = 64

    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
        guard bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        }
    }

    public static func validated(_ id: String, what: Localized) throws -> String {
        guard isValid(id) else {
            throw ConseilError(
                fr: "identifiant de \(what.fr) invalide : « \(InertText.make(id)) » "
                    + "(lettres minuscules, chiffres et tirets, 64 caractères au plus)",
                en: "invalid \(what.en) id: “\(InertText.make(id))” "
                    + "(lowercase letters, digits and hyphens, at most 64 characters)")
        }
        return id
    }

    private static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// A new id that sorts by creation time: a prefix, the time in base 36 (fixed width),
    /// and random characters so that two machines never pick the same id.
    public static func make(prefix: String, at time: Timestamp, random: inout some RandomNumberGenerator)
        -> String
    {
        var value = UInt64(max(0, time.milliseconds))
        var timePart = [UInt8](repeating: alphabet[0], count: 9)
        for index in stride(from: 8, through: 0, by: -1) {
            timePart[index] = alphabet[Int(value % 36)]
            value /= 36
        }
        let randomPart = (0..<4).map { _ in alphabet[Int(random.next() % 36)] }
        return prefix + String(decoding: timePart, as: UTF8.self)
            + String(decoding: randomPart, as: UTF8.self)
    }

    /// A key that says nothing but is unique in practice (36^20 values): anonymous ballots.
    public static func random(length: Int, random: inout some RandomNumberGenerator) -> String {
        String(decoding: (0..<length).map { _ in alphabet[Int(random.next() % 36)] }, as: UTF8.self)
    }

    /// A readable, path-safe fragment of a title: "Séminaire à Rennes" → "seminaire-a-rennes".
    public static func slug(_ text: String, maxLength: Int = 40) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in TextFolding.foldAccentsAndCase(text).unicodeScalars {
            let isAlnum = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isAlnum {
                // A hyphen comes with the next character: room for both, or stop here,
                // otherwise the slug would be one character over `maxLength`.
                if pendingHyphen && !result.isEmpty {
                    if result.count + 2 > maxLength { break }
                    result.append("-")
                }
                result.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
            if result.count >= maxLength { break }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}

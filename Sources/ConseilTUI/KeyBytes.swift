/// The bytes a terminal sends, read one at a time when the locale is not UTF-8 (`LANG=C`):
/// a UTF-8 sequence becomes its character (« é » typed in a UTF-8 terminal still arrives),
/// and a byte that starts no valid sequence is read as Latin-1 (a Latin-1 terminal's « é »).
struct KeyBytes {
    private var pending: [UInt8] = []

    /// The characters complete once `byte` is in.
    mutating func feed(_ byte: UInt8) -> [Character] {
        if pending.isEmpty {
            if byte < 0x80 { return [Character(Unicode.Scalar(byte))] }
            if Self.length(lead: byte) > 1 {
                pending = [byte]
                return []
            }
            return [Self.latin1(byte)]
        }
        guard byte & 0xC0 == 0x80 else {
            // Not a continuation: what waited was Latin-1, and this byte starts afresh.
            return flush() + feed(byte)
        }
        pending.append(byte)
        guard pending.count == Self.length(lead: pending[0]) else { return [] }
        defer { pending = [] }
        guard let text = String(validating: pending, as: UTF8.self), let character = text.first else {
            return pending.map(Self.latin1)
        }
        return [character]
    }

    /// The bytes still waiting, as Latin-1: when no more bytes come.
    mutating func flush() -> [Character] {
        defer { pending = [] }
        return pending.map(Self.latin1)
    }

    private static func length(lead byte: UInt8) -> Int {
        switch byte {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 1
        }
    }

    private static func latin1(_ byte: UInt8) -> Character { Character(Unicode.Scalar(byte)) }
}

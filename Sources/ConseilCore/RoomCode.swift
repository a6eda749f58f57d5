/// The short codes typed on a phone: the room code and the members' personal voting codes.
/// Letters and digits that cannot be confused when read aloud or from a screen: no O/0, no I/1.
public enum RoomCode {
    public static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    public static func make(length: Int, random: inout some RandomNumberGenerator) -> String {
        String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
    }

    /// What a person typed, as a code: upper case, without spaces or dashes.
    public static func normalise(_ typed: String) -> String {
        String(typed.uppercased().filter { $0 != " " && $0 != "-" })
    }

    public static func isWellFormed(_ code: String, length: Int) -> Bool {
        code.count == length && code.allSatisfy(alphabet.contains)
    }
}

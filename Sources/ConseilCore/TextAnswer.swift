/// One free-text answer as shown, with the key the facilitator hides it by. The key comes from
/// the text itself (FNV-1a), so it needs no change to the ballots and stays the same on every
/// machine; identical answers share it and are hidden together.
public struct TextAnswer: Sendable, Equatable {
    public let key: String
    public let text: String

    public init(_ text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        key = "t" + String(repeating: "0", count: 16 - hex.count) + hex
        self.text = text
    }
}

/// The raw bytes of a git tree object: `<mode> <name>\0<binary id>` entries, one after another.
enum TreeObject {
    /// The names in one tree that git itself never writes: a name with a slash, or a name listed
    /// twice. A remote that holds them was crafted by hand.
    static func badNames(_ bytes: [UInt8], idLength: Int) -> [String] {
        var seen = Set<[UInt8]>()
        var bad: [String] = []
        var index = 0
        while index < bytes.count {
            guard let space = bytes[index...].firstIndex(of: 0x20),
                let nul = bytes[space...].firstIndex(of: 0)
            else { break }
            let name = Array(bytes[(space + 1)..<nul])
            if name.contains(0x2F) || !seen.insert(name).inserted {
                bad.append(String(decoding: name, as: UTF8.self))
            }
            index = nul + 1 + idLength
        }
        return bad
    }
}

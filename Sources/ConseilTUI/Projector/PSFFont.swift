/// A bitmap console font in the PC Screen Font format (PSF1 or PSF2, as Debian ships in
/// /usr/share/consolefonts), read from its bytes: each glyph's rows of pixels, and which
/// characters each glyph draws (the font's Unicode table).
struct PSFFont: Sendable {
    let width: Int
    let height: Int
    /// Each glyph as `height` rows of `width` pixels, row-major.
    private let glyphs: [[Bool]]
    private let index: [Character: Int]

    init?(bytes: [UInt8]) {
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        var count = 0
        var bytesPerGlyph = 0
        var start = 0
        var unicodeTable = false
        var psf2 = false
        if bytes.count > 4, bytes[0] == 0x36, bytes[1] == 0x04 {
            width = 8
            height = Int(bytes[3])
            count = bytes[2] & 0x01 != 0 ? 512 : 256
            bytesPerGlyph = height
            start = 4
            unicodeTable = bytes[2] & 0x06 != 0
        } else if bytes.count > 32, bytes[0...3] == [0x72, 0xb5, 0x4a, 0x86] {
            psf2 = true
            start = u32(8)
            unicodeTable = u32(12) & 1 != 0
            count = u32(16)
            bytesPerGlyph = u32(20)
            height = u32(24)
            width = u32(28)
        } else {
            return nil
        }
        let rowBytes = (width + 7) / 8
        guard width > 0, height > 0, count > 0, bytesPerGlyph >= rowBytes * height,
            start + count * bytesPerGlyph <= bytes.count
        else { return nil }
        var glyphs: [[Bool]] = []
        for glyph in 0..<count {
            let base = start + glyph * bytesPerGlyph
            var pixels: [Bool] = []
            for row in 0..<height {
                for column in 0..<width {
                    let byte = bytes[base + row * rowBytes + column / 8]
                    pixels.append(byte & (0x80 >> UInt8(column % 8)) != 0)
                }
            }
            glyphs.append(pixels)
        }
        self.glyphs = glyphs
        var index: [Character: Int] = [:]
        var at = start + count * bytesPerGlyph
        if unicodeTable {
            // One entry per glyph: the characters it draws, then a terminator; sequences of
            // combining characters (after a separator) are skipped.
            for glyph in 0..<count where at < bytes.count {
                var inSequence = false
                if psf2 {
                    var utf8: [UInt8] = []
                    while at < bytes.count, bytes[at] != 0xFF {
                        if bytes[at] == 0xFE { inSequence = true }
                        if !inSequence { utf8.append(bytes[at]) }
                        at += 1
                    }
                    at += 1
                    for character in String(decoding: utf8, as: UTF8.self) where index[character] == nil {
                        index[character] = glyph
                    }
                } else {
                    while at + 1 < bytes.count {
                        let code = Int(bytes[at]) | Int(bytes[at + 1]) << 8
                        at += 2
                        if code == 0xFFFF { break }
                        if code == 0xFFFE { inSequence = true }
                        if !inSequence, let scalar = Unicode.Scalar(code), index[Character(scalar)] == nil {
                            index[Character(scalar)] = glyph
                        }
                    }
                }
            }
        } else {
            // Without a table, glyphs follow the character codes (ASCII at least).
            for code in 32..<min(count, 127) { index[Character(Unicode.Scalar(UInt8(code)))] = code }
        }
        self.index = index
    }

    /// The pixels of the glyph that draws `character`, or nil when the font has none.
    func glyph(_ character: Character) -> [Bool]? {
        index[character].map { glyphs[$0] }
    }
}

/// Case and accent folding that gives the same result on every machine: Unicode canonical
/// decomposition, combining marks dropped, lowercased, and the French ligatures spelled out.
public enum TextFolding {
    public static func foldAccentsAndCase(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMappingPortable.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining diacritical marks
            case 0x0153: result.append(contentsOf: "oe".unicodeScalars)  // œ
            case 0x00E6: result.append(contentsOf: "ae".unicodeScalars)  // æ
            case 0x00DF: result.append(contentsOf: "ss".unicodeScalars)  // ß
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// The accent a letter carries (U+0301 for é), nil for a bare letter: what French
    /// order and the word groups compare once the letters agree.
    public static func accent(of character: Character) -> Unicode.Scalar? {
        String(character).lowercased().decomposedStringWithCanonicalMappingPortable.unicodeScalars.first {
            (0x0300...0x036F).contains($0.value)
        }
    }
}

extension String {
    /// NFD without Foundation: decomposes the Latin letters with accents that French uses,
    /// which is what folding needs; other scalars pass through unchanged.
    var decomposedStringWithCanonicalMappingPortable: String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let pair = LatinDecomposition.table[scalar.value] {
                scalars.append(Unicode.Scalar(pair.base)!)
                scalars.append(Unicode.Scalar(pair.mark)!)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

/// Canonical decompositions of the precomposed Latin-1 and Latin Extended-A lowercase letters.
enum LatinDecomposition {
    static let table: [UInt32: (base: UInt32, mark: UInt32)] = {
        let grave: UInt32 = 0x300, acute: UInt32 = 0x301, circumflex: UInt32 = 0x302
        let tilde: UInt32 = 0x303, diaeresis: UInt32 = 0x308, ring: UInt32 = 0x30A
        let cedilla: UInt32 = 0x327, caron: UInt32 = 0x30C, macron: UInt32 = 0x304
        let a: UInt32 = 0x61, c: UInt32 = 0x63, e: UInt32 = 0x65, i: UInt32 = 0x69
        let n: UInt32 = 0x6E, o: UInt32 = 0x6F, u: UInt32 = 0x75, y: UInt32 = 0x79
        let s: UInt32 = 0x73, z: UInt32 = 0x7A
        return [
            0xE0: (a, grave), 0xE1: (a, acute), 0xE2: (a, circumflex), 0xE3: (a, tilde),
            0xE4: (a, diaeresis), 0xE5: (a, ring), 0xE7: (c, cedilla),
            0xE8: (e, grave), 0xE9: (e, acute), 0xEA: (e, circumflex), 0xEB: (e, diaeresis),
            0xEC: (i, grave), 0xED: (i, acute), 0xEE: (i, circumflex), 0xEF: (i, diaeresis),
            0xF1: (n, tilde), 0xF2: (o, grave), 0xF3: (o, acute), 0xF4: (o, circumflex),
            0xF5: (o, tilde), 0xF6: (o, diaeresis), 0xF9: (u, grave), 0xFA: (u, acute),
            0xFB: (u, circumflex), 0xFC: (u, diaeresis), 0xFD: (y, acute), 0xFF: (y, diaeresis),
            0x101: (a, macron), 0x113: (e, macron), 0x12B: (i, macron), 0x14D: (o, macron),
            0x16B: (u, macron), 0x10D: (c, caron), 0x161: (s, caron), 0x17E: (z, caron),
            0x11B: (e, caron), 0x159: (0x72, caron),
        ]
    }()
}

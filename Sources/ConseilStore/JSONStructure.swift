/// One pass over a JSON text before it is decoded, for what JSONDecoder lets through or words
/// badly: nesting deeper than any record (Foundation says only "not valid JSON" past 512
/// levels), a key given twice in one object (the decoder silently keeps one: two programs
/// could read two different votes from one file), and NUL in a string (`\u0000`), which no
/// text of a council needs and which C strings, git and terminals cut at. It never recurses.
/// Malformed JSON passes: the decoder then says what is wrong with it.
enum JSONStructure {
    enum Flaw: Equatable {
        case tooDeep
        case duplicateKey(String)
        case nul
    }

    static func flaw(in bytes: [UInt8], maxNesting: Int) -> Flaw? {
        // One frame per open object (the keys seen so far) or array (nil).
        var frames: [Set<String>?] = []
        var expectingKey = false
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let (text, end) = string(bytes, from: index + 1) else { return nil }
                if text.contains(0) { return .nul }
                if expectingKey, let last = frames.indices.last, frames[last] != nil {
                    let key = String(decoding: text, as: UTF8.self)
                    guard frames[last]!.insert(key).inserted else { return .duplicateKey(key) }
                }
                expectingKey = false
                index = end
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                frames.append(bytes[index] == UInt8(ascii: "{") ? [] : nil)
                if frames.count > maxNesting { return .tooDeep }
                expectingKey = bytes[index] == UInt8(ascii: "{")
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = frames.popLast()
                expectingKey = false
            case UInt8(ascii: ","):
                if case .some(.some) = frames.last { expectingKey = true }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The UTF-8 of the string whose text starts at `start` (after its opening quote), escapes
    /// decoded, and the index of its closing quote; nil when it does not end.
    private static func string(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int)? {
        var text: [UInt8] = []
        var units: [UInt16] = []  // a run of \u escapes, decoded together for surrogate pairs
        var index = start
        func flushUnits() {
            guard !units.isEmpty else { return }
            text += Array(String(decoding: units, as: UTF16.self).utf8)
            units = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flushUnits()
                return (text, index)
            }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let escaped = bytes[index + 1]
                if escaped == UInt8(ascii: "u"), index + 5 < bytes.count,
                    let unit = UInt16(
                        String(decoding: bytes[index + 2...index + 5], as: UTF8.self), radix: 16)
                {
                    units.append(unit)
                    index += 6
                    continue
                }
                flushUnits()
                let controls: [UInt8: UInt8] = [
                    UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
                    UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
                ]
                text.append(controls[escaped] ?? escaped)
                index += 2
                continue
            }
            flushUnits()
            text.append(byte)
            index += 1
        }
        return nil
    }
}

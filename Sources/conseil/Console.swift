import ArgumentParser
import ConseilCore
import Foundation

enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Through `print`, like every other line of output, so that the order is kept.
    static func write(_ text: String) {
        print(text, terminator: "")
    }

    /// Pretty JSON with sorted keys, for machines.
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(escapingInvisibleControls(String(decoding: try encoder.encode(value), as: UTF8.self)))
    }
}

/// JSONEncoder escapes only characters below U+0020: C1 controls and bidi overrides typed by
/// someone would reach the terminal raw. They can only occur inside JSON strings, where a
/// \u escape keeps the data identical for any JSON reader.
func escapingInvisibleControls(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: { InertText.isDangerous($0) && $0.value >= 0x7F }) else {
        return json
    }
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
        if InertText.isDangerous(scalar) && scalar.value >= 0x7F {
            let hex = String(scalar.value, radix: 16)
            result.append(
                contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        } else {
            result.append(scalar)
        }
    }
    return String(result)
}

/// Runs a command body; a ConseilError becomes a message on stderr and exit status 1.
func runCommand(_ options: GlobalOptions, _ body: (Context) throws -> Void) throws {
    var language = Language.fr
    do {
        let context = try Context(options)
        language = context.language
        try body(context)
    } catch let error as ConseilError {
        Console.error(
            "conseil : " + (language == .fr ? "erreur : " : "error: ") + error.commandLineMessage(language))
        throw ExitCode(1)
    }
}

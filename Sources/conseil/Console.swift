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
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

/// Runs a command body; a ConseilError becomes a message on stderr and exit status 1.
func runCommand(_ options: GlobalOptions, _ body: (Context) throws -> Void) throws {
    var language = Language.fr
    do {
        let context = try Context(options)
        language = context.language
        try body(context)
    } catch let error as ConseilError {
        Console.error("conseil : " + (language == .fr ? "erreur : " : "error: ") + error.message.text(language))
        throw ExitCode(1)
    }
}

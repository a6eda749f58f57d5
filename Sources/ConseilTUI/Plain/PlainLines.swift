import ConseilCore
import Foundation

/// Reads and writes the plain line mode's lines: a line in, text out, nothing else. Output is
/// inert (no escape sequence can reach a braille display or a speech synthesiser) and, without
/// a UTF-8 locale, transliterated.
public struct PlainLines: Sendable {
    let readLine: @Sendable () -> String?
    let write: @Sendable (String) -> Void
    let unicode: Bool

    public init(
        unicode: Bool, readLine: @escaping @Sendable () -> String?,
        write: @escaping @Sendable (String) -> Void
    ) {
        self.unicode = unicode
        self.readLine = readLine
        self.write = write
    }

    func say(_ line: String) {
        let inert = InertText.make(line)
        write((unicode ? inert : AsciiText.make(inert)) + "\n")
    }

    /// Asks a question on its own line; nil when the input has ended.
    func ask(_ prompt: String) -> String? {
        say(prompt)
        return readLine()?.trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
import TestSupport
import Testing

/// Files written by hand into a council's data root, the way an attacker or a careless edit
/// would, and what every command must then do: not crash, and `check` names the file.
extension TestCouncil {
    /// Writes `object` as JSON at `relativePath` (keys sorted, like the records).
    func writeJSON(_ object: [String: Any], to relativePath: String) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
        try data.write(to: URL(fileURLWithPath: root + "/" + relativePath))
    }

    /// Reads the record at `relativePath`, changes it, and writes it back.
    func edit(_ relativePath: String, _ change: (inout [String: Any]) -> Void) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relativePath))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        change(&object)
        try writeJSON(object, to: relativePath)
    }

    /// Runs a command that must end by itself, without a trap (SIGILL is 132 from a shell,
    /// SIGABRT 134), and returns what it printed.
    @discardableResult
    func runWithoutCrash(_ arguments: [String], as member: String? = nil) throws -> ProcessOutput {
        let output = try run(arguments, as: member)
        #expect(output.exited, "\(arguments) was killed by a signal: \(output.summary)")
        #expect(![132, 134].contains(output.status), "\(arguments) crashed: \(output.summary)")
        #expect(!output.stderr.contains("Fatal error"), "\(arguments): \(output.summary)")
        return output
    }

    /// `conseil check` fails and names the file at `relativePath` with a reason containing `reason`.
    func expectCheckNames(
        _ relativePath: String, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let output = try run(["check"])
        #expect(output.status == 1, "\(output.summary)", sourceLocation: sourceLocation)
        let line = output.stdout.split(separator: "\n").first { $0.contains(root + "/" + relativePath + " ") }
        #expect(
            line != nil, "check does not name \(relativePath): \(output.summary)",
            sourceLocation: sourceLocation)
        #expect(
            line?.contains(reason) == true, "\(line ?? "") lacks “\(reason)”", sourceLocation: sourceLocation)
    }
}

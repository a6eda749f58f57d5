import Foundation
import Testing

/// Screens compared as text with the files in Golden/, found next to this source file (not
/// as bundle resources). A missing file is written from the run and the test fails, so that
/// a person reads it before it counts; CONSEIL_RECORD_GOLDEN=1 rewrites them all.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
    {
        let file = folder.appendingPathComponent(name + ".txt")
        let text = actual + "\n"
        let record = ProcessInfo.processInfo.environment["CONSEIL_RECORD_GOLDEN"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try text.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("recorded \(file.path): read it, then run again", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard expected != text else { return }
        Issue.record(
            "screen differs from \(file.lastPathComponent):\n\(difference(expected: expected, actual: text))",
            sourceLocation: sourceLocation)
    }

    /// The differing lines, numbered, expected then actual.
    static func difference(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for row in 0..<max(old.count, new.count) {
            let before = row < old.count ? String(old[row]) : "<none>"
            let after = row < new.count ? String(new[row]) : "<none>"
            if before != after {
                report += ["line \(row + 1):", "  expected |\(before)|", "  actual   |\(after)|"]
            }
        }
        return report.joined(separator: "\n")
    }
}

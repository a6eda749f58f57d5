import ConseilCore
import Foundation

enum ResultsFormat: String {
    case text, json, csv, md
}

enum ResultsOutput {
    static func print(_ results: PollResults, format: ResultsFormat, language: Language) throws {
        // CSV stays a plain table; every other form says what it left out.
        let leftOut = notice(results, language)
        switch format {
        case .text:
            Console.write(
                ResultsText(language: language, unicode: Terminal.speaksUTF8).render(results) + leftOut)
        case .json:
            try Console.json(PollResultsJSON(results))
        case .csv:
            Console.write(csv(results))
        case .md:
            Console.write(markdown(results, language: language) + leftOut)
        }
    }

    /// A result whose inputs lost files says so, below it: empty when none did.
    static func notice(_ results: PollResults, _ language: Language) -> String {
        results.discarded.notice.map { "\n\($0.text(language))\n" } ?? ""
    }

    /// RFC 4180 CSV: answer, count, percent (a plain decimal, for spreadsheets).
    static func csv(_ results: PollResults) -> String {
        var rows = ["answer,count,percent"]
        guard results.poll.resultsVisible else { return rows.joined(separator: "\r\n") + "\r\n" }
        switch results.poll.kind {
        case .yesno, .choice, .multi:
            rows += results.options.map { "\(field($0.label)),\($0.count),\($0.percent?.decimalText ?? "")" }
        case .words:
            rows += results.answers.map { "\(field($0.text)),\($0.count)," }
        case .text:
            rows += results.texts.map { "\(field($0)),1," }
        case .grades:
            // One row per option and grade, best option first: its share of the option's grades.
            let poll = results.poll
            for ranked in results.ranking {
                for (grade, count) in ranked.profile.enumerated() {
                    let percent = Percentage(count: count, base: results.ballots)?.decimalText ?? ""
                    rows.append(
                        "\(field(poll.options[ranked.option] + " = " + poll.scale[grade])),\(count),\(percent)"
                    )
                }
            }
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    private static func field(_ text: String) -> String {
        // CSV goes to stdout, often a terminal: controls and bidi overrides are made visible
        // like everywhere else (docs/DECISIONS.md, Output), so no answer can drive the terminal.
        // A leading = + - @ would be run as a formula by spreadsheets: quote it away.
        var value = InertText.make(text)
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func markdown(_ results: PollResults, language: Language) -> String {
        let lines = MinutesMarkdown(language: language).pollSection(results)
        return lines.joined(separator: "\n") + "\n"
    }
}

enum Terminal {
    /// Whether the locale's character set is UTF-8; otherwise drawing falls back to ASCII.
    static var speaksUTF8: Bool {
        let environment = ProcessInfo.processInfo.environment
        let locale =
            environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8") || locale.isEmpty
    }
}

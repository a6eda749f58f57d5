import ConseilCore
import ConseilTUI
import Foundation

enum ResultsFormat: String, CaseIterable {
    case text, json, csv, md
    /// The machine-readable CSV: comma, point decimals, no byte-order mark (RFC 4180).
    case csvRFC4180 = "csv-rfc4180"
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
            try Console.json(PollResultsJSON(results, language: language))
        case .csv:
            Console.write(ResultsCSV.spreadsheet(results, language: language))
        case .csvRFC4180:
            Console.write(ResultsCSV.rfc4180(results))
        case .md:
            Console.write(markdown(results, language: language) + leftOut)
        }
    }

    /// A result whose inputs lost files says so, below it: empty when none did.
    static func notice(_ results: PollResults, _ language: Language) -> String {
        results.discarded.notice.map { "\n\($0.text(language))\n" } ?? ""
    }

    static func markdown(_ results: PollResults, language: Language) -> String {
        let lines = MinutesMarkdown(language: language).pollSection(results)
        return lines.joined(separator: "\n") + "\n"
    }
}

enum Terminal {
    /// The palette's theme: `--theme`, else what the terminal tells of its background
    /// (`COLORFGBG`, then an OSC 11 question when nothing else tells).
    static func theme(asked: Palette.Theme?) -> Palette.Theme {
        let environment = ProcessInfo.processInfo.environment
        if let asked { return asked }
        let reply = environment["COLORFGBG"] == nil ? CursesTerminal.backgroundReply() : nil
        return Palette.theme(asked: nil, environment: environment, backgroundReply: reply)
    }

    /// `--theme` as typed.
    static func theme(named asked: String) throws -> Palette.Theme {
        guard let theme = Palette.Theme(rawValue: asked) else {
            throw ConseilError(
                fr: "--theme : écrivez light (fond clair) ou dark (fond sombre)",
                en: "--theme: write light (light background) or dark (dark background)")
        }
        return theme
    }

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

import ConseilCore
import Foundation

/// Poll results as CSV, in two variants. `csv` opens by double-click in a spreadsheet set to
/// French (LibreOffice, Excel): UTF-8 with a byte-order mark, `;` between fields, decimal
/// commas, numbers unquoted so they are numbers, and the question and base in the file.
/// `csv-rfc4180` is the plain table for programs: comma, point decimals, no mark.
enum ResultsCSV {
    static func spreadsheet(_ results: PollResults, language: Language) -> String {
        let t = { (fr: String, en: String) in language == .fr ? fr : en }
        var rows = [
            t("Question", "Question") + ";" + field(results.poll.question),
            t("Votants (base)", "Voters (base)") + ";\(results.base)",
            t("Bulletins", "Ballots") + ";\(results.ballots)",
            t("À main levée", "By show of hands") + ";\(results.handVoters)",
            "",
        ]
        guard results.poll.resultsVisible else {
            rows.append(
                field(t("Résultats masqués jusqu'à la clôture", "Results hidden until the poll closes")))
            return "\u{FEFF}" + rows.joined(separator: "\r\n") + "\r\n"
        }
        switch results.poll.kind {
        case .yesno, .choice, .multi:
            rows.append(t("Réponse;Voix;%", "Answer;Votes;%"))
            rows += results.options.map {
                "\(field($0.label));\($0.count);" + ($0.percent?.decimalText.replacingComma ?? "")
            }
        case .words:
            rows.append(t("Réponse;Citations", "Answer;Mentions"))
            rows += results.answers.map { "\(field($0.text));\($0.count)" }
        case .text:
            rows.append(t("Réponse", "Answer"))
            rows += results.texts.map(field)
        case .grades:
            rows.append(
                t("Rang;Option;Mention majoritaire;", "Rank;Option;Majority grade;")
                    + results.poll.scale.map(field).joined(separator: ";"))
            rows += results.ranking.map { ranked in
                "\(ranked.rank);\(field(results.poll.options[ranked.option]));\(ranked.majorityGrade.map { field(results.poll.scale[$0]) } ?? "");"
                    + ranked.profile.map(String.init).joined(separator: ";")
            }
        }
        return "\u{FEFF}" + rows.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180 CSV: answer, count, percent (a plain decimal, for programs).
    static func rfc4180(_ results: PollResults) -> String {
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
}

extension String {
    /// 44.12 → 44,12: the decimal comma of a French spreadsheet.
    fileprivate var replacingComma: String { replacingOccurrences(of: ".", with: ",") }
}

/// The procès-verbal as one self-contained HTML page that prints on A4: page numbers from the
/// `@page` margin box, headings kept with what follows, table headers repeated on each page.
/// It lays out the facts of `ProcesVerbal`, as the Markdown does.
public struct ProcesVerbalHTML {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    static let stylesheet = """
        @page { size: A4; margin: 2cm 2cm 2.5cm 2cm;
                @bottom-center { content: "page " counter(page) " / " counter(pages); font-size: 9pt; } }
        body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.4; color: #000;
               max-width: 17cm; margin: 1cm auto; }
        h1 { font-size: 18pt; margin-bottom: 0.2em; }
        h2 { font-size: 14pt; border-bottom: 1px solid #444; margin-top: 1.4em; }
        h3 { font-size: 12pt; margin-bottom: 0.3em; }
        h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
        table { border-collapse: collapse; margin: 0.4em 0; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 1px solid #666; padding: 0.15em 0.6em; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        table.signatures { width: 100%; margin-top: 1.5em; break-inside: avoid; }
        table.signatures td { border: none; vertical-align: top; height: 3cm; width: 50%; }
        .state { font-weight: bold; margin-top: 1.5em; }
        .meta, .base { color: #333; }
        @media print { body { margin: 0 auto; } a { color: #000; text-decoration: none; } }
        """

    public func render(_ document: MinutesDocument) -> String {
        let pv = ProcesVerbal(document, language: language)
        let parts = MinutesHTML(language: language)
        let e = parts.e
        var out: [String] = [
            "<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>\(e(pv.title))</title>", "<style>\n\(Self.stylesheet)\n</style>", "</head>", "<body>",
            "<h1>\(e(pv.title))</h1>",
        ]
        facts(pv.heading, e, &out)
        out.append("<h2>\(e(t("Présences", "Attendance")))</h2>")
        facts(pv.attendance, e, &out)
        if !pv.agenda.isEmpty {
            out.append("<h2>\(e(t("Ordre du jour", "Agenda")))</h2>")
            out.append("<ol>" + pv.agenda.map { "<li>\(e($0))</li>" }.joined() + "</ol>")
        }
        for (number, section) in pv.sections {
            out.append(
                section.item.map { "<h2>\(number). \(e($0.title))</h2>" }
                    ?? "<h2>\(e(t("Divers", "Other business")))</h2>")
            for note in section.entries where note.kind == .note {
                out.append("<p>" + note.text.map(e).joined(separator: "<br>") + "</p>")
            }
            parts.list(
                section.entries.filter { $0.kind == .decision }, title: t("Décisions", "Decisions"), document,
                &out)
            parts.list(
                section.entries.filter { $0.kind == .action }, title: t("Actions", "Actions"), document, &out)
            for results in pv.deliberations(section) { parts.poll(results, &out) }
        }
        out.append("<h2>\(e(t("Signatures", "Signatures")))</h2>")
        out.append("<table class=\"signatures\"><tr>")
        for signature in pv.signatures {
            out.append("<td>\(e(signature.label))<br>\(e(signature.value))</td>")
        }
        out.append("</tr></table>")
        out.append("<p class=\"state\">\(e(pv.state))</p>")
        out.append(contentsOf: ["</body>", "</html>"])
        return out.joined(separator: "\n") + "\n"
    }

    private func facts(_ facts: [ProcesVerbal.Fact], _ e: (String) -> String, _ out: inout [String]) {
        out.append("<dl class=\"facts\">")
        for fact in facts { out.append("<dt>\(e(fact.label))</dt><dd>\(e(fact.value))</dd>") }
        out.append("</dl>")
    }
}

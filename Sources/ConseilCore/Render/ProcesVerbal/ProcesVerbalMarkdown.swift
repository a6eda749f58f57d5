/// The procès-verbal as Markdown, with a title block pandoc reads (title, date, `lang`). Every
/// line goes through French typography in French; typed text through `MarkdownText`.
public struct ProcesVerbalMarkdown {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    public func render(_ document: MinutesDocument) -> String {
        let pv = ProcesVerbal(document, language: language)
        let minutes = MinutesMarkdown(language: language)
        var out = [
            "---", "title: " + yaml(inline(pv.title)), "date: " + yaml(DateFormat.long(document.session.date, language)),
            "lang: \(language.rawValue)", "---", "", "# " + inline(pv.title), "",
        ]
        out += pv.heading.map { "- \($0.label) : \(inline($0.value))" }
        out += ["", "## " + t("Présences", "Attendance"), ""]
        out += pv.attendance.map { "- \($0.label) : \(inline($0.value))" }
        if !pv.agenda.isEmpty {
            out += ["", "## " + t("Ordre du jour", "Agenda"), ""]
            out += pv.agenda.enumerated().map { "- " + inline("\($0.offset + 1). \($0.element)") }
        }
        for (number, section) in pv.sections {
            out.append("")
            out.append(section.item.map { "## \(number). " + inline($0.title) } ?? "## " + t("Divers", "Other business"))
            out += minutes.entries(section.entries, document)
            for results in pv.deliberations(section) { out += minutes.pollSection(results) }
        }
        out += ["", "## " + t("Signatures", "Signatures"), ""]
        out += pv.signatures.map { "- \($0.label) : \($0.value.isEmpty ? "" : inline($0.value))" }
        out += ["", inline(pv.state)]
        let text = out.joined(separator: "\n") + "\n"
        return language == .fr ? FrenchTypography.apply(text) : text
    }

    private func inline(_ text: String) -> String { MarkdownText.escape(text) }

    /// A YAML double-quoted scalar.
    private func yaml(_ text: String) -> String {
        var out = "\""
        for character in text {
            if character == "\\" || character == "\"" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }
}

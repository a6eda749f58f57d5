import ConseilCore

/// The minutes for the plain line mode: the same blocks as the screen (`MinutesBlocks`), one
/// line each, and each table row said as a sentence (« Oui : Voix 15, % 44,12 ») rather than
/// drawn, since columns mean nothing to a speech synthesiser.
struct PlainMinutes {
    let language: Language

    func lines(_ document: MinutesDocument) -> [String] {
        MinutesBlocks(language: language).blocks(document).flatMap { _, block -> [String] in
            switch block {
            case .title(let text), .heading(let text), .subheading(let text): [text]
            case .paragraph(let text, _): [text]
            case .item(let text): ["- " + text]
            case .table(let table): table.rows.map { Self.sentence($0, header: table.header) }
            }
        }
    }

    static func sentence(_ row: [String], header: [String]) -> String {
        let rest = zip(header.dropFirst(), row.dropFirst()).map { "\($0) \($1)" }
        return (row.first ?? "") + " : " + rest.joined(separator: ", ")
    }
}

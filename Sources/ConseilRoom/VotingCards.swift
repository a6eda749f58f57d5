import ConseilCore

/// The sheet of voting cards of a session (`conseil session cards --format html`): one card per
/// member with their name, their personal voting code and a QR code that joins the room server
/// with it. A page of its own, printable, that loads nothing from elsewhere.
public enum VotingCards {
    public static func html(
        council: Council, session: Session, codes: [String: String], baseURL: String, language: Language
    ) -> String {
        let e = HTMLText.escape
        let t = { (fr: String, en: String) in language == .fr ? fr : en }
        var cards = ""
        for member in council.members.sorted(by: { $0.name < $1.name }) {
            guard let code = codes[member.id] else { continue }
            let url = baseURL + "/?member=" + code
            cards +=
                "<section class=\"card\"><h2>\(e(member.name))</h2>"
                + "<p>\(e(t("Code personnel de vote", "Personal voting code")))</p><p class=\"code\">\(e(code))</p>"
                + (QRCode(url)?.svg(pixels: 160) ?? "") + "<p class=\"url\">\(e(url))</p></section>"
        }
        return "<!DOCTYPE html><html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\">"
            + "<title>\(e(t("Cartes de vote", "Voting cards"))) — \(e(session.title))</title><style>"
            + "body{font-family:sans-serif;margin:1cm}.card{display:inline-block;width:8.5cm;margin:.3cm;padding:.4cm;"
            + "border:1px dashed #444;vertical-align:top;break-inside:avoid}.code{font:bold 1.6rem monospace;letter-spacing:.15em}"
            + ".url{font-size:.7rem;word-break:break-all}h1{font-size:1.2rem}h2{font-size:1.1rem;margin:0}</style></head><body>"
            + "<h1>\(e(council.name)) — \(e(session.title))</h1>"
            + "<p>\(e(t("Chaque code est personnel : il permet de voter au nom de son membre pendant cette séance.", "Each code is personal: it votes in its member's name during this session.")))</p>"
            + cards + "</body></html>"
    }
}

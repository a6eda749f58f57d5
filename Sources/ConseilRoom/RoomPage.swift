import ConseilCore

/// The frame of every page: language, title, the one style sheet, and on a waiting page either
/// the script (JavaScript on) or a refresh every few seconds (JavaScript off).
struct RoomPage {
    let language: Language

    /// Seconds between two reloads of a waiting page without JavaScript.
    static let refreshSeconds = 4

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// `waitingFor` is the poll the waiting page shows ("" for none): the page moves on when
    /// the open poll is another one.
    func document(title: String, body: String, waitingFor: String? = nil) -> String {
        let e = HTMLText.escape
        var head =
            "<!DOCTYPE html><html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            + "<title>\(e(title))</title><link rel=\"stylesheet\" href=\"/room.css\">"
        var bodyTag = "<body>"
        if let waitingFor {
            head +=
                "<noscript><meta http-equiv=\"refresh\" content=\"\(Self.refreshSeconds);url=/vote\"></noscript>"
                + "<script src=\"/room.js\" defer></script>"
            bodyTag = "<body data-poll=\"\(e(waitingFor))\">"
        }
        return head + "</head>" + bodyTag + "<main><h1>\(e(title))</h1>" + body + "</main></body></html>"
    }

    /// A form posted to `action`, carrying the device's form token.
    func form(action: String, csrf: String, button: String, _ fields: String) -> String {
        "<form method=\"post\" action=\"\(action)\">"
            + "<input type=\"hidden\" name=\"csrf\" value=\"\(HTMLText.escape(csrf))\">" + fields
            + "<button type=\"submit\">\(HTMLText.escape(button))</button></form>"
    }

    func note(_ text: String) -> String { "<p class=\"note\" role=\"status\">\(HTMLText.escape(text))</p>" }
    func refusal(_ text: String) -> String {
        "<p class=\"refusal\" role=\"alert\">\(HTMLText.escape(text))</p>"
    }
    func link(_ href: String, _ text: String) -> String {
        "<p><a class=\"button\" href=\"\(href)\">\(HTMLText.escape(text))</a></p>"
    }
}

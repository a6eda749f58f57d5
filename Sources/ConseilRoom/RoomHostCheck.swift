import HTTPTypes
import Hummingbird

/// Refuses a request whose `Host` is a name rather than an address: DNS rebinding (a site whose
/// name is made to point at the room server, so that its scripts read the server's pages as its
/// own) needs a name of the attacker's. A phone opens the join URL, an IP address, and
/// `localhost` is the facilitator's own machine; a TLS proxy in front sends the address it
/// reaches (docs/DEPLOYMENT.md).
struct RoomHostCheck: RouterMiddleware {
    typealias Context = RoomContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let authority = request.head.authority, Self.isAllowed(authority) else {
            let page = RoomPage(language: RoomLanguage.of(request))
            return RoomServer.html(
                page.refused(
                    page.t(
                        "Adresse du serveur inconnue : ouvrez l'adresse affichée à l'écran de la salle.",
                        "Unknown server address: open the address shown on the room's screen.")),
                status: .misdirectedRequest)
        }
        return try await next(request, context)
    }

    /// An IPv4 address, a bracketed IPv6 address or `localhost`, with or without a port.
    static func isAllowed(_ authority: String) -> Bool {
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return false }
            let rest = authority[authority.index(after: close)...]
            return authority[authority.index(after: authority.startIndex)..<close]
                .allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
                && (rest.isEmpty || isPort(rest.dropFirst()) && rest.first == ":")
        }
        let parts = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 1 || isPort(parts[1]) else { return false }
        let host = parts[0].lowercased()
        let bytes = host.split(separator: ".", omittingEmptySubsequences: false)
        return host == "localhost" || (bytes.count == 4 && bytes.allSatisfy { UInt8($0) != nil })
    }

    private static func isPort(_ text: Substring) -> Bool { !text.isEmpty && UInt16(text) != nil }
}

import HTTPTypes
import HummingbirdCore
import NIOCore
import NIOHTTPTypes

/// The headers every answer of the room server carries, its own pages and errors alike (a 400
/// for a request that is not HTTP, a 413 for a body too big): written here, on the way out of
/// each connection, so that no answer can miss them.
final class RoomSecurityHeaders: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    static let policy =
        "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .head(var response) = unwrapOutboundIn(data) else {
            context.write(data, promise: promise)
            return
        }
        response.headerFields[.contentSecurityPolicy] = Self.policy
        response.headerFields[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headerFields[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headerFields[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headerFields[.cacheControl] = "no-store"
        context.write(wrapOutboundOut(.head(response)), promise: promise)
    }
}

import Hummingbird

/// A request's context, with the address it came from: the rate limits are per address.
struct RoomContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let address: String

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        address = source.channel.remoteAddress?.ipAddress ?? "?"
    }

    /// Forms are a few fields: anything bigger is refused before it is read.
    var maxUploadSize: Int { RoomServer.maxBody }
}

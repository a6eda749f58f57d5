import Foundation
import HummingbirdCore
import NIOCore
import NIOHTTPTypes

/// Guards each connection: at most `RoomLimits.connectionsPerAddress` open at once from one
/// address (more are closed at once), and a whole request (headers and body) within
/// `RoomLimits.requestDeadline` of the moment the server waits for it, so that a client sending
/// a byte now and then is cut off. Hummingbird's idle timeout stops only a connection that sends
/// nothing between requests; a request once begun had no end.
final class RoomConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let connections: RoomConnections
    private var address: String?
    private var counted = false
    /// Requests read whole whose answer is not sent yet: no deadline runs meanwhile.
    private var pending = 0
    private var deadline: Scheduled<Void>?

    init(connections: RoomConnections) { self.connections = connections }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { opened(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        opened(context)
        context.fireChannelActive()
    }

    private func opened(_ context: ChannelHandlerContext) {
        guard address == nil else { return }
        let address = context.channel.remoteAddress?.ipAddress ?? "?"
        self.address = address
        counted = connections.open(from: address)
        guard counted else {
            context.close(promise: nil)
            return
        }
        startDeadline(context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        if counted, let address { connections.close(from: address) }
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) {
            pending += 1
            deadline?.cancel()
            deadline = nil
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            pending = max(0, pending - 1)
            if pending == 0 { startDeadline(context) }
        }
        context.write(data, promise: promise)
    }

    private func startDeadline(_ context: ChannelHandlerContext) {
        deadline?.cancel()
        let channel = context.channel
        deadline = context.eventLoop.scheduleTask(in: RoomLimits.requestDeadline) {
            channel.close(promise: nil)
        }
    }
}

/// The connections open from each address, shared by every connection's guard.
final class RoomConnections: @unchecked Sendable {
    private let lock = NSLock()
    private var open: [String: Int] = [:]
    let perAddress: Int

    init(perAddress: Int) { self.perAddress = perAddress }

    /// Counts a new connection from `address`; false (and not counted) beyond the limit.
    func open(from address: String) -> Bool {
        lock.withLock {
            guard open[address, default: 0] < perAddress else { return false }
            open[address, default: 0] += 1
            return true
        }
    }

    func close(from address: String) {
        lock.withLock {
            open[address, default: 1] -= 1
            if open[address] == 0 { open[address] = nil }
        }
    }
}

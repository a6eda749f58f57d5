import ConseilCore

/// The room server as the interface sees it: where phones join, for the wall's join panel and
/// the title bar.
public struct RoomAccess: Sendable, Equatable {
    /// The join URL on the local network, with the room code (what the QR code holds).
    public let url: String
    public let code: String
    /// The QR code of `url` in half blocks, one string a row (empty: none could be made).
    public let qrLines: [String]
    /// Started by this interface: its key stops it, and it stops when the interface ends.
    public let startedHere: Bool

    public init(url: String, code: String, qrLines: [String], startedHere: Bool) {
        self.url = url
        self.code = code
        self.qrLines = qrLines
        self.startedHere = startedHere
    }
}

/// Starts, stops and watches the room server (`conseil serve`) for the interface. The `conseil`
/// command, which links the server, gives one; a restricted session gets none.
public protocol RoomControl: AnyObject {
    /// The server running for `session`, whoever started it; nil when the room is closed.
    func running(session: String) -> RoomAccess?
    /// Starts the server for `session` and returns once phones can join.
    func start(session: String) throws -> RoomAccess
    /// Stops the server this interface started for `session`.
    func stop(session: String) throws
}

import NIOCore

/// How much one network address may do: on a room's Wi-Fi or a phone's hotspot each phone has
/// an address of its own, so the limits count per address. `people` is how many persons are
/// expected behind one address (`conseil serve --per-address N`): 3 by default, so that someone
/// whose phone lost its cookie (a private tab, another browser) can still answer, while whoever
/// drops the cookie on purpose gets at most three answers per poll. A council whose phones reach
/// the server through one address (a TLS proxy, a NAT) raises it to the size of the room.
public struct RoomLimits: Sendable {
    public static let defaultPeople = 3
    public static let maxPeople = 100_000

    public let people: Int

    public init(people: Int = Self.defaultPeople) { self.people = people }

    /// Answers to one `room` poll from one address.
    var answersPerAddress: Int { people }
    /// Devices remembered for one address: its oldest is forgotten beyond.
    var devicesPerAddress: Int { 4 * people }
    /// Connections open at once from one address (a browser opens up to six per server).
    var connectionsPerAddress: Int { 8 * people }
    /// Time a connection has to send a whole request (headers and body), from when it opens or
    /// its last answer was sent: a client sending a byte now and then cannot hold it longer.
    static let requestDeadline: TimeAmount = .seconds(10)
}

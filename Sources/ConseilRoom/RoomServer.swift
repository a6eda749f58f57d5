import ConseilCore
import ConseilStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The room server (`conseil serve`): the open poll of one session, served to the phones of the
/// room. Every ballot goes through the one door (`UseCases`); nothing is read from a URL's path
/// but the few fixed routes below, and nothing of the data root is ever sent as a file.
public struct RoomServer: Sendable {
    public let root: DataRoot
    public let session: String
    public let roomCode: String
    /// The one who runs the server: participant ballots are written in the room's name.
    let host: UseCases
    let clock: @Sendable () -> Timestamp
    let registry: RoomRegistry
    /// Personal voting code → member id, for this session.
    let members: [String: String]
    let status: RoomStatus

    public static let roomCodeLength = 6
    /// The largest request body read: a text answer (2,000 characters, encoded) and the rest.
    static let maxBody = 16 * 1024
    /// A connection that sends nothing for this long is closed (slow or stalled clients).
    static let idleTimeout: TimeAmount = .seconds(10)

    public init(
        host: UseCases, session: String, limits: RoomLimits = RoomLimits(),
        clock: @escaping @Sendable () -> Timestamp
    ) throws {
        root = host.root
        self.session = session
        self.host = host
        self.clock = clock
        let secrets = try RoomSecrets(root: root)
        let council = try root.requireCouncil()
        let codes = try secrets.memberCodes(session: session, members: council.members)
        members = Dictionary(codes.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        registry = RoomRegistry(secrets: secrets, limits: limits)
        var random = SystemRandomNumberGenerator()
        roomCode = RoomCode.make(length: Self.roomCodeLength, random: &random)
        status = RoomStatus(root: root, session: session)
    }

    /// The join URL for `host:port`, carrying the room code (what the QR code holds).
    public func joinURL(host: String, port: Int) -> String { "http://\(host):\(port)/?room=\(roomCode)" }

    /// Runs until the process is interrupted; `ready` is called once the port is bound.
    public func run(address: String, port: Int, ready: @escaping @Sendable () -> Void) async throws {
        let router = Router(context: RoomContext.self)
        router.add(middleware: RoomErrorPages())
        router.add(middleware: RoomHostCheck())
        addRoutes(to: router)
        let connections = RoomConnections(perAddress: registry.limits.connectionsPerAddress)
        let app = Application(
            router: router,
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [
                        RoomSecurityHeaders(), RoomConnectionGuard(connections: connections),
                    ],
                    idleTimeout: Self.idleTimeout)),
            configuration: .init(address: .hostname(address, port: port), serverName: nil, backlog: 1024),
            onServerRunning: { _ in ready() },
            logger: {
                var logger = Logger(label: "conseil-room")
                logger.logLevel = .critical
                return logger
            }())
        let watcher = Task { await status.watch() }
        defer { watcher.cancel() }
        try await app.runService()
    }
}

/// A clear page, in the phone's language, for what no route answers and for a request refused
/// before its route (a body too big); the headers are `RoomSecurityHeaders`'.
struct RoomErrorPages: RouterMiddleware {
    typealias Context = RoomContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPResponseError {
            let page = RoomPage(language: RoomLanguage.of(request))
            let message =
                switch error.status {
                case .notFound: page.t("Cette page n'existe pas.", "This page does not exist.")
                case .contentTooLarge:
                    page.t("Envoi trop long : faites plus court.", "Too much sent: make it shorter.")
                default: page.t("Requête refusée.", "Request refused.")
                }
            return RoomServer.html(page.refused(message), status: error.status)
        }
    }
}

/// The language of a page: English when the phone prefers it (`Accept-Language`), else French.
enum RoomLanguage {
    static func of(_ request: Request) -> Language {
        let header = request.headers[.acceptLanguage] ?? ""
        let first = header.split(separator: ",").first?.split(separator: ";").first ?? ""
        return first.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("en") ? .en : .fr
    }
}

/// The open poll of the session, read again twice a second by one task: the waiting pages of a
/// thousand phones ask it, not the disk.
actor RoomStatus {
    let root: DataRoot
    let session: String
    private(set) var current = ""

    init(root: DataRoot, session: String) {
        self.root = root
        self.session = session
    }

    func watch() async {
        while !Task.isCancelled {
            current = Self.openPoll(root: root, session: session)?.id ?? ""
            try? await Task.sleep(for: .milliseconds(500))
        }
    }

    /// The session's open poll (the last opened when several are open).
    static func openPoll(root: DataRoot, session: String) -> Poll? {
        root.polls(session: session).values.filter { $0.state == .open }
            .max { ($0.openedAt?.milliseconds ?? 0) < ($1.openedAt?.milliseconds ?? 0) }
    }

    /// The session's last closed poll.
    static func lastClosed(root: DataRoot, session: String) -> Poll? {
        root.polls(session: session).values.filter { $0.state == .closed }
            .max { ($0.closedAt?.milliseconds ?? 0) < ($1.closedAt?.milliseconds ?? 0) }
    }
}

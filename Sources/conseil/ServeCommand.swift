import ArgumentParser
import ConseilCore
import ConseilRoom
import ConseilStore
import Foundation

/// `conseil serve`: the room server for phones on the local network.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Sert le scrutin ouvert d'une séance aux téléphones de la salle (réseau local, sans internet).",
        discussion: """
            Affiche l'adresse à ouvrir pour chaque adresse du réseau local, le code de la salle et le QR code.
            Arrêt : Ctrl-C. Voir docs/DEPLOYMENT.md pour ce qu'expose le HTTP simple sur un Wi-Fi partagé.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "La séance (défaut : celle qui a un scrutin ouvert, sinon la plus récente).") var session:
        String?
    @Option(help: "Adresse et port d'écoute, ADRESSE:PORT (défaut : 0.0.0.0:8080, toutes les interfaces).")
    var listen: String = "0.0.0.0:8080"
    @Option(
        help:
            "Personnes attendues derrière une même adresse du réseau (défaut : 3) : réponses par scrutin, appareils et connexions par adresse. À élever derrière un proxy ou un NAT."
    )
    var perAddress: Int = RoomLimits.defaultPeople

    /// Started from the interface (its room key): stops when the interface does, however it ends.
    @Flag(help: .hidden) var withInterface = false

    func run() throws {
        try runCommand(global) { context in
            let (address, port) = try Self.parse(listen: listen)
            guard (1...RoomLimits.maxPeople).contains(perAddress) else {
                throw ConseilError(
                    fr:
                        "--per-address : donnez un nombre de personnes de 1 à \(RoomLimits.maxPeople), par exemple 3",
                    en:
                        "--per-address: give a number of people from 1 to \(RoomLimits.maxPeople), for example 3"
                )
            }
            let useCases = try context.useCases()
            // The room runs with the polls: whoever may open it (the table of rights).
            try useCases.actor.require(.openRoom)
            let session =
                try session.map { try context.root.session($0).id } ?? Self.defaultSession(context.root)
            let environment = ProcessInfo.processInfo.environment
            let server = try RoomServer(
                host: useCases, session: session, limits: RoomLimits(people: perAddress)
            ) {
                (try? Clock.now(environment: environment)) ?? useCases.now
            }
            let hosts = address == "0.0.0.0" ? LANAddresses.ipv4() : [address]
            let urls = (hosts.isEmpty ? ["127.0.0.1"] : hosts).map { server.joinURL(host: $0, port: port) }
            let lines = Self.banner(server: server, urls: urls, context: context)
            // The interface and the projector see the room open while this file is there.
            let secrets = try RoomSecrets(root: context.root)
            let running = RoomRunning(pid: getpid(), session: session, urls: urls, roomCode: server.roomCode)
            defer { running.remove(secrets) }
            if withInterface { Self.stopWithParent() }
            try RoomRunner.run(server, address: address, port: port) {
                try? running.write(secrets)
                // Unbuffered: whoever reads the banner (a test, a pipe) sees it at once.
                FileHandle.standardOutput.write(Data((lines + "\n").utf8))
            }
        }
    }

    /// Ends the server (as Ctrl-C does) once the interface that started it is gone, even killed.
    static func stopWithParent() {
        let parent = getppid()
        Thread.detachNewThread {
            while getppid() == parent { usleep(250_000) }
            kill(getpid(), SIGTERM)
        }
    }

    static func banner(server: RoomServer, urls: [String], context: Context) -> String {
        var lines = [context.t("Séance : \(server.session)", "Session: \(server.session)")]
        lines += urls.map { context.t("Rejoindre : ", "Join: ") + $0 }
        lines.append(context.t("Code de la salle : ", "Room code: ") + server.roomCode)
        if let code = QRCode(urls[0]) { lines += code.halfBlockLines }
        lines.append(context.t("Arrêt : Ctrl-C", "Stop: Ctrl-C"))
        return lines.joined(separator: "\n")
    }

    static func parse(listen: String) throws -> (String, Int) {
        let parts = listen.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, let port = Int(parts[1]), (1...65535).contains(port),
            parts[0].split(separator: ".").count == 4,
            parts[0].split(separator: ".").allSatisfy({ UInt8($0) != nil })
        else {
            throw ConseilError(
                fr: "--listen : écrivez ADRESSE:PORT, par exemple 0.0.0.0:8080 ou 127.0.0.1:8080",
                en: "--listen: write ADDRESS:PORT, for example 0.0.0.0:8080 or 127.0.0.1:8080")
        }
        return (String(parts[0]), port)
    }

    /// The session with an open poll, else the most recent one.
    static func defaultSession(_ root: DataRoot) throws -> String {
        if let open = root.openPolls().first { return open.session }
        guard let last = root.sessions().values.last else {
            throw ConseilError(
                fr: "aucune séance : créez-en une avec « conseil session new »",
                en: "no session: create one with “conseil session new”")
        }
        return last.id
    }
}

/// Runs the server's async loop from a synchronous command, until it stops.
enum RoomRunner {
    static func run(_ server: RoomServer, address: String, port: Int, ready: @escaping @Sendable () -> Void)
        throws
    {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await server.run(address: address, port: port, ready: ready) } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            throw ConseilError(
                fr:
                    "le serveur n'a pas pu écouter sur \(address):\(port) : \(error) ; choisissez un autre --listen",
                en: "the server could not listen on \(address):\(port): \(error); choose another --listen")
        }
    }

    private final class Outcome: @unchecked Sendable { var error: (any Error)? }
}

import Foundation
import TestSupport

/// `conseil serve SESSION --listen 127.0.0.1:PORT` running for one test, on a high random port
/// (another one when it is taken), as the facilitator; stopped when the test is done.
final class RoomServe: @unchecked Sendable {
    let process: ChildProcess
    let port: Int
    let http: RawHTTP
    /// What the server printed: the join URL, the room code and the QR code.
    let banner: String
    let roomCode: String
    let joinURL: String

    init(
        _ council: TestCouncil, session: String, as member: String = Scenario.facilitator,
        lang: String? = nil,
        options: [String] = []
    )
        throws
    {
        guard let binary = ConseilBinary.path else { throw TestFailure("conseil binary not found") }
        for _ in 0..<5 {
            let port = Int.random(in: 20_000...60_000)
            let process = try ChildProcess(
                binary,
                ["serve", session, "--listen", "127.0.0.1:\(port)", "--member", member]
                    + (lang.map { ["--lang", $0] } ?? []) + options,
                environment: council.environment(), directory: council.base.path)
            let deadline = Date().addingTimeInterval(60)
            var output = ""
            while Date() < deadline, process.isRunning {
                output = (try? String(contentsOfFile: process.stdoutPath, encoding: .utf8)) ?? ""
                if output.contains("Ctrl-C") { break }
                usleep(50_000)
            }
            guard process.isRunning, output.contains("Ctrl-C") else {
                process.kill()
                _ = process.wait()
                continue
            }
            self.process = process
            self.port = port
            http = RawHTTP(port: port)
            banner = output
            let lines = output.split(separator: "\n").map(String.init)
            roomCode =
                lines.first { $0.hasPrefix("Code de la salle : ") || $0.hasPrefix("Room code: ") }
                .map { String($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) } ?? ""
            joinURL =
                lines.first { $0.hasPrefix("Rejoindre : ") || $0.hasPrefix("Join: ") }
                .map { String($0[$0.range(of: "http")!.lowerBound...]) } ?? ""
            return
        }
        throw TestFailure("conseil serve did not start on five random ports")
    }

    deinit {
        process.kill(SIGTERM)
        if process.wait(timeout: 10).termination != .exited(0) { process.kill() }
    }

    func phone(language: String = "fr", from address: String = "127.0.0.1") -> Phone {
        Phone(http: http.from(address), language: language)
    }
}

/// A phone: its cookies and its language, following redirects the way a browser does.
final class Phone: @unchecked Sendable {
    let http: RawHTTP
    let language: String
    private(set) var cookies: [String: String] = [:]

    init(http: RawHTTP, language: String) {
        self.http = http
        self.language = language
    }

    @discardableResult
    func get(_ target: String) throws -> RawHTTP.Reply { try send("GET", target, body: nil) }

    @discardableResult
    func post(_ target: String, _ fields: [(String, String)]) throws -> RawHTTP.Reply {
        try send("POST", target, body: formEncoded(fields))
    }

    /// Posts the form of `page` (its form token) with `fields`.
    @discardableResult
    func submit(_ page: RawHTTP.Reply, to target: String, _ fields: [(String, String)]) throws
        -> RawHTTP.Reply
    {
        try post(target, [("csrf", Self.csrf(in: page.body) ?? "")] + fields)
    }

    /// Opens the join URL (what the QR code holds), and lands on the vote page.
    @discardableResult
    func join(_ serve: RoomServe) throws -> RawHTTP.Reply {
        let path = String(serve.joinURL.dropFirst("http://127.0.0.1:\(serve.port)".count))
        return try get(path)
    }

    private func send(_ method: String, _ target: String, body: [UInt8]?) throws -> RawHTTP.Reply {
        var headers = ["Accept-Language": language]
        if !cookies.isEmpty {
            headers["Cookie"] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        }
        let reply = try http.request(method, target, headers: headers, body: body)
        for cookie in reply.cookies {
            let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
        if reply.status == 303, let location = reply.header("Location") { return try get(location) }
        return reply
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}

import ConseilCore
import ConseilStore
import Foundation
import HTTPTypes
import Hummingbird

/// The routes of the room server: join, vote, wait. Each request finds its device by cookie
/// (made on the first visit), and each form carries the device's form token.
extension RoomServer {
    static let cookieName = "conseil_device"

    /// One request's device and language.
    struct Visit {
        let token: String
        let device: RoomRegistry.Device
        let page: RoomPage
    }

    func addRoutes(to router: Router<RoomContext>) {
        router.get("/room.css") { _, _ in Self.asset(RoomAssets.css, type: "text/css; charset=utf-8") }
        router.get("/room.js") { _, _ in
            Self.asset(RoomAssets.javascript, type: "text/javascript; charset=utf-8")
        }
        router.get("/") { request, context in
            try await self.withVisit(request) { visit in
                let query = FormFields(Array((request.uri.query ?? "").utf8))
                guard query.first("room") != nil || query.first("member") != nil else {
                    return visit.device.joined
                        ? Self.redirect("/vote", visit: visit)
                        : Self.html(visit.page.join(csrf: visit.device.csrf), visit: visit)
                }
                return await self.join(
                    visit, room: query.first("room"), member: query.first("member"), from: context.address)
            }
        }
        router.post("/join") { request, context in
            try await self.withForm(request) { visit, fields in
                await self.join(
                    visit, room: fields.first("room"), member: fields.first("member"), from: context.address)
            }
        }
        router.post("/member") { request, context in
            try await self.withForm(request) { visit, fields in
                guard visit.device.joined else { return Self.redirect("/") }
                return await self.join(
                    visit, room: nil, member: fields.first("member") ?? "", from: context.address)
            }
        }
        router.get("/vote") { request, _ in
            try await self.withVisit(request) { visit in
                visit.device.joined ? await self.ballotPage(visit) : Self.redirect("/")
            }
        }
        router.post("/vote") { request, _ in
            try await self.withForm(request) { visit, fields in
                guard visit.device.joined else { return Self.redirect("/") }
                return await self.vote(visit, fields)
            }
        }
        router.get("/events") { request, _ in
            let since = FormFields(Array((request.uri.query ?? "").utf8)).first("poll") ?? ""
            return self.events(since: since)
        }
    }

    // MARK: Joining

    /// Joins with the room code, or with a member's personal code (which is the stronger
    /// secret: a card's QR code carries it alone). Each wrong code counts against the address.
    func join(_ visit: Visit, room: String?, member: String?, from address: String) async -> Response {
        let page = visit.page
        guard await registry.mayTry(from: address) else {
            return Self.html(
                page.refused(
                    page.t(
                        "Trop de codes essayés depuis cet appareil : attendez une minute puis recommencez.",
                        "Too many codes tried from this device: wait a minute and try again.")),
                status: .tooManyRequests, visit: visit)
        }
        let memberCode = member.map(RoomCode.normalise).flatMap { $0.isEmpty ? nil : $0 }
        let memberId = memberCode.flatMap { members[$0] }
        let roomIsRight = room.map(RoomCode.normalise) == roomCode
        guard memberCode == nil ? roomIsRight : memberId != nil else {
            await registry.wrongCode(from: address)
            let problem =
                memberCode != nil
                ? page.t(
                    "Code personnel inconnu : vérifiez-le sur votre carte.",
                    "Unknown personal code: check it on your card.")
                : page.t(
                    "Code de la salle incorrect : recopiez celui affiché à l'écran.",
                    "Wrong room code: copy the one shown on screen.")
            return Self.html(
                visit.device.joined
                    ? page.memberCode(csrf: visit.device.csrf, problem: problem)
                    : page.join(csrf: visit.device.csrf, problem: problem),
                status: .forbidden, visit: visit)
        }
        await registry.update(device: visit.token) { device in
            device.joined = true
            if let memberId { device.member = memberId }
        }
        return Self.redirect("/vote", visit: visit)
    }

    // MARK: Voting

    func ballotPage(_ visit: Visit) async -> Response {
        let page = visit.page
        guard let poll = RoomStatus.openPoll(root: root, session: session) else {
            return Self.html(
                page.waiting(
                    current: "",
                    message: page.t("Pas de question ouverte pour l'instant.", "No open question for now."),
                    results: lastResults()), visit: visit)
        }
        switch poll.answeredBy {
        case .members:
            guard let member = visit.device.member else {
                return Self.html(page.memberCode(csrf: visit.device.csrf), visit: visit)
            }
            guard let earlier = root.recordedAnswers(poll: poll, member: member) else {
                return Self.html(page.ballot(poll, csrf: visit.device.csrf), visit: visit)
            }
            if let pouvoir = pendingPouvoir(poll, holder: member) {
                return Self.html(page.ballot(poll, csrf: visit.device.csrf, for: pouvoir), visit: visit)
            }
            if poll.anonymous {
                return Self.html(
                    page.waiting(
                        current: poll.id,
                        message: page.t(
                            "Vous avez voté à ce scrutin anonyme. En attente de la question suivante.",
                            "You voted in this anonymous poll. Waiting for the next question."),
                        results: nil), visit: visit)
            }
            let note = page.t(
                "Vous avez voté : \(earlier.joined(separator: ", ")). Voter à nouveau remplace votre bulletin.",
                "You voted: \(earlier.joined(separator: ", ")). Voting again replaces your ballot.")
            return Self.html(page.ballot(poll, csrf: visit.device.csrf, note: note), visit: visit)
        case .room:
            guard await registry.hasAnswered(poll: poll.id, device: visit.token) else {
                return Self.html(page.ballot(poll, csrf: visit.device.csrf), visit: visit)
            }
            return Self.html(
                page.waiting(
                    current: poll.id,
                    message: page.t(
                        "Votre réponse est enregistrée. En attente de la question suivante.",
                        "Your answer is recorded. Waiting for the next question."),
                    results: nil), visit: visit)
        }
    }

    func vote(_ visit: Visit, _ fields: FormFields) async -> Response {
        let page = visit.page
        guard let id = fields.first("poll"), Identifier.isValid(id), let poll = try? root.poll(id),
            poll.session == session
        else {
            return Self.html(
                page.refused(page.t("Scrutin inconnu.", "Unknown poll.")), status: .notFound, visit: visit)
        }
        let options = fields.all("option").compactMap { Int($0) }
        let grades = poll.options.indices.map { fields.first("grade-\($0)").flatMap { Int($0) } }
        let typed: [String] =
            switch poll.kind {
            case .words: fields.all("word").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            case .text: [fields.first("text") ?? ""]
            default: []
            }
        do {
            let answers: [String]
            switch poll.answeredBy {
            case .members:
                guard let memberId = visit.device.member,
                    let member = try root.requireCouncil().member(memberId)
                else {
                    return Self.html(
                        page.memberCode(
                            csrf: await registry.device(visit.token)?.device.csrf ?? "",
                            problem: page.t(
                                "Ce scrutin est réservé aux membres du conseil.",
                                "This poll is for council members only.")),
                        status: .forbidden, visit: visit)
                }
                let door = UseCases(root: root, actor: .member(member, restricted: true), now: clock())
                // A ballot for the member whose pouvoir the voter holds: the door checks it.
                let represented = fields.first("for")
                answers = try await Self.blocking {
                    poll.kind == .grades
                        ? try door.vote(poll: poll.id, grading: grades, for: represented)
                        : poll.kind.hasOptions
                            ? try door.vote(poll: poll.id, options: options, for: represented)
                            : try door.vote(poll: poll.id, typed: typed, for: represented)
                }
                let next = represented == nil ? pendingPouvoir(poll, holder: member.id) : nil
                return Self.html(page.confirmation(poll, answers: answers, next: next), visit: visit)
            case .room:
                guard await registry.claimAnswer(poll: poll.id, device: visit.token) else {
                    return Self.html(
                        page.refused(
                            page.t(
                                "Cet appareil a déjà répondu à cette question.",
                                "This device has already answered this question.")),
                        status: .conflict, visit: visit)
                }
                do {
                    let door = host.at(clock())
                    answers = try await Self.blocking {
                        try door.answerFromRoom(poll: poll.id, options: options, typed: typed, grades: grades)
                    }
                    try await registry.settleAnswer(poll: poll.id, device: visit.token, written: true)
                } catch {
                    try? await registry.settleAnswer(poll: poll.id, device: visit.token, written: false)
                    throw error
                }
            }
            return Self.html(page.confirmation(poll, answers: answers), visit: visit)
        } catch let error as ConseilError {
            // The store's messages may name a file of the data root: a phone is never told where it is.
            let message = error.message.text(page.language).replacingOccurrences(
                of: root.path + "/", with: "")
            return Self.html(page.refused(message), status: .conflict, visit: visit)
        } catch {
            return Self.html(
                page.refused(
                    page.t("Le vote n'a pas pu être enregistré.", "The vote could not be recorded.")),
                status: .internalServerError, visit: visit)
        }
    }

    /// The member whose pouvoir `holder` holds in the poll's session and who has not voted yet.
    func pendingPouvoir(_ poll: Poll, holder: String) -> Member? {
        root.pouvoirGiven(to: holder, session: poll.session).flatMap {
            root.recordedAnswers(poll: poll, member: $0.id) == nil ? $0 : nil
        }
    }

    /// The last closed poll's results, when phones may see them: not when the poll hides them.
    func lastResults() -> PollResults? {
        guard let poll = RoomStatus.lastClosed(root: root, session: session), !poll.hideResults else {
            return nil
        }
        return root.results(of: poll).results
    }

    // MARK: Waiting

    /// Server-sent events: one message when the open poll is no longer `since`, then the end;
    /// a comment now and then keeps the connection through the idle timeout.
    func events(since: String) -> Response {
        let status = self.status
        let body = ResponseBody { writer in
            for tick in 0..<240 {
                if await status.current != since {
                    try await writer.write(ByteBuffer(string: "data: next\n\n"))
                    break
                }
                if tick % 8 == 0 { try await writer.write(ByteBuffer(string: ": waiting\n\n")) }
                try await Task.sleep(for: .milliseconds(500))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream"], body: body)
    }

    // MARK: Requests and responses

    /// Runs a write of the door (locks, fsync) on a thread of its own: the few threads of the
    /// server's tasks keep answering the other phones meanwhile.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    func withVisit(_ request: Request, _ body: (Visit) async throws -> Response) async throws -> Response {
        let language = RoomLanguage.of(request)
        guard let (token, device) = await registry.device(request.cookies[Self.cookieName]?.value) else {
            let page = RoomPage(language: language)
            return Self.html(
                page.refused(
                    page.t(
                        "Le serveur est plein : réessayez plus tard.", "The server is full: try again later.")
                ),
                status: .serviceUnavailable)
        }
        return try await body(Visit(token: token, device: device, page: RoomPage(language: language)))
    }

    /// A posted form: its body (small), then its form token, which must be the device's.
    func withForm(_ request: Request, _ body: (Visit, FormFields) async throws -> Response) async throws
        -> Response
    {
        var request = request
        let bytes = try await request.collectBody(upTo: Self.maxBody)
        return try await withVisit(request) { visit in
            let fields = FormFields(bytes.readableBytesView)
            guard await registry.consume(device: visit.token, csrf: fields.first("csrf") ?? "") else {
                return Self.html(
                    visit.page.refused(
                        visit.page.t(
                            "Ce formulaire a expiré ou a déjà été envoyé : rouvrez la page et recommencez.",
                            "This form has expired or was already sent: open the page again and start over.")),
                    status: .forbidden, visit: visit)
            }
            let current = await registry.device(visit.token)?.device ?? visit.device
            return try await body(Visit(token: visit.token, device: current, page: visit.page), fields)
        }
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok, visit: Visit? = nil) -> Response {
        var response = Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        if let visit { response.setCookie(deviceCookie(visit.token)) }
        return response
    }

    static func redirect(_ location: String, visit: Visit? = nil) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location])
        if let visit { response.setCookie(deviceCookie(visit.token)) }
        return response
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The device's token: sent only by this site's own pages, never readable by a script.
    static func deviceCookie(_ token: String) -> Cookie {
        Cookie(name: cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict)
    }
}

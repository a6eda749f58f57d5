import ConseilCore
import Foundation

/// What the server remembers of the phones: each device (a random token in a cookie) that
/// joined with a code, with its form token and as which member; the devices that answered
/// each poll and how many answers each address gave; the join-form tokens handed to phones
/// that have not joined yet; and the wrong codes tried. One actor, so two requests of the same
/// device never both pass a check.
actor RoomRegistry {
    struct Device {
        let token: String
        var csrf: String
        var member: String?
        let address: String
        /// The order of joining: when room must be made, the oldest go first.
        let order: Int
        var answered = false
    }

    /// The outcome of claiming a device's answer to a poll.
    enum Claim { case claimed, alreadyAnswered, addressFull }

    /// Wrong codes an address may send from the join form in a window before it must wait.
    static let attemptsPerWindow = 10
    /// Wrong codes in links (`/?room=…`) the whole server checks in a window: a link can be
    /// forged by any site the phone visits, so it never locks an address; beyond this, a link's
    /// code is only filled in the join form, which the person sends.
    static let linkAttemptsPerWindow = 100
    static let window: TimeInterval = 60
    /// Devices remembered at most: a flood of joins cannot fill the memory.
    static let maxDevices = 50_000
    /// Join-form tokens kept per address (a few tabs open at once), and addresses kept.
    static let formTokensPerAddress = 8
    static let tokenLength = 32

    let limits: RoomLimits
    private let secrets: RoomSecrets
    private var devices: [String: Device] = [:]
    /// Each address's devices, oldest first.
    private var devicesOf: [String: [String]] = [:]
    private var joins = 0
    private var answered: [String: Set<String>] = [:]
    /// Poll → address → answers given from it.
    private var answersFrom: [String: [String: Int]] = [:]
    private var formTokens: [String: [String]] = [:]
    private var attempts: [String: AttemptWindow] = [:]
    private var linkAttempts = AttemptWindow()

    init(secrets: RoomSecrets, limits: RoomLimits) {
        self.secrets = secrets
        self.limits = limits
    }

    static func token() -> String {
        var random = SystemRandomNumberGenerator()
        return RoomCode.make(length: tokenLength, random: &random)
    }

    /// The device of a cookie, if it names one that joined (and was not forgotten since).
    func device(_ token: String?) -> Device? { token.flatMap { devices[$0] } }

    /// A new device for someone who joined with a right code from `address`. An address keeps
    /// its own few devices (its oldest is forgotten first); when the server is full, devices
    /// that never answered are forgotten first, the oldest of them first.
    func join(from address: String, member: String?) -> Device {
        if let own = devicesOf[address], own.count >= limits.devicesPerAddress { forget(own[0]) }
        if devices.count >= Self.maxDevices { makeRoom() }
        joins += 1
        let device = Device(
            token: Self.token(), csrf: Self.token(), member: member, address: address, order: joins)
        devices[device.token] = device
        devicesOf[address, default: []].append(device.token)
        return device
    }

    private func makeRoom() {
        let idle = devices.values.filter { !$0.answered }
        let victims = (idle.isEmpty ? Array(devices.values) : idle).sorted { $0.order < $1.order }
            .prefix(max(1, Self.maxDevices / 100))
        for device in victims { forget(device.token) }
    }

    private func forget(_ token: String) {
        guard let device = devices.removeValue(forKey: token) else { return }
        devicesOf[device.address]?.removeAll { $0 == token }
        if devicesOf[device.address]?.isEmpty == true { devicesOf[device.address] = nil }
    }

    /// A join-form token for a phone of `address` that has not joined: good once, from that
    /// address only, so a token fetched by someone else cannot be sent in a phone's name.
    func formToken(for address: String) -> String {
        if formTokens[address] == nil, formTokens.count >= Self.maxDevices { formTokens = [:] }
        let token = Self.token()
        formTokens[address] = (formTokens[address] ?? []).suffix(Self.formTokensPerAddress - 1) + [token]
        return token
    }

    func consumeFormToken(from address: String, csrf: String) -> Bool {
        guard !csrf.isEmpty, let index = formTokens[address]?.firstIndex(of: csrf) else { return false }
        formTokens[address]?.remove(at: index)
        return true
    }

    /// Whether `csrf` is the device's current form token; it is then replaced, so that a form
    /// sent twice (replayed) is refused the second time.
    func consume(device token: String, csrf: String) -> Bool {
        guard var device = devices[token], !csrf.isEmpty, device.csrf == csrf else { return false }
        device.csrf = Self.token()
        devices[token] = device
        return true
    }

    func update(device token: String, _ change: (inout Device) -> Void) {
        guard var device = devices[token] else { return }
        change(&device)
        devices[token] = device
    }

    /// Whether `address` may try another code now; a wrong one from the form counts against it.
    func mayTry(from address: String, now: Date = Date()) -> Bool {
        attempts[address]?.allows(Self.attemptsPerWindow, now: now) ?? true
    }

    func wrongCode(from address: String, now: Date = Date()) {
        if attempts[address] == nil, attempts.count > Self.maxDevices {
            attempts = attempts.filter { $0.value.isCurrent(now: now) }
        }
        attempts[address, default: AttemptWindow()].count(now: now)
    }

    /// Whether the code of a link may be checked now (the server's budget of wrong link codes).
    func mayCheckLink(now: Date = Date()) -> Bool {
        linkAttempts.allows(Self.linkAttemptsPerWindow, now: now)
    }

    func wrongLinkCode(now: Date = Date()) { linkAttempts.count(now: now) }

    func hasAnswered(poll: String, device: String) -> Bool { answeredSet(poll).contains(device) }

    /// Claims the device's one answer to `poll`, and one of its address's answers to it.
    func claimAnswer(poll: String, device: String, address: String) -> Claim {
        var set = answeredSet(poll)
        guard !set.contains(device) else { return .alreadyAnswered }
        let given = answersFrom[poll]?[address] ?? 0
        guard given < limits.answersPerAddress else { return .addressFull }
        set.insert(device)
        answered[poll] = set
        answersFrom[poll, default: [:]][address] = given + 1
        return .claimed
    }

    /// Gives the claim back when the ballot was refused, or records it for good.
    func settleAnswer(poll: String, device: String, address: String, written: Bool) throws {
        if written {
            update(device: device) { $0.answered = true }
            try secrets.noteAnswered(poll: poll, device: device)
        } else {
            answered[poll]?.remove(device)
            answersFrom[poll]?[address]? -= 1
        }
    }

    private func answeredSet(_ poll: String) -> Set<String> {
        if let set = answered[poll] { return set }
        let set = secrets.answeredDevices(poll: poll)
        answered[poll] = set
        return set
    }
}

/// Attempts counted in a window that starts with the first of them.
struct AttemptWindow {
    private var start = Date.distantPast
    private var attempts = 0

    func isCurrent(now: Date) -> Bool { now.timeIntervalSince(start) < RoomRegistry.window }

    func allows(_ limit: Int, now: Date) -> Bool { !isCurrent(now: now) || attempts < limit }

    mutating func count(now: Date) {
        if isCurrent(now: now) {
            attempts += 1
        } else {
            (start, attempts) = (now, 1)
        }
    }
}

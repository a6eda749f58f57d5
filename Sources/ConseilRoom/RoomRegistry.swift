import ConseilCore
import Foundation

/// What the server remembers of the phones: each device (a random token in a cookie) with its
/// form token, whether it joined with the room code and as which member; the devices that
/// answered each poll; and the wrong codes tried from each address. One actor, so two requests
/// of the same device never both pass a check.
actor RoomRegistry {
    struct Device {
        var csrf: String
        var joined = false
        var member: String?
    }

    /// Wrong codes an address may try in a window before it must wait.
    static let attemptsPerWindow = 10
    static let window: TimeInterval = 60
    /// Devices remembered at most: a flood of new cookies cannot fill the memory.
    static let maxDevices = 50_000
    static let tokenLength = 32

    private let secrets: RoomSecrets
    private var devices: [String: Device] = [:]
    private var answered: [String: Set<String>] = [:]
    private var attempts: [String: (start: Date, count: Int)] = [:]

    init(secrets: RoomSecrets) { self.secrets = secrets }

    static func token() -> String {
        var random = SystemRandomNumberGenerator()
        return RoomCode.make(length: tokenLength, random: &random)
    }

    /// The device of a cookie, or a new one (nil when the server remembers too many already).
    func device(_ token: String?) -> (token: String, device: Device)? {
        if let token, let device = devices[token] { return (token, device) }
        guard devices.count < Self.maxDevices else { return nil }
        let token = Self.token()
        let device = Device(csrf: Self.token())
        devices[token] = device
        return (token, device)
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

    /// Whether `address` may try another code now; a wrong one counts against its window.
    func mayTry(from address: String, now: Date = Date()) -> Bool {
        guard let entry = attempts[address], now.timeIntervalSince(entry.start) < Self.window else {
            return true
        }
        return entry.count < Self.attemptsPerWindow
    }

    func wrongCode(from address: String, now: Date = Date()) {
        if let entry = attempts[address], now.timeIntervalSince(entry.start) < Self.window {
            attempts[address] = (entry.start, entry.count + 1)
        } else {
            if attempts.count > Self.maxDevices {
                attempts = attempts.filter { now.timeIntervalSince($0.value.start) < Self.window }
            }
            attempts[address] = (now, 1)
        }
    }

    func hasAnswered(poll: String, device: String) -> Bool { answeredSet(poll).contains(device) }

    /// Claims the device's one answer to `poll`: false when it already answered (or is answering).
    func claimAnswer(poll: String, device: String) -> Bool {
        var set = answeredSet(poll)
        guard set.insert(device).inserted else { return false }
        answered[poll] = set
        return true
    }

    /// Gives the claim back when the ballot was refused, or records it for good.
    func settleAnswer(poll: String, device: String, written: Bool) throws {
        if written {
            try secrets.noteAnswered(poll: poll, device: device)
        } else {
            answered[poll]?.remove(device)
        }
    }

    private func answeredSet(_ poll: String) -> Set<String> {
        if let set = answered[poll] { return set }
        let set = secrets.answeredDevices(poll: poll)
        answered[poll] = set
        return set
    }
}

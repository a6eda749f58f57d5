import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

// Shared helpers of the store tests: temporary folders, a small council to work on, the files
// of a data root, and the real `conseil` binary run as a child process (with TestSupport).
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - Temporary folders

/// A fresh folder under the system's temporary folder, removed when the body returns.
/// `data` is where tests put their data root; `scratch` holds what is not part of it.
struct Scratch {
    let base: String
    var data: String { base + "/data" }
    var scratch: String { base + "/scratch" }
}

func withScratch(_ body: (Scratch) throws -> Void) throws {
    var temporary = NSTemporaryDirectory()
    while temporary.count > 1 && temporary.hasSuffix("/") { temporary.removeLast() }
    var template = Array((temporary + "/conseil-store-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    guard made != nil else { throw TestFailure("mkdtemp failed: \(String(cString: strerror(errno)))") }
    let base = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    let scratch = Scratch(base: base)
    try FileManager.default.createDirectory(atPath: scratch.scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: base) }
    try body(scratch)
}

// MARK: - A council to work on

enum Fixture {
    /// The fixed clock of the tests, as CONSEIL_NOW gives it to the binary.
    static let now = Timestamp(iso8601: "2026-11-21T10:00:00Z")!
    static let nowText = "2026-11-21T10:00:00Z"
    static let day = CalendarDay("2026-11-21")!

    static func memberId(_ number: Int) -> String { number < 10 ? "m0\(number)" : "m\(number)" }

    /// A data root whose council has a facilitator (`anim`), a secretary (`sec`) and
    /// `members` plain members `m01`, `m02`…
    static func root(at path: String, members: Int = 5) throws -> DataRoot {
        var council = Council(name: "Conseil local du numérique de test", commune: "Rennes")
        council.members =
            [
                Member(id: "anim", name: "Animatrice", role: .facilitator),
                Member(id: "sec", name: "Secrétaire", role: .secretary),
            ] + (1...max(1, members)).map { Member(id: memberId($0), name: "Membre \($0)", role: .member) }
        return try DataRoot.create(at: path, council: council)
    }

    static func session(in root: DataRoot, title: String = "Séance de novembre") throws -> Session {
        try UseCases(root: root, actor: .administrator, now: now).createSession(
            title: title, date: day, place: "Salle du conseil")
    }

    static func newId(_ prefix: String, at time: Timestamp = now) -> String {
        var random = SystemRandomNumberGenerator()
        return Identifier.make(prefix: prefix, at: time, random: &random)
    }

    /// A poll saved and open, opened at `openedAt`.
    static func openPoll(
        in root: DataRoot, session: Session, kind: PollKind = .yesno, options: [String] = [],
        anonymous: Bool = false, openedAt: Timestamp = now
    ) throws -> Poll {
        var poll = try Poll.make(
            id: newId("q", at: openedAt), session: session.id, item: nil, kind: kind,
            question: "Êtes-vous d'accord ?",
            options: options, abstain: false, maxAnswers: nil, anonymous: anonymous, hideResults: false,
            after: nil,
            createdAt: openedAt, createdBy: "anim")
        try poll.open(at: openedAt)
        try root.save(poll)
        return poll
    }

    /// A proposal with its first event (déposée), as `proposal add` makes it.
    static func proposal(in root: DataRoot, title: String = "Un tiers-lieu numérique") throws -> Proposal {
        let proposal = Proposal(
            id: newId("p"), title: title, description: ["Première ligne", "Seconde ligne"],
            theme: "inclusion",
            origin: "rapport", owner: "sec", createdAt: now, createdBy: "sec")
        try root.save(proposal)
        try root.append(
            ProposalEvent(
                id: newId("e"), proposal: proposal.id, at: now, by: "sec", status: .submitted, progress: 0,
                note: "Proposition déposée"))
        return proposal
    }
}

extension Fixture {
    /// One record of every kind the data root holds, written through the public API.
    struct Everything {
        let session: Session
        let item: AgendaItem
        let poll: Poll
        let anonymousPoll: Poll
        let count: HandCount
        let proposal: Proposal
        let entry: MinutesEntry
    }

    static func everything(in root: DataRoot) throws -> Everything {
        let session = try session(in: root)
        try root.save(Attendance(member: "m01", status: .present, at: now, by: "sec"), session: session.id)
        try root.save(Attendance(member: "m02", status: .excused, at: now, by: "sec"), session: session.id)
        let item = AgendaItem(
            id: newId("a"), session: session.id, title: "Accueil", position: 1000, duration: 10,
            presenter: "anim")
        try root.save(item)
        let poll = try openPoll(in: root, session: session)
        try root.castBallot(poll: poll, member: "m01", answers: [Poll.yes], at: now)
        try root.castBallot(poll: poll, member: "m02", answers: [Poll.no], at: now)
        let count = HandCount(
            id: newId("h"), poll: poll.id, counts: [Poll.yes: 3, Poll.no: 1], voters: 4, at: now, by: "anim")
        try root.add(count, to: poll)
        let anonymousPoll = try openPoll(in: root, session: session, kind: .words, anonymous: true)
        try root.castBallot(poll: anonymousPoll, member: "m03", answers: ["formation", "emploi"], at: now)
        let proposal = try proposal(in: root)
        let entry = MinutesEntry(
            id: newId("m"), session: session.id, item: item.id, kind: .note,
            text: "Première ligne\nSeconde ligne",
            who: nil, due: nil, at: now, by: "sec")
        try root.save(entry)
        try root.save(MinutesStatus(), session: session.id)
        return Everything(
            session: session, item: item, poll: poll, anonymousPoll: anonymousPoll, count: count,
            proposal: proposal,
            entry: entry)
    }
}

// MARK: - Files

func readBytes(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw TestFailure("cannot read \(path)")
    }
    return [UInt8](data)
}

func writeBytes(_ bytes: [UInt8], to path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
        throw TestFailure("cannot write \(path)")
    }
}

/// Every file under `folder`, dot files included, as paths relative to it, sorted.
func allFiles(under folder: String) -> [String] {
    var result: [String] = []
    func walk(_ relative: String) {
        let full = relative.isEmpty ? folder : folder + "/" + relative
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: full) else { return }
        for name in names {
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(folder + "/" + child, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR { walk(child) } else { result.append(child) }
        }
    }
    walk("")
    return result.sorted()
}

/// The files that a write left behind: names starting with a dot anywhere in the tree.
func dotFiles(under folder: String) -> [String] {
    allFiles(under: folder).filter { path in path.split(separator: "/").contains { $0.hasPrefix(".") } }
}

func isDirectoryAt(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
}

func modificationSeconds(_ path: String) throws -> Int64 {
    var info = stat()
    guard stat(path, &info) == 0 else { throw TestFailure("cannot stat \(path)") }
    #if canImport(Darwin)
        return Int64(info.st_mtimespec.tv_sec)
    #else
        return Int64(info.st_mtim.tv_sec)
    #endif
}

/// Parses a file as a JSON object, the way any other tool would read it.
func jsonObject(_ path: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(try readBytes(path)))
    guard let dictionary = object as? [String: Any] else { throw TestFailure("\(path) is not a JSON object") }
    return dictionary
}

// MARK: - The conseil binary

enum Binary {
    /// A deterministic environment: the data root, C.UTF-8, UTC, English messages, and the
    /// fixed clock unless `now` is nil (the real clock).
    static func environment(data: String, now: String? = Fixture.nowText) -> [String: String] {
        var environment = [
            "CONSEIL_DATA": data, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC", "CONSEIL_LANG": "en",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        if let now { environment["CONSEIL_NOW"] = now }
        return environment
    }
}

/// Starts the binary as a child process, without waiting for it.
func spawnConseil(_ arguments: [String], environment: [String: String]) throws -> ChildProcess {
    try ChildProcess(try ConseilBinary.require(), arguments, environment: environment)
}

/// Runs the binary to the end: its termination and output.
@discardableResult
func runConseil(_ arguments: [String], environment: [String: String]) throws -> ProcessOutput {
    try spawnConseil(arguments, environment: environment).wait()
}

/// Milliseconds since an arbitrary start, for timing child processes.
func monotonicMilliseconds() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
}

import ConseilCore
import Foundation

/// Every file of the data root is one of these: it carries the version of its format, and
/// checks its own values when it is loaded (ConseilCore's RecordLimits).
public protocol Record: Codable, Sendable, WithinLimits {
    var schema: Int { get }
}

extension Council: Record {}
extension Session: Record {}
extension Attendance: Record {}
extension AgendaItem: Record {}
extension Poll: Record {}
extension Ballot: Record {}
extension ParticipantBallot: Record {}
extension HandCount: Record {}
extension Proposal: Record {}
extension ProposalEvent: Record {}
extension MinutesEntry: Record {}
extension MinutesStatus: Record {}

/// A file that could not be loaded: its path and why, in words a person can act on.
public struct LoadProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: Localized

    public init(path: String, reason: Localized) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason.en)" }
}

/// Records on disk: pretty-printed JSON with sorted keys and LF line endings, so that git
/// diffs show one changed field per line and merges stay clean.
public enum RecordCodec {
    public static func encode(_ record: some Record) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes = [UInt8](try encoder.encode(record))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// The deepest nesting of arrays and objects a record may have; real records use 3 or 4.
    public static let maxNesting = 64

    /// Decodes a record, or says why not: missing, unreadable, too large, not UTF-8, a byte
    /// order mark, not JSON, a key twice, a NUL, a missing or wrong field, a value out of
    /// range, or a format newer than this program.
    public static func decode<T: Record>(_ type: T.Type, at path: String) -> Result<T, LoadProblem> {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            return .failure(LoadProblem(path: path, reason: describe(error)))
        }
        return decode(type, from: bytes, path: path)
    }

    public static func decode<T: Record>(
        _ type: T.Type, from bytes: [UInt8], path: String
    ) -> Result<T, LoadProblem> {
        guard bytes.count <= FileReader.maxRecordSize else {
            return .failure(
                LoadProblem(path: path, reason: describe(FileReader.Failure.tooLarge(bytes.count))))
        }
        // Records are written without one, and JSON forbids it (RFC 8259 §8.1); JSONDecoder
        // skips it silently, other readers do not: a file that starts with one is refused.
        guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else {
            return .failure(
                LoadProblem(
                    path: path,
                    reason: Localized(
                        fr: "le fichier commence par une marque d'ordre des octets (BOM)",
                        en: "the file starts with a byte order mark (BOM)")))
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(
                LoadProblem(
                    path: path,
                    reason: Localized(fr: "le fichier n'est pas en UTF-8", en: "the file is not UTF-8")))
        }
        do {
            let record: T
            if let fast = FastRecord.decode(type, from: bytes) {
                record = fast
            } else {
                if let flaw = JSONStructure.flaw(in: bytes, maxNesting: maxNesting) {
                    return .failure(LoadProblem(path: path, reason: describe(flaw)))
                }
                record = try JSONDecoder().decode(T.self, from: Data(bytes))
            }
            guard record.schema >= 1, record.schema <= currentSchema else {
                return .failure(
                    LoadProblem(
                        path: path,
                        reason: Localized(
                            fr:
                                "version de format \(record.schema) inconnue (ce programme lit la version \(currentSchema)) : mettez conseil à jour",
                            en:
                                "unknown format version \(record.schema) (this program reads version \(currentSchema)): update conseil"
                        )))
            }
            if let violation = record.limitViolation {
                return .failure(LoadProblem(path: path, reason: violation))
            }
            return .success(record)
        } catch let error as DecodingError {
            return .failure(LoadProblem(path: path, reason: describe(error)))
        } catch {
            return .failure(
                LoadProblem(path: path, reason: Localized(fr: "JSON illisible", en: "unreadable JSON")))
        }
    }

    static func describe(_ error: FileReader.Failure) -> Localized {
        switch error {
        case .missing: Localized(fr: "fichier absent", en: "missing file")
        case .unreadable(let reason):
            Localized(fr: "lecture impossible (\(reason))", en: "cannot read (\(reason))")
        case .notAFile:
            Localized(
                fr: "ce n'est pas un fichier ordinaire (dossier, tube ou périphérique)",
                en: "not a regular file (a folder, a pipe or a device)")
        case .tooLarge(let size):
            Localized(
                fr:
                    "fichier trop gros (\(Numbers.formatted(size, .fr)) octets, \(Numbers.formatted(FileReader.maxRecordSize, .fr)) au plus)",
                en:
                    "file too large (\(Numbers.formatted(size, .en)) bytes, at most \(Numbers.formatted(FileReader.maxRecordSize, .en)))"
            )
        }
    }

    static func describe(_ flaw: JSONStructure.Flaw) -> Localized {
        switch flaw {
        case .tooDeep:
            Localized(
                fr: "JSON trop imbriqué (plus de \(maxNesting) niveaux)",
                en: "JSON nested too deep (more than \(maxNesting) levels)")
        case .duplicateKey(let key):
            Localized(
                fr: "le champ « \(InertText.make(key)) » apparaît deux fois",
                en: "the field “\(InertText.make(key))” appears twice")
        case .nul:
            Localized(
                fr: "un texte contient le caractère NUL (\\u0000)",
                en: "a text holds the NUL character (\\u0000)")
        }
    }

    static func describe(_ error: DecodingError) -> Localized {
        func field(_ path: [any CodingKey]) -> String {
            path.isEmpty
                ? "(racine)"
                : path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let name = field(context.codingPath + [key])
            return Localized(fr: "champ « \(name) » manquant", en: "missing field “\(name)”")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let name = field(context.codingPath)
            return Localized(
                fr: "champ « \(name) » d'un type inattendu", en: "field “\(name)” has an unexpected type")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return Localized(
                    fr: "JSON illisible (tronqué ou mal formé)",
                    en: "unreadable JSON (truncated or malformed)")
            }
            let name = field(context.codingPath)
            return Localized(
                fr: "valeur invalide pour « \(name) » (\(InertText.make(context.debugDescription)))",
                en: "invalid value for “\(name)” (\(InertText.make(context.debugDescription)))")
        @unknown default:
            return Localized(fr: "JSON illisible", en: "unreadable JSON")
        }
    }
}

/// A fast path for the records read by the thousand: ballots, proposals and their events.
/// Foundation's JSONDecoder spends most of `poll results` and `proposal list` on these small
/// files; they are flat objects of strings, integers, null and arrays of strings, which this
/// reads directly. Anything else (another key, a nested value, a fraction, a `\u` escape, a
/// missing field, a duplicate key) returns nil and the slow path then decides, so the
/// values and the error messages are the same either way.
/// The council, read by every command, is one such object whose members are a list of them:
/// with thousands of members (the benchmark's archive), JSONDecoder took most of a `vote`.
/// A field added to Ballot, ProposalEvent, Proposal, Council or Member must be added here too
/// (a required one especially: this path would otherwise accept files that lack it).
enum FastRecord {
    static func decode<T: Record>(_ type: T.Type, from bytes: [UInt8]) -> T? {
        if T.self == Ballot.self { return FlatObject(bytes).flatMap(ballot) as? T }
        if T.self == ProposalEvent.self { return FlatObject(bytes).flatMap(event) as? T }
        if T.self == Proposal.self { return FlatObject(bytes).flatMap(proposal) as? T }
        if T.self == Council.self { return FlatObject(bytes).flatMap(council) as? T }
        return nil
    }

    static func council(_ object: FlatObject) -> Council? {
        guard
            object.onlyHas(["schema", "name", "commune", "quorumPercent", "castingVote", "members"]),
            let schema = object.integer("schema"), let name = object.string("name"),
            let commune = object.optionalString("commune"),
            let quorumPercent = object.optionalInteger("quorumPercent"),
            let castingVote = object.optionalBoolean("castingVote"), let entries = object.objects("members")
        else { return nil }
        var members: [Member] = []
        members.reserveCapacity(entries.count)
        for entry in entries {
            guard entry.onlyHas(["id", "name", "role"]), let id = entry.string("id"),
                let name = entry.string("name"), let role = entry.string("role").flatMap(Role.init(rawValue:))
            else { return nil }
            members.append(Member(id: id, name: name, role: role))
        }
        var council = Council(name: name, commune: commune, members: members)
        council.schema = schema
        council.quorumPercent = quorumPercent
        council.castingVote = castingVote
        return council
    }

    static func ballot(_ object: FlatObject) -> Ballot? {
        guard object.onlyHas(["schema", "poll", "voter", "at", "answers", "castBy"]),
            let schema = object.integer("schema"), let poll = object.string("poll"),
            let voter = object.optionalString("voter"), let castBy = object.optionalString("castBy"),
            let at = object.optionalString("at"), let answers = object.strings("answers")
        else { return nil }
        var time: Timestamp? = nil
        if let at {
            guard let parsed = Timestamp(iso8601: at) else { return nil }
            time = parsed
        }
        var ballot = Ballot(poll: poll, voter: voter, at: time, answers: answers, castBy: castBy)
        ballot.schema = schema
        return ballot
    }

    static func event(_ object: FlatObject) -> ProposalEvent? {
        guard
            object.onlyHas([
                "schema", "id", "proposal", "at", "by", "status", "progress", "note", "review", "session",
            ]),
            let schema = object.integer("schema"), let id = object.string("id"),
            let proposal = object.string("proposal"),
            let at = object.string("at").flatMap({ Timestamp(iso8601: $0) }), let by = object.string("by"),
            let status = object.string("status").flatMap(ProposalStatus.init(rawValue:)),
            let progress = object.optionalInteger("progress"), let note = object.optionalString("note"),
            let review = object.optionalString("review"), let session = object.optionalString("session")
        else { return nil }
        var day: CalendarDay? = nil
        if let review {
            guard let parsed = CalendarDay(review) else { return nil }
            day = parsed
        }
        var event = ProposalEvent(
            id: id, proposal: proposal, at: at, by: by, status: status, progress: progress, note: note,
            review: day,
            session: session)
        event.schema = schema
        return event
    }

    static func proposal(_ object: FlatObject) -> Proposal? {
        guard
            object.onlyHas([
                "schema", "id", "title", "description", "theme", "origin", "owner", "createdAt", "createdBy",
            ]),
            let schema = object.integer("schema"), let id = object.string("id"),
            let title = object.string("title"),
            let description = object.strings("description"), let theme = object.optionalString("theme"),
            let origin = object.optionalString("origin"), let owner = object.optionalString("owner"),
            let createdAt = object.string("createdAt").flatMap({ Timestamp(iso8601: $0) }),
            let createdBy = object.string("createdBy")
        else { return nil }
        var proposal = Proposal(
            id: id, title: title, description: description, theme: theme, origin: origin, owner: owner,
            createdAt: createdAt, createdBy: createdBy)
        proposal.schema = schema
        return proposal
    }
}

/// One JSON object whose values are strings, integers, booleans, null or arrays of strings,
/// parsed from bytes already checked to be UTF-8; at the top, a value may also be an array of
/// such objects. Nil for anything else.
struct FlatObject {
    enum Value {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case null
        case strings([String])
        case objects([FlatObject])
    }

    private var fields: [(key: String, value: Value)] = []

    init?(_ bytes: [UInt8]) {
        var parser = Parser(bytes: bytes)
        guard let object = parser.object(nested: false), parser.atEnd else { return nil }
        self = object
    }

    fileprivate init(fields: [(key: String, value: Value)]) { self.fields = fields }

    func onlyHas(_ keys: [String]) -> Bool { fields.allSatisfy { keys.contains($0.key) } }

    private func find(_ key: String) -> Value? { fields.first { $0.key == key }?.value }

    func string(_ key: String) -> String? {
        if case .string(let text)? = find(key) { return text }
        return nil
    }

    func integer(_ key: String) -> Int? {
        if case .integer(let number)? = find(key) { return number }
        return nil
    }

    func strings(_ key: String) -> [String]? {
        if case .strings(let list)? = find(key) { return list }
        return nil
    }

    /// Absent or null is `.some(nil)`; a value of another type is nil.
    func optionalString(_ key: String) -> String?? {
        switch find(key) {
        case nil, .null?: return .some(nil)
        case .string(let text)?: return text
        default: return nil
        }
    }

    /// An array of objects; an empty array reads as none.
    func objects(_ key: String) -> [FlatObject]? {
        switch find(key) {
        case .objects(let list)?: return list
        case .strings(let list)? where list.isEmpty: return []
        default: return nil
        }
    }

    func optionalBoolean(_ key: String) -> Bool?? {
        switch find(key) {
        case nil, .null?: return .some(nil)
        case .boolean(let value)?: return value
        default: return nil
        }
    }

    func optionalInteger(_ key: String) -> Int?? {
        switch find(key) {
        case nil, .null?: return .some(nil)
        case .integer(let number)?: return number
        default: return nil
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool {
            mutating get {
                skipSpace()
                return index == bytes.count
            }
        }

        mutating func skipSpace() {
            while index < bytes.count,
                bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
            {
                index += 1
            }
        }

        /// Skips spaces, then consumes `byte` if it comes next.
        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// `{…}` with no key twice; inside a `nested` object, no array of objects.
        mutating func object(nested: Bool) -> FlatObject? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var fields: [(key: String, value: Value)] = []
            if !take(UInt8(ascii: "}")) {
                repeat {
                    guard let key = string(), take(UInt8(ascii: ":")), let value = value(nested: nested),
                        !fields.contains(where: { $0.key == key })
                    else { return nil }
                    fields.append((key, value))
                } while take(UInt8(ascii: ","))
                guard take(UInt8(ascii: "}")) else { return nil }
            }
            return FlatObject(fields: fields)
        }

        mutating func value(nested: Bool) -> Value? {
            skipSpace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return string().map(Value.string)
            case UInt8(ascii: "["):
                index += 1
                if take(UInt8(ascii: "]")) { return .strings([]) }
                skipSpace()
                if !nested, index < bytes.count, bytes[index] == UInt8(ascii: "{") {
                    var objects: [FlatObject] = []
                    repeat {
                        guard let object = object(nested: true) else { return nil }
                        objects.append(object)
                    } while take(UInt8(ascii: ","))
                    return take(UInt8(ascii: "]")) ? .objects(objects) : nil
                }
                var list: [String] = []
                repeat {
                    guard let text = string() else { return nil }
                    list.append(text)
                } while take(UInt8(ascii: ","))
                return take(UInt8(ascii: "]")) ? .strings(list) : nil
            case UInt8(ascii: "n"):
                guard bytes[index...].starts(with: "null".utf8) else { return nil }
                index += 4
                return .null
            case UInt8(ascii: "t"):
                guard bytes[index...].starts(with: "true".utf8) else { return nil }
                index += 4
                return .boolean(true)
            case UInt8(ascii: "f"):
                guard bytes[index...].starts(with: "false".utf8) else { return nil }
                index += 5
                return .boolean(false)
            default:
                return integer().map(Value.integer)
            }
        }

        /// -?(0|[1-9][0-9]*), with no fraction or exponent; nil if it does not fit an Int.
        mutating func integer() -> Int? {
            let negative = bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            let start = index
            var number = 0
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                let (times, overflow1) = number.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[index] - UInt8(ascii: "0")))
                guard !overflow1, !overflow2 else { return nil }
                number = sum
                index += 1
            }
            guard index > start, bytes[start] != UInt8(ascii: "0") || index == start + 1 else { return nil }
            if index < bytes.count,
                [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index])
            {
                return nil
            }
            return negative ? -number : number
        }

        /// A string with the simple escapes; `\u` and raw control characters give nil.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            var escaped: [UInt8]? = nil
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text =
                        escaped.map { String(decoding: $0, as: UTF8.self) }
                        ?? String(decoding: bytes[start..<index], as: UTF8.self)
                    index += 1
                    return text
                }
                guard byte >= 0x20 else { return nil }
                if byte == UInt8(ascii: "\\") {
                    if escaped == nil { escaped = Array(bytes[start..<index]) }
                    index += 1
                    guard index < bytes.count else { return nil }
                    switch bytes[index] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                        escaped!.append(bytes[index])
                    case UInt8(ascii: "b"): escaped!.append(0x08)
                    case UInt8(ascii: "f"): escaped!.append(0x0C)
                    case UInt8(ascii: "n"): escaped!.append(0x0A)
                    case UInt8(ascii: "r"): escaped!.append(0x0D)
                    case UInt8(ascii: "t"): escaped!.append(0x09)
                    default: return nil
                    }
                } else {
                    escaped?.append(byte)
                }
                index += 1
            }
            return nil
        }
    }
}

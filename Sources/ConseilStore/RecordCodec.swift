import ConseilCore
import Foundation

/// Every file of the data root is one of these: it carries the version of its format.
public protocol Record: Codable, Sendable {
    var schema: Int { get }
}

extension Council: Record {}
extension Session: Record {}
extension Attendance: Record {}
extension AgendaItem: Record {}
extension Poll: Record {}
extension Ballot: Record {}
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

    /// Decodes a record, or says why not: missing, unreadable, too large, not UTF-8, not JSON,
    /// a missing or wrong field, or a format newer than this program.
    public static func decode<T: Record>(_ type: T.Type, at path: String) -> Result<T, LoadProblem> {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            return .failure(LoadProblem(path: path, reason: describe(error)))
        }
        return decode(type, from: bytes, path: path)
    }

    public static func decode<T: Record>(_ type: T.Type, from bytes: [UInt8], path: String) -> Result<T, LoadProblem> {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(
                LoadProblem(
                    path: path, reason: Localized(fr: "le fichier n'est pas en UTF-8", en: "the file is not UTF-8")))
        }
        do {
            let record = try JSONDecoder().decode(T.self, from: Data(bytes))
            guard record.schema >= 1, record.schema <= currentSchema else {
                return .failure(
                    LoadProblem(
                        path: path,
                        reason: Localized(
                            fr: "version de format \(record.schema) inconnue (ce programme lit la version \(currentSchema)) : mettez conseil à jour",
                            en: "unknown format version \(record.schema) (this program reads version \(currentSchema)): update conseil"
                        )))
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
        case .unreadable(let reason): Localized(fr: "lecture impossible (\(reason))", en: "cannot read (\(reason))")
        case .tooLarge(let size):
            Localized(
                fr: "fichier trop gros (\(Numbers.formatted(size, .fr)) octets, \(Numbers.formatted(FileReader.maxRecordSize, .fr)) au plus)",
                en: "file too large (\(Numbers.formatted(size, .en)) bytes, at most \(Numbers.formatted(FileReader.maxRecordSize, .en)))")
        }
    }

    static func describe(_ error: DecodingError) -> Localized {
        func field(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "(racine)" : path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let name = field(context.codingPath + [key])
            return Localized(fr: "champ « \(name) » manquant", en: "missing field “\(name)”")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let name = field(context.codingPath)
            return Localized(fr: "champ « \(name) » d'un type inattendu", en: "field “\(name)” has an unexpected type")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return Localized(fr: "JSON illisible (tronqué ou mal formé)", en: "unreadable JSON (truncated or malformed)")
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

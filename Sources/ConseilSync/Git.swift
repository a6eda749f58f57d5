import ConseilCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What one git run left: its exit status, its output (bytes: paths may be anything) and its errors.
struct GitResult: Sendable {
    let status: Int32
    let output: [UInt8]
    let errors: String

    var ok: Bool { status == 0 }
    var text: String { String(decoding: output, as: UTF8.self) }
    /// The output without its final newline: a single value (an id, a path).
    var line: String {
        var text = self.text
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
    /// The output split on NUL bytes (`-z` formats), empty fields dropped.
    var fields: [String] {
        output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Runs git in one folder as `git -C FOLDER …`, through Foundation's Process and never a shell:
/// arguments go to git as they are. The environment loses the variables that would send git to
/// another repository (GIT_DIR, GIT_WORK_TREE…), and git never prompts (GIT_TERMINAL_PROMPT=0).
struct Git: Sendable {
    let folder: String
    let executable: URL
    /// `-c name=value` pairs given before every command (an identity when none is configured).
    var configuration: [String] = []
    private let environment: [String: String]

    init(folder: String) throws {
        self.folder = folder
        guard let found = Git.locate() else {
            throw ConseilError(
                fr: "git introuvable : installez-le (apt-get install git) puis recommencez",
                en: "git not found: install it (apt-get install git) and try again")
        }
        executable = found
        var environment = ProcessInfo.processInfo.environment
        for name in [
            "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR",
            "GIT_OBJECT_DIRECTORY",
            "GIT_NAMESPACE", "GIT_CEILING_DIRECTORIES", "GIT_EDITOR", "GIT_PAGER",
        ] {
            environment[name] = nil
        }
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["GIT_EDITOR"] = "true"
        environment["GIT_MERGE_AUTOEDIT"] = "no"
        environment["GIT_PAGER"] = "cat"
        self.environment = environment
        // A git killed with conseil writes into a pipe nobody reads: it must get EPIPE, not kill us.
        signal(SIGPIPE, SIG_IGN)
    }

    static func locate() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/git"
            if access(candidate, X_OK) == 0 { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }

    /// Runs `git -C folder <configuration> <arguments>`; `input` goes to its stdin.
    func run(_ arguments: [String], input: [UInt8]? = nil, environment extra: [String: String] = [:]) throws
        -> GitResult
    {
        let process = Process()
        process.executableURL = executable
        process.arguments =
            ["-C", folder, "-c", "core.autocrlf=false", "-c", "core.quotepath=false", "-c", "gc.auto=0"]
            + configuration + arguments
        process.environment = environment.merging(extra) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let stdin = input.map { _ in Pipe() }
        process.standardInput = stdin ?? FileHandle.nullDevice
        // waitUntilExit polls every 50 ms on Linux: a semaphore signalled at exit is immediate.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw ConseilError(
                fr: "git n'a pas pu être lancé (\(error)) ; vérifiez l'installation de git",
                en: "git could not be started (\(error)); check the git installation")
        }
        let group = DispatchGroup()
        let errorText = Collected()
        let errorHandle = errors.fileHandleForReading
        group.enter()
        DispatchQueue.global().async {
            errorText.set(errorHandle.readDataToEndOfFile())
            group.leave()
        }
        if let stdin, let input {
            let handle = stdin.fileHandleForWriting
            group.enter()
            DispatchQueue.global().async {
                // git may exit without reading everything (an error): EPIPE then, ignored.
                try? handle.write(contentsOf: Data(input))
                try? handle.close()
                group.leave()
            }
        }
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        exited.wait()
        return GitResult(
            status: process.terminationStatus, output: [UInt8](bytes),
            errors: String(decoding: errorText.get(), as: UTF8.self))
    }

    /// Runs a command that must succeed; its errors otherwise become a message.
    @discardableResult
    func check(_ arguments: [String], input: [UInt8]? = nil, environment extra: [String: String] = [:]) throws
        -> GitResult
    {
        let result = try run(arguments, input: input, environment: extra)
        guard result.ok else { throw GitFailure(arguments: arguments, result: result) }
        return result
    }

    /// The id of `revision` as a commit, or nil when it does not exist (an unborn branch).
    func commit(_ revision: String) throws -> String? {
        let result = try run(["rev-parse", "-q", "--verify", revision + "^{commit}"])
        return result.ok ? result.line : nil
    }

    func isAncestor(_ ancestor: String, of descendant: String) throws -> Bool {
        try run(["merge-base", "--is-ancestor", ancestor, descendant]).ok
    }

    /// Reads many objects in one git run: id (or `rev:path`) → contents; absent ones are missing.
    func contents(of names: [String]) throws -> [String: [UInt8]] {
        let wanted = Array(Set(names.filter { !$0.isEmpty && !Git.isNull($0) })).sorted()
        guard !wanted.isEmpty else { return [:] }
        let input = Array(wanted.joined(separator: "\n").utf8) + [0x0A]
        let bytes = try check(["cat-file", "--batch"], input: input).output
        var result: [String: [UInt8]] = [:]
        var index = 0
        for name in wanted {
            guard let newline = bytes[index...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: bytes[index..<newline], as: UTF8.self).split(separator: " ")
            index = newline + 1
            if header.count == 2 && header[1] == "missing" || header.count < 3 { continue }
            guard let size = Int(header[2]), index + size <= bytes.count else { break }
            result[name] = Array(bytes[index..<(index + size)])
            index += size + 1
        }
        return result
    }

    static func isNull(_ id: String) -> Bool { !id.isEmpty && id.allSatisfy { $0 == "0" } }
}

/// A git command that failed: what ran and what git said.
struct GitFailure: Error, CustomStringConvertible {
    let arguments: [String]
    let result: GitResult

    var description: String {
        "git \(arguments.prefix(3).joined(separator: " ")) (\(result.status)): "
            + result.errors.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var error: ConseilError {
        let said = InertText.make(result.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        return ConseilError(
            fr: "git \(arguments.first ?? "") a échoué (statut \(result.status)) : \(said)",
            en: "git \(arguments.first ?? "") failed (status \(result.status)): \(said)")
    }
}

/// Bytes filled in by another thread.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    func get() -> Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

/// One line of `git diff --raw -z --no-renames`: a file added, modified or deleted.
struct RawChange: Sendable, Equatable {
    let oldMode: String
    let newMode: String
    let oldId: String
    let newId: String
    let status: Character
    /// Relative to the top of the repository.
    let path: String

    var isDeletion: Bool { status == "D" }
    var isAddition: Bool { status == "A" }

    /// Parses `:old new oldid newid S\0path\0…`.
    static func parse(_ result: GitResult) -> [RawChange] {
        let fields = result.fields
        var changes: [RawChange] = []
        var index = 0
        while index + 1 < fields.count {
            let meta = fields[index].split(separator: " ")
            let path = fields[index + 1]
            index += 2
            guard meta.count == 5, meta[0].hasPrefix(":"), let status = meta[4].first else { continue }
            changes.append(
                RawChange(
                    oldMode: String(meta[0].dropFirst()), newMode: String(meta[1]), oldId: String(meta[2]),
                    newId: String(meta[3]), status: status, path: path))
        }
        return changes
    }
}

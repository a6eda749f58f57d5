import ConseilCore

/// The council's data root: one folder of JSON records, at the paths `Layout` names.
public struct DataRoot: Sendable {
    public let path: String

    public init(path: String) {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.path = trimmed
    }

    /// The full path of `relative`, a path that `Layout` built.
    public func absolute(_ relative: String) -> String { path + "/" + relative }

    public var councilPath: String { absolute(Layout.council) }
    public var proposalsPath: String { absolute(Layout.proposalsFolder) }
    public func sessionPath(_ session: String) -> String { absolute(Layout.sessionFolder(session)) }
    func pollPath(session: String, poll: String) -> String {
        absolute(Layout.pollFolder(session: session, poll: poll))
    }
    func proposalPath(_ id: String) -> String { absolute(Layout.proposalFolder(id)) }

    /// Whether `path` holds a council at all: the first thing every command checks.
    public func requireCouncil() throws -> Council {
        guard isDirectory(path) else {
            throw ConseilError(
                fr:
                    "aucun dossier de données à \(InertText.make(path)) ; créez-en un avec « conseil init DOSSIER --name NOM » ou indiquez --data DOSSIER",
                en:
                    "no data root at \(InertText.make(path)); create one with “conseil init DIR --name NAME” or pass --data DIR"
            )
        }
        return try CouncilCache.shared.council(at: councilPath) { try load(Council.self, at: councilPath) }
    }

    func saveCouncil(_ council: Council) throws {
        try replace(council, at: councilPath)
    }

    // MARK: - Reading and writing records

    /// Loads one record that a command needs, or throws an error naming the file and the reason
    /// (`invalid` as in `loadAll`).
    public func load<T: Record>(_ type: T.Type, at file: String, invalid: (T) -> Localized? = { _ in nil })
        throws -> T
    {
        try required(RecordCodec.decode(type, at: file).placed(at: file, invalid))
    }

    /// The record, or an error naming its file and why it cannot be used.
    func required<T>(_ result: Result<T, LoadProblem>) throws -> T {
        switch result {
        case .success(let record): return record
        case .failure(let problem):
            throw ConseilError(
                fr: "\(problem.path) : \(problem.reason.fr) ; « conseil check » liste les fichiers à réparer",
                en: "\(problem.path): \(problem.reason.en); “conseil check” lists the files to repair")
        }
    }

    /// Loads every record of one kind in a folder, in file name order, and the problems met.
    /// `record` names an entry's record (relative to the data root) when it is not the entry
    /// itself (a poll's folder holds its poll.json). An entry whose name is not a record's in the
    /// layout is not read, and is named as a problem. `invalid` says why a record that decoded
    /// does not belong there (given the record and its name in the folder, without `.json`): it
    /// is then a problem, not a value.
    public func loadAll<T: Record>(
        _ type: T.Type, in folder: String, record: ((String) -> String)? = nil,
        invalid: (T, _ name: String) -> Localized? = { _, _ in nil }
    ) -> Loaded<T> {
        Loaded(loadEach(type, in: folder, record: record, invalid: invalid))
    }

    /// `loadAll` entry by entry, each with its name in the folder: all of them, or only `names`
    /// (the files a watcher reported; one that is gone is left out).
    public func loadEach<T: Record>(
        _ type: T.Type, in folder: String, names: [String]? = nil, record: ((String) -> String)? = nil,
        invalid: (T, _ name: String) -> Localized? = { _, _ in nil }
    ) -> [(name: String, result: Result<T, LoadProblem>)] {
        var result: [(name: String, result: Result<T, LoadProblem>)] = []
        for name in names ?? FileReader.list(folder) {
            let entry = folder + "/" + name
            let target = record.map { absolute($0(name)) } ?? entry
            if names != nil && !fileExists(target) { continue }
            guard let relative = relativePath(ofFile: target), Layout.kind(of: relative) != nil else {
                result.append(
                    (
                        name,
                        .failure(
                            LoadProblem(
                                path: entry, reason: Self.unexpectedEntry(isFolder: isDirectory(entry))))
                    ))
                continue
            }
            let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
            result.append(
                (name, RecordCodec.decode(type, at: target).placed(at: target, { invalid($0, stem) })))
        }
        return result
    }

    /// `file` relative to the data root, or nil when it is not under it.
    func relativePath(ofFile file: String) -> String? {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : nil
    }

    /// Refuses a path that is not a record's or a record folder's in the layout. Paths are built
    /// from ids found in records, which a hand edit or a git merge may have changed: "../.."
    /// there must not send a write outside the data root, nor anywhere else outside the layout.
    func requireSafe(_ file: String) throws {
        guard let relative = relativePath(ofFile: file),
            Layout.kind(of: relative) != nil || Layout.isFolder(relative)
        else {
            throw ConseilError(
                fr:
                    "chemin refusé : \(InertText.make(file)) (un identifiant n'a pas la forme attendue) ; rien n'a été écrit",
                en:
                    "path refused: \(InertText.make(file)) (an id does not have the expected form); nothing was written"
            )
        }
    }

    /// Writes a new version of a record. A file that exists but cannot be read is never
    /// overwritten: the person must repair it first, so nothing it holds is lost.
    func replace<T: Record>(_ record: T, at file: String) throws {
        try requireSafe(file)
        if fileExists(file), case .failure(let problem) = RecordCodec.decode(T.self, at: file) {
            throw ConseilError(
                fr:
                    "\(problem.path) est illisible (\(problem.reason.fr)) : il n'est pas écrasé ; réparez-le ou déplacez-le, puis recommencez",
                en:
                    "\(problem.path) is unreadable (\(problem.reason.en)): it is not overwritten; repair or move it, then try again"
            )
        }
        try DurableFile.write(try encodeReadable(record, file), to: file, within: path)
    }

    /// The bytes of a record, refused when loading would refuse them (too big, a value out of
    /// range, a NUL): a record that could not be read back could not be replaced either.
    private func encodeReadable<T: Record>(_ record: T, _ file: String) throws -> [UInt8] {
        let bytes = try RecordCodec.encode(record)
        if bytes.count <= FileReader.maxRecordSize,
            case .failure(let problem) = RecordCodec.decode(T.self, from: bytes, path: file)
        {
            throw ConseilError(
                fr: "\(file) serait refusé à la lecture (\(problem.reason.fr)) ; rien n'a été écrit",
                en: "\(file) would be refused when read (\(problem.reason.en)); nothing was written")
        }
        guard bytes.count <= FileReader.maxRecordSize else {
            throw ConseilError(
                fr:
                    "\(file) ferait \(Numbers.formatted(bytes.count, .fr)) octets, plus que les \(Numbers.formatted(FileReader.maxRecordSize, .fr)) permis ; rien n'a été écrit",
                en:
                    "\(file) would be \(Numbers.formatted(bytes.count, .en)) bytes, more than the \(Numbers.formatted(FileReader.maxRecordSize, .en)) allowed; nothing was written"
            )
        }
        return bytes
    }

    /// Writes a record that must be new.
    func create<T: Record>(_ record: T, at file: String) throws {
        try requireSafe(file)
        guard !fileExists(file) else {
            throw ConseilError(fr: "\(file) existe déjà", en: "\(file) already exists")
        }
        try DurableFile.write(try encodeReadable(record, file), to: file, within: path)
    }

    /// Creates a new data root with its council file.
    public static func create(at path: String, council: Council) throws -> DataRoot {
        let root = DataRoot(path: path)
        guard !fileExists(root.councilPath) else {
            throw ConseilError(
                fr: "\(path) contient déjà un conseil (council.json) ; rien n'a été modifié",
                en: "\(path) already holds a council (council.json); nothing was changed")
        }
        try DurableFile.makeDirectories(path)
        try root.create(council, at: root.councilPath)
        return root
    }
}

extension Result where Failure == LoadProblem {
    /// The record, unless `invalid` says why it does not belong at `file`.
    func placed(at file: String, _ invalid: (Success) -> Localized?) -> Self {
        flatMap { record in
            invalid(record).map { .failure(LoadProblem(path: file, reason: $0)) } ?? .success(record)
        }
    }
}

/// Records loaded from a folder, and the files that could not be.
public struct Loaded<T>: Sendable where T: Sendable {
    public var values: [T] = []
    public var problems: [LoadProblem] = []

    public init(values: [T] = [], problems: [LoadProblem] = []) {
        self.values = values
        self.problems = problems
    }

    /// The values and the problems of entries loaded one by one, in their order.
    public init(_ entries: some Sequence<(name: String, result: Result<T, LoadProblem>)>) {
        for entry in entries {
            switch entry.result {
            case .success(let record): values.append(record)
            case .failure(let problem): problems.append(problem)
            }
        }
    }
}

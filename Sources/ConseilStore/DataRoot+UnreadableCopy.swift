import ConseilCore

extension DataRoot {
    /// Moves a file that exists but cannot be read as `T` to a hidden copy beside it, named like
    /// a conflict copy tagged `unreadable…` (`.marc.conflict-unreadable0ja8x2k1e9f3q.json`):
    /// loaders skip it and `check` reports it until someone resolves it, so its bytes are kept
    /// and the record's owner may write again. A rename keeps them whatever their size.
    func setAsideUnreadable<T: Record>(_ type: T.Type, at file: String, now: Timestamp) throws {
        try requireSafe(file)
        guard fileExists(file), case .failure = RecordCodec.decode(type, at: file) else { return }
        var random = SystemRandomNumberGenerator()
        let tag = Identifier.make(prefix: "unreadable", at: now, random: &random)
        try DurableFile.rename(file, to: ConflictCopy.name(for: basename(of: file), tag: tag), within: path)
    }
}

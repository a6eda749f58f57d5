import ConseilCore

#if canImport(Glibc)
    import Glibc
#endif

// The only deletions the use cases make: a record that nothing else points to, and a draft
// poll's folder. Everything else the data root holds is kept (history, ballots).
extension DataRoot {
    /// Removes one record file at a path `Layout` built; never through a link.
    func remove(record file: String) throws {
        try requireSafe(file)
        try DurableFile.remove(file, within: path)
    }

    /// Removes a poll's folder, which must hold nothing but its poll.json (a draft, no count).
    func removeDraftFolder(_ poll: Poll) throws {
        let folder = pollPath(session: poll.session, poll: poll.id)
        try remove(record: folder + "/poll.json")
        for name in FileReader.list(folder) { rmdir(folder + "/" + name) }
        rmdir(folder)
        try DurableFile.syncDirectory(parent(of: folder))
    }
}

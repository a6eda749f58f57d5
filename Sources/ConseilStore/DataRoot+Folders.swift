import ConseilCore

#if canImport(Glibc)
    import Glibc
#endif

extension DataRoot {
    /// Claims a new folder with an exclusive mkdir and fills it; false when the folder already
    /// exists (another writer claimed it first). When filling fails (a full disk…) the folder
    /// goes again with whatever was written into it: a refused creation leaves nothing behind.
    func createFolder(_ folder: String, fill: () throws -> Void) throws -> Bool {
        try requireSafe(folder)
        let (above, name, parents) = try DurableFile.openFolder(of: folder, within: path)
        defer { close(above) }
        guard mkdirat(above, name, 0o755) == 0 else {
            let exists = errno == EEXIST
            let error = DurableFile.failure("mkdir", folder)
            DurableFile.removeFolders(parents)
            if exists { return false }
            throw error
        }
        do {
            try DurableFile.syncDirectory(parent(of: folder))
            try fill()
        } catch {
            removeTree(folder)
            DurableFile.removeFolders(parents)
            throw error
        }
        return true
    }

    /// Removes a folder this process just made, never following a link out of it.
    private func removeTree(_ folder: String) {
        for (name, _) in FileReader.entries(folder) {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR { removeTree(path) } else { unlink(path) }
        }
        rmdir(folder)
        try? DurableFile.syncDirectory(parent(of: folder))
    }
}

import ConseilCore

#if canImport(Glibc)
    import Glibc
#endif

/// An advisory lock on a folder of the data root, taken with flock(2) on the folder itself: no
/// lock file, so nothing is left behind by a crash or committed by sync, and the kernel
/// releases it when the process dies. Writers of one session (or one proposal) take it
/// exclusively, so that each rule is checked against what is on disk while nobody else
/// changes it; ballots take it shared, so voters never wait for each other, only for a close
/// or an adoption.
enum FolderLock {
    enum Mode {
        case shared, exclusive
    }

    static func hold<T>(_ folder: String, _ mode: Mode, _ body: () throws -> T) throws -> T {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            let failure = DurableFile.failure("open", folder)
            // A link planted in place of the folder is named as such, like every write does.
            let above = open(parent(of: folder), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if above >= 0 {
                defer { close(above) }
                try DurableFile.refuseLink(basename(of: folder), in: above, at: folder)
            }
            throw failure
        }
        defer { close(descriptor) }
        while flock(descriptor, mode == .shared ? LOCK_SH : LOCK_EX) != 0 {
            guard errno == EINTR else { throw DurableFile.failure("flock", folder) }
        }
        return try body()
    }
}

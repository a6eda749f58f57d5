#if canImport(Glibc)
    import Glibc
#endif
import ConseilCore

/// Tells cheaply whether what a screen shows may have changed on disk: the modification times
/// of the folders that gain files (ballots, history, entries) and of the records that get
/// rewritten. A new ballot renamed into place changes its folder's time.
public struct ChangeWatcher: Sendable {
    public let root: DataRoot

    public init(root: DataRoot) { self.root = root }

    public func signature(session: String?) -> [Int64] {
        var paths = [root.path, root.councilPath, root.proposalsPath]
        for proposal in FileReader.list(root.proposalsPath) {
            paths.append(root.proposalsPath + "/" + proposal + "/events")
            paths.append(root.proposalsPath + "/" + proposal + "/proposal.json")
        }
        if let session {
            let folder = root.sessionPath(session)
            paths += [folder, folder + "/session.json", folder + "/agenda", folder + "/minutes", folder + "/attendance",
                      folder + "/minutes.json", folder + "/polls"]
            for agendaItem in FileReader.list(folder + "/agenda") { paths.append(folder + "/agenda/" + agendaItem) }
            for entry in FileReader.list(folder + "/minutes") { paths.append(folder + "/minutes/" + entry) }
            for poll in FileReader.list(folder + "/polls") {
                paths += ["/poll.json", "/ballots", "/counts"].map { folder + "/polls/" + poll + $0 }
            }
        }
        return paths.map(Self.modificationTime)
    }

    static func modificationTime(_ path: String) -> Int64 {
        var info = stat()
        guard stat(path, &info) == 0 else { return -1 }
        return (Int64(info.st_mtim.tv_sec) &* 1_000_000_000) &+ Int64(info.st_mtim.tv_nsec) &+ (Int64(info.st_size) &<< 40)
    }
}

import ConseilCore

#if canImport(Glibc)
    import Glibc
#endif

/// Tells cheaply whether what a screen shows may have changed on disk: the modification times
/// of the folders that gain files (ballots, history, entries) and of the records that get
/// rewritten. A new ballot renamed into place changes its folder's time.
public struct ChangeWatcher: Sendable {
    public let root: DataRoot

    public init(root: DataRoot) { self.root = root }

    public func signature(session: String?) -> [Int64] {
        // Records rewritten in place (agenda items, minutes entries) are watched one by one.
        func contents(_ folder: String) -> [String] {
            FileReader.list(root.absolute(folder)).map { folder + "/" + $0 }
        }
        var paths = [Layout.council, Layout.proposalsFolder]
        for proposal in FileReader.list(root.proposalsPath) {
            paths += [Layout.eventsFolder(proposal: proposal), Layout.proposal(proposal)]
        }
        if let session {
            let agenda = Layout.agendaFolder(session: session)
            let minutes = Layout.minutesFolder(session: session)
            let polls = Layout.pollsFolder(session: session)
            paths += [
                Layout.sessionFolder(session), Layout.session(session), agenda, minutes,
                Layout.attendanceFolder(session: session), Layout.minutesStatus(session: session), polls,
            ]
            paths += contents(agenda) + contents(minutes)
            for poll in FileReader.list(root.absolute(polls)) {
                paths += [
                    Layout.poll(session: session, poll: poll),
                    Layout.ballotsFolder(session: session, poll: poll),
                    Layout.participantsFolder(session: session, poll: poll),
                    Layout.countsFolder(session: session, poll: poll),
                ]
            }
        }
        return ([root.path] + paths.map(root.absolute)).map(Self.modificationTime)
    }

    static func modificationTime(_ path: String) -> Int64 {
        var info = stat()
        guard stat(path, &info) == 0 else { return -1 }
        return (Int64(info.st_mtim.tv_sec) &* 1_000_000_000) &+ Int64(info.st_mtim.tv_nsec)
            &+ (Int64(info.st_size) &<< 40)
    }
}

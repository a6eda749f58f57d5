import ConseilCore
import ConseilStore

/// What a remote may not change even with a sound record, because the one door would refuse it
/// here (DESIGN.md §14: a tree from a remote accepts only what the use cases accept):
/// - anything of a session whose minutes are adopted on this clone: adoption freezes it;
/// - a ballot, a show of hands or a voter's mark of a poll closed on this clone;
/// - a ballot or a mark of an anonymous poll that the remote's own commit shows open: conseil
///   holds those back until the close, so only a hand-made commit carries them, and they
///   would stuff the poll or lock a member out.
struct LifecycleRule {
    let repository: Repository
    let theirs: String

    func refusal(_ relative: String) -> Localized? {
        // The session folder holds its records and their conflict copies alike.
        guard let session = relative.split(separator: "/").first.map(String.init),
            Layout.isSessionFolder(session)
        else { return nil }
        let root = repository.root
        if (try? root.minutesStatus(session: session))?.state == .adopted {
            return Localized(
                fr: "séance arrêtée ici (compte rendu adopté) : elle ne se modifie plus",
                en: "session settled here (minutes adopted): it can no longer change")
        }
        guard let record = Layout.parse(relative),
            [.ballot, .participantBallot, .handCount, .voterMark].contains(record.kind)
        else { return nil }
        let pollFile = Layout.poll(session: session, poll: record.ids[1])
        let local = try? RecordCodec.decode(Poll.self, at: repository.file(pollFile)).get()
        if local?.state == .closed {
            return Localized(
                fr: "scrutin clos ici : plus aucun bulletin ni décompte n'y entre",
                en: "poll closed here: no ballot or count enters it any more")
        }
        if record.kind != .handCount, let remote = remotePoll(pollFile), remote.anonymous,
            remote.state != .closed
        {
            return Localized(
                fr:
                    "bulletin ou marque d'un scrutin anonyme encore ouvert : conseil ne les envoie qu'après la clôture",
                en: "ballot or mark of an anonymous poll still open: conseil sends them only after the close")
        }
        return nil
    }

    private func remotePoll(_ pollFile: String) -> Poll? {
        let name = theirs + ":" + repository.full(pollFile)
        guard let bytes = try? repository.git.contents(of: [name])[name] else { return nil }
        return try? RecordCodec.decode(Poll.self, from: bytes, path: pollFile).get()
    }
}

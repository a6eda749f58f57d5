import ConseilCore
import ConseilStore
import Foundation

/// One file of the data root that a commit or a merge changes, with both versions.
struct FileChange: Sendable {
    /// Relative to the data root.
    let path: String
    let old: [UInt8]?
    let new: [UInt8]?

    var isAddition: Bool { old == nil && new != nil }
    var isDeletion: Bool { new == nil }
}

/// What a set of changes means for the council, counted and in sentences: « 3 bulletins »,
/// « Scrutin « … » clos : 34 votants », « Proposition « … » : adoptée ». Used for commit
/// messages (always in French: they are the council's shared history) and for the report of
/// what a sync sent and received (in the interface's language).
public struct ChangeSummary: Sendable, Equatable {
    /// Counts by kind of change, with stable keys (for `--json`): ballots, handCounts,
    /// pollsCreated, pollsOpened, pollsClosed, pollsChanged, proposalsCreated, proposalsChanged,
    /// statusChanges, followUps, minutesEntries, minutesEdited, minutesAdopted, agendaItems,
    /// agendaChanged, attendance, sessionsCreated, sessionsChanged, council, conflictsKept,
    /// conflictsResolved, deleted, other.
    public var counts: [String: Int] = [:]
    /// One sentence per notable change, then the counted ones.
    public var lines: [Localized] = []

    public var isEmpty: Bool { counts.values.allSatisfy { $0 == 0 } }

    public init() {}

    /// The sentences joined for one line: « 3 bulletins, 1 note au compte rendu ».
    public func text(_ language: Language) -> String {
        lines.map { $0.text(language) }.joined(separator: ", ")
    }

    /// A commit message: a subject line that fits, then every sentence on its own line.
    func commitMessage(prefix: String = "") -> String {
        let all = lines.map(\.fr)
        guard !all.isEmpty else { return prefix.isEmpty ? "Synchronisation" : prefix }
        var subject = prefix
        var used = 0
        for line in all {
            let candidate =
                subject.isEmpty ? line : subject + (used == 0 && !prefix.isEmpty ? " : " : ", ") + line
            if candidate.count > 72 && used > 0 { break }
            subject = candidate
            used += 1
        }
        if used < all.count {
            let rest = all.count - used
            subject += rest == 1 ? " et 1 autre changement" : " et \(rest) autres changements"
        }
        if used == all.count && all.count == 1 { return subject + "\n" }
        return subject + "\n\n" + all.map { "- " + $0 }.joined(separator: "\n") + "\n"
    }

    /// Builds the summary of `changes`. `view` reads the data root as it is once the changes
    /// are applied (titles, voters), whether or not they are already on disk.
    static func make(_ changes: [FileChange], view: RootView) -> ChangeSummary {
        var summary = ChangeSummary()
        var notable: [Localized] = []
        var counted: [String: Int] = [:]
        func count(_ key: String, _ number: Int = 1) { counted[key, default: 0] += number }

        // The council first, then sessions, agenda, polls, minutes, proposals: the order a reader expects.
        func rank(_ change: FileChange) -> Int {
            switch Layout.kind(of: change.path) {
            case .council?: 0
            case .session?: 1
            case .agendaItem?: 2
            case .poll?: 3
            case .minutesStatus?: 4
            case .proposal?: 5
            case .proposalEvent?: 6
            default: 7
            }
        }
        for change in changes.sorted(by: { (rank($0), $0.path) < (rank($1), $1.path) }) {
            let name = change.path.split(separator: "/").last.map(String.init) ?? change.path
            if let copy = ConflictCopy.parse(name) {
                _ = copy
                count(change.isDeletion ? "conflictsResolved" : change.isAddition ? "conflictsKept" : "other")
                continue
            }
            guard let kind = Layout.kind(of: change.path) else {
                count(change.isDeletion ? "deleted" : "other")
                continue
            }
            if change.isDeletion && kind != .voterMark {
                count("deleted")
                continue
            }
            switch kind {
            case .ballot, .participantBallot:
                count("ballots")
            case .voterMark:
                break
            case .handCount:
                count("handCounts")
            case .attendance:
                count("attendance")
            case .minutesEntry:
                if change.isAddition {
                    count("minutesEntries")
                    let entry = decode(MinutesEntry.self, change.new)
                    count("minutes." + (entry?.kind.rawValue ?? "note"))
                } else {
                    count("minutesEdited")
                }
            case .agendaItem:
                if change.isAddition {
                    count("agendaItems")
                } else if let new = decode(AgendaItem.self, change.new),
                    let old = decode(AgendaItem.self, change.old),
                    new.state != old.state
                {
                    count("agendaChanged")
                    notable.append(
                        Localized(
                            fr: "Point « \(short(new.title)) » : \(new.state.name.fr)",
                            en: "Item “\(short(new.title))”: \(new.state.name.en)"))
                } else {
                    count("agendaChanged")
                }
            case .poll:
                guard let poll = decode(Poll.self, change.new) else {
                    count("other")
                    continue
                }
                let question = short(poll.question)
                let old = decode(Poll.self, change.old)
                if change.isAddition && poll.state == .draft {
                    count("pollsCreated")
                    notable.append(
                        Localized(fr: "Scrutin « \(question) » créé", en: "Poll “\(question)” created"))
                } else if poll.state == .closed && old?.state != .closed {
                    count("pollsClosed")
                    let voters = view.voters(of: poll)
                    notable.append(
                        Localized(
                            fr: "Scrutin « \(question) » clos : \(voters) votant\(voters == 1 ? "" : "s")",
                            en: "Poll “\(question)” closed: \(voters) voter\(voters == 1 ? "" : "s")"))
                } else if poll.state == .open && old?.state != .open {
                    count("pollsOpened")
                    notable.append(
                        Localized(fr: "Scrutin « \(question) » ouvert", en: "Poll “\(question)” opened"))
                } else {
                    count("pollsChanged")
                    notable.append(
                        Localized(fr: "Scrutin « \(question) » modifié", en: "Poll “\(question)” changed"))
                }
            case .proposal:
                let title = decode(Proposal.self, change.new).map { short($0.title) } ?? name
                if change.isAddition {
                    count("proposalsCreated")
                    notable.append(
                        Localized(fr: "Proposition « \(title) » déposée", en: "Proposal “\(title)” submitted")
                    )
                } else {
                    count("proposalsChanged")
                    notable.append(
                        Localized(fr: "Proposition « \(title) » modifiée", en: "Proposal “\(title)” changed"))
                }
            case .proposalEvent:
                guard let event = decode(ProposalEvent.self, change.new) else {
                    count("other")
                    continue
                }
                let previous = view.statusBefore(event)
                if previous == nil && event.status == .submitted {
                    // The first event of a new proposal: « déposée » already says it.
                    continue
                }
                if change.isAddition && previous != event.status {
                    count("statusChanges")
                    let title = view.proposalTitle(event.proposal).map(short) ?? event.proposal
                    notable.append(
                        Localized(
                            fr: "Proposition « \(title) » : \(event.status.name.fr)",
                            en: "Proposal “\(title)”: \(event.status.name.en)"))
                } else {
                    count("followUps")
                }
            case .session:
                guard let session = decode(Session.self, change.new) else {
                    count("other")
                    continue
                }
                let title = short(session.title)
                if change.isAddition {
                    count("sessionsCreated")
                    notable.append(
                        Localized(fr: "Séance « \(title) » créée", en: "Session “\(title)” created"))
                } else {
                    count("sessionsChanged")
                    let old = decode(Session.self, change.old)
                    if old?.state != session.state {
                        notable.append(
                            Localized(
                                fr: "Séance « \(title) » : \(session.state.name.fr)",
                                en: "Session “\(title)”: \(session.state.name.en)"))
                    }
                }
            case .minutesStatus:
                let status = decode(MinutesStatus.self, change.new)
                if status?.state == .adopted && decode(MinutesStatus.self, change.old)?.state != .adopted {
                    count("minutesAdopted")
                    let session = Layout.parse(change.path)?.ids.first ?? ""
                    let title = view.sessionTitle(session).map(short) ?? session
                    notable.append(
                        Localized(
                            fr: "Compte rendu de « \(title) » adopté", en: "Minutes of “\(title)” adopted"))
                } else {
                    count("other")
                }
            case .council:
                count("council")
                let council = decode(Council.self, change.new)
                let added =
                    (council?.members.count ?? 0) - (decode(Council.self, change.old)?.members.count ?? 0)
                if change.isAddition, let council {
                    notable.append(
                        Localized(
                            fr: "Conseil « \(short(council.name)) » créé",
                            en: "Council “\(short(council.name))” created"))
                } else if added > 0 {
                    notable.append(
                        Localized(
                            fr: added == 1
                                ? "1 membre ajouté au conseil" : "\(added) membres ajoutés au conseil",
                            en: added == 1
                                ? "1 member added to the council" : "\(added) members added to the council"))
                } else {
                    notable.append(Localized(fr: "Conseil modifié", en: "Council changed"))
                }
            }
        }
        // Many proposals or polls changing at once read better as counts.
        if notable.count > 8 {
            notable = []
            if let number = counted["pollsClosed"] {
                notable.append(plural(number, "scrutin clos", "scrutins clos", "poll closed", "polls closed"))
            }
            if let number = counted["statusChanges"] {
                notable.append(
                    plural(
                        number, "changement de statut", "changements de statut", "status change",
                        "status changes"))
            }
        }
        summary.lines = notable
        let sentences: [(String, String, String, String, String)] = [
            ("ballots", "bulletin", "bulletins", "ballot", "ballots"),
            ("handCounts", "vote à main levée", "votes à main levée", "show of hands", "shows of hands"),
            (
                "minutes.note", "note au compte rendu", "notes au compte rendu", "note in the minutes",
                "notes in the minutes"
            ),
            (
                "minutes.decision", "décision au compte rendu", "décisions au compte rendu",
                "decision in the minutes",
                "decisions in the minutes"
            ),
            (
                "minutes.action", "action au compte rendu", "actions au compte rendu",
                "action in the minutes",
                "actions in the minutes"
            ),
            (
                "minutesEdited", "entrée du compte rendu modifiée", "entrées du compte rendu modifiées",
                "minutes entry edited", "minutes entries edited"
            ),
            (
                "agendaItems", "point à l'ordre du jour", "points à l'ordre du jour", "agenda item",
                "agenda items"
            ),
            (
                "attendance", "présence notée", "présences notées", "attendance recorded",
                "attendances recorded"
            ),
            (
                "followUps", "suivi de proposition", "suivis de propositions", "proposal follow-up",
                "proposal follow-ups"
            ),
            ("conflictsKept", "conflit gardé", "conflits gardés", "conflict kept", "conflicts kept"),
            (
                "conflictsResolved", "conflit résolu", "conflits résolus", "conflict resolved",
                "conflicts resolved"
            ),
            ("deleted", "fichier supprimé", "fichiers supprimés", "file deleted", "files deleted"),
            ("other", "autre fichier", "autres fichiers", "other file", "other files"),
        ]
        for (key, singular, pluralText, english, englishPlural) in sentences {
            if let number = counted[key], number > 0 {
                summary.lines.append(plural(number, singular, pluralText, english, englishPlural))
            }
        }
        if let number = counted["agendaChanged"], number > 0,
            !notable.contains(where: { $0.fr.hasPrefix("Point ") })
        {
            summary.lines.append(
                plural(
                    number, "point de l'ordre du jour modifié", "points de l'ordre du jour modifiés",
                    "agenda item changed", "agenda items changed"))
        }
        summary.counts = counted.filter { !$0.key.hasPrefix("minutes.") }
        return summary
    }

    private static func plural(
        _ number: Int, _ one: String, _ many: String, _ english: String, _ englishMany: String
    )
        -> Localized
    {
        Localized(
            fr: "\(Numbers.formatted(number, .fr)) \(number == 1 ? one : many)",
            en: "\(Numbers.formatted(number, .en)) \(number == 1 ? english : englishMany)")
    }
}

/// A title cut to fit a line, made inert (it goes to terminals and to `git log`).
func short(_ text: String) -> String {
    let flat = InertText.make(text.replacingOccurrences(of: "\n", with: " "))
    guard flat.count > 50 else { return flat }
    return String(flat.prefix(49)) + "…"
}

func decode<T: Record>(_ type: T.Type, _ bytes: [UInt8]?) -> T? {
    guard let bytes else { return nil }
    if case .success(let record) = RecordCodec.decode(type, from: bytes, path: "") { return record }
    return nil
}

/// The data root as it is once a set of changes is applied: the changes first, then the disk.
struct RootView {
    let root: DataRoot
    let changes: [String: FileChange]

    init(root: DataRoot, changes: [FileChange]) {
        self.root = root
        var byPath: [String: FileChange] = [:]
        for change in changes { byPath[change.path] = change }
        self.changes = byPath
    }

    func bytes(_ relative: String) -> [UInt8]? {
        if let change = changes[relative] { return change.new }
        return try? FileReader.read(root.absolute(relative))
    }

    /// The names in a folder (relative to the data root).
    func names(in folder: String) -> [String] {
        var names = Set(FileReader.list(root.absolute(folder)))
        let prefix = folder + "/"
        for (path, change) in changes where path.hasPrefix(prefix) {
            let name = String(path.dropFirst(prefix.count))
            guard !name.contains("/") else { continue }
            if change.isDeletion { names.remove(name) } else { names.insert(name) }
        }
        return names.sorted()
    }

    func records<T: Record>(_ type: T.Type, in folder: String) -> [T] {
        names(in: folder).filter { Layout.kind(of: folder + "/" + $0) != nil }.compactMap {
            decode(type, bytes(folder + "/" + $0))
        }
    }

    func voters(of poll: Poll) -> Int {
        PollResults(
            poll: poll,
            ballots: records(Ballot.self, in: Layout.ballotsFolder(session: poll.session, poll: poll.id)),
            counts: records(HandCount.self, in: Layout.countsFolder(session: poll.session, poll: poll.id))
        ).base
    }

    func proposalTitle(_ id: String) -> String? {
        guard Identifier.isValid(id) else { return nil }
        return decode(Proposal.self, bytes(Layout.proposal(id)))?.title
    }

    func sessionTitle(_ id: String) -> String? {
        guard Identifier.isValid(id) else { return nil }
        return decode(Session.self, bytes(Layout.session(id)))?.title
    }

    /// The status of the proposal just before `event` in its history, nil when it is the first.
    func statusBefore(_ event: ProposalEvent) -> ProposalStatus? {
        guard Identifier.isValid(event.proposal) else { return nil }
        let events = records(ProposalEvent.self, in: Layout.eventsFolder(proposal: event.proposal))
            .sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        guard let index = events.firstIndex(where: { $0.id == event.id }), index > 0 else { return nil }
        return events[index - 1].status
    }
}

/// The facts a procès-verbal states (L2121-15), in order and in the document's language, as
/// plain text: the Markdown and the HTML exports lay out the same facts, so they never differ.
public struct ProcesVerbal {
    public struct Fact {
        public let label: String
        public let value: String
    }

    public let language: Language
    public let document: MinutesDocument

    public init(_ document: MinutesDocument, language: Language) {
        self.document = document
        self.language = language
    }

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
    private var council: Council { document.council }
    private var session: Session { document.session }

    /// « Procès-verbal — <session> », the page title and the heading.
    public var title: String { t("Procès-verbal", "Minutes") + " — " + session.title }

    public func name(_ id: String) -> String { council.member(id)?.name ?? id }

    /// Council, session, date, place, times, chair and secretaries.
    public var heading: [Fact] {
        var facts = [
            Fact(label: t("Conseil", "Council"), value: council.name),
            Fact(label: t("Séance", "Session"), value: session.title),
            Fact(label: t("Date", "Date"), value: DateFormat.long(session.date, language)),
        ]
        if let place = session.place { facts.append(Fact(label: t("Lieu", "Place"), value: place)) }
        facts.append(Fact(label: t("Ouverture", "Opened"), value: time(session.openedAt)))
        facts.append(Fact(label: t("Clôture", "Closed"), value: time(session.closedAt)))
        facts.append(Fact(label: t("Présidence", "Chair"), value: session.chair.map(name) ?? "—"))
        let secretaries = session.roles.secretaries.map(name)
        facts.append(
            Fact(
                label: secretaries.count > 1
                    ? t("Secrétaires", "Secretaries") : t("Secrétariat", "Secretary"),
                value: secretaries.isEmpty ? "—" : secretaries.joined(separator: ", ")))
        return facts
    }

    /// Stored times are UTC (DateFormat); the PV says so rather than guess the room's clock.
    private func time(_ time: Timestamp?) -> String {
        time.map { DateFormat.long($0, language) + " (UTC)" } ?? t("non notée", "not recorded")
    }

    /// Members in office, present, represented (with the pouvoirs), excused, absent; the quorum.
    public var attendance: [Fact] {
        let summary = document.attendance
        let names = { (members: [Member]) in
            members.isEmpty ? "—" : members.map(\.name).joined(separator: ", ")
        }
        let pouvoirs = summary.represented.map {
            t(
                "\($0.giver.name) donne pouvoir à \($0.holder.name)",
                "\($0.giver.name) gives a pouvoir to \($0.holder.name)")
        }
        let present = summary.present.count
        return [
            Fact(label: t("Membres en exercice", "Members in office"), value: "\(council.members.count)"),
            Fact(label: t("Présents", "Present") + " (\(present))", value: names(summary.present)),
            Fact(
                label: t("Représentés", "Represented") + " (\(summary.represented.count))",
                value: pouvoirs.isEmpty ? "—" : pouvoirs.joined(separator: " ; ")),
            Fact(
                label: t("Excusés", "Excused") + " (\(summary.excused.count))", value: names(summary.excused)),
            Fact(label: t("Absents", "Absent") + " (\(summary.absent.count))", value: names(summary.absent)),
            Fact(
                label: "Quorum",
                value: (summary.quorumReached ? t("atteint", "reached") : t("non atteint", "not reached"))
                    + t(
                        " (\(present) présent\(present > 1 ? "s" : ""), \(summary.required) requis ; les pouvoirs ne comptent pas)",
                        " (\(present) present, \(summary.required) required; pouvoirs do not count)")),
        ]
    }

    /// The agenda items' titles, in order, each with who presents it when named.
    public var agenda: [String] {
        document.sections.compactMap { section in
            section.item.map { item in
                item.title
                    + (item.presenter.map {
                        t(" (présenté par ", " (presented by ") + (document.council.member($0)?.name ?? $0)
                            + ")"
                    } ?? "")
            }
        }
    }

    /// The sections the PV shows, numbered by agenda position: « Divers » only when it has
    /// something to say.
    public var sections: [(number: Int, section: MinutesDocument.Section)] {
        document.sections.enumerated().compactMap { index, section in
            section.item == nil && section.entries.isEmpty && deliberations(section).isEmpty
                ? nil : (index + 1, section)
        }
    }

    /// The polls a section's deliberations report: a draft that never opened took no vote.
    public func deliberations(_ section: MinutesDocument.Section) -> [PollResults] {
        section.polls.filter { $0.poll.state != .draft }
    }

    /// The signature block: the chair and each secretary, by name when named.
    public var signatures: [Fact] {
        [
            Fact(
                label: t("Le président ou la présidente de séance", "The chair"),
                value: session.chair.map(name) ?? "")
        ]
            + (session.roles.secretaries.isEmpty ? [""] : session.roles.secretaries).map {
                Fact(
                    label: t("Le ou la secrétaire de séance", "The secretary"),
                    value: $0.isEmpty ? "" : name($0))
            }
    }

    /// « Brouillon », or « Arrêté lors de la séance du … » (`minutes adopt --at`).
    public var state: String {
        let status = document.status
        guard status.state == .adopted else {
            return t("Projet de procès-verbal (brouillon)", "Draft minutes")
        }
        if let next = document.adoptedIn {
            return t(
                "Arrêté lors de la séance du \(DateFormat.long(next.date, .fr)) (\(next.title))",
                "Approved at the session of \(DateFormat.long(next.date, .en)) (\(next.title))")
        }
        return t("Arrêté", "Approved")
            + (status.adoptedAt.map { t(" le ", " on ") + DateFormat.long($0.day, language) } ?? "")
    }
}

import ConseilCore

/// One block of the minutes as the screen shows them: the minutes model read as headings,
/// paragraphs, list items and tables (never as Markdown to be shown raw).
enum MinutesBlock: Equatable {
    case title(String)
    /// A section's heading: the session's attendance, an agenda item, « Divers ».
    case heading(String)
    case subheading(String)
    case paragraph(String, CellStyle = .normal)
    case item(String)
    case table(MinutesTable)
}

/// A table: a header row, the columns whose numbers align right, and the rows.
struct MinutesTable: Equatable {
    let header: [String]
    let right: [Bool]
    let rows: [[String]]
}

/// The minutes in blocks, each block with its section: 0 is the session (header, attendance),
/// k is the k-th section of `MinutesDocument` (an agenda item, or « Divers »), as the cursor
/// of the minutes screen counts them.
struct MinutesBlocks {
    let language: Language

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func blocks(_ document: MinutesDocument) -> [(section: Int, block: MinutesBlock)] {
        var out: [(Int, MinutesBlock)] = session(document).map { (0, $0) }
        for (index, section) in document.sections.enumerated() {
            let title = section.item.map { "\(index + 1). " + $0.title } ?? t("Divers", "Other business")
            var blocks: [MinutesBlock] = [.heading(title)]
            blocks += entries(section.entries, document)
            for results in section.polls { blocks += poll(results) }
            out += blocks.map { (index + 1, $0) }
        }
        return out
    }

    private func session(_ document: MinutesDocument) -> [MinutesBlock] {
        let session = document.session
        let header =
            [document.council.name, DateFormat.long(session.date, language)]
            + [session.place].compactMap { $0 }
        let adopted = document.status.adoptedAt.map { t(" le ", " on ") + DateFormat.long($0.day, language) }
        let attendance = document.attendance
        let list = { (label: String, members: [Member]) -> MinutesBlock in
            .item(
                "\(label) (\(members.count)) : "
                    + (members.isEmpty ? "—" : members.map(\.name).joined(separator: ", ")))
        }
        let present = attendance.present.count
        return [
            .title(t("Compte rendu", "Minutes") + " — " + session.title),
            .paragraph(header.joined(separator: " · ")),
            .paragraph(t("État : ", "State: ") + document.status.state.name.text(language) + (adopted ?? "")),
            .heading(t("Présences", "Attendance")),
            list(t("Présents", "Present"), attendance.present),
            list(t("Excusés", "Excused"), attendance.excused),
            list(t("Absents", "Absent"), attendance.absent),
            .item(
                t("Quorum : ", "Quorum: ")
                    + (attendance.quorumReached ? t("atteint", "reached") : t("non atteint", "not reached"))
                    + t(
                        " (\(present) présent\(present > 1 ? "s" : ""), \(attendance.required) requis)",
                        " (\(present) present, \(attendance.required) required)")),
        ]
    }

    private func entries(_ entries: [MinutesEntry], _ document: MinutesDocument) -> [MinutesBlock] {
        var out: [MinutesBlock] = entries.filter { $0.kind == .note }.flatMap { note in
            note.text.filter { !$0.isEmpty }.map { MinutesBlock.paragraph($0) }
        }
        let decisions = entries.filter { $0.kind == .decision }
        if !decisions.isEmpty {
            out.append(.subheading(t("Décisions", "Decisions")))
            out += decisions.map { .item($0.body + document.vote(carrying: $0, language)) }
        }
        let actions = entries.filter { $0.kind == .action }
        if !actions.isEmpty {
            out.append(.subheading(t("Actions", "Actions")))
            out += actions.map { action in
                var text = action.body
                if let who = action.who { text += " — " + (document.council.member(who)?.name ?? who) }
                if let due = action.due {
                    text += t(" — échéance : ", " — due: ") + DateFormat.long(due, language)
                }
                return .item(text)
            }
        }
        return out
    }

    private func poll(_ results: PollResults) -> [MinutesBlock] {
        let poll = results.poll
        var out: [MinutesBlock] = [.subheading(t("Scrutin", "Poll") + " : " + poll.question)]
        guard poll.resultsVisible else {
            return out + [
                .paragraph(
                    t("Résultats masqués jusqu'à la clôture.", "Results hidden until the poll closes."))
            ]
        }
        let percent = { (value: Percentage?) in value?.formatted(language) ?? "—" }
        switch poll.kind {
        case .yesno, .choice, .multi:
            out.append(
                .table(
                    MinutesTable(
                        header: [t("Réponse", "Answer"), t("Voix", "Votes"), "%"],
                        right: [false, true, true],
                        rows: results.options.map { [$0.label, "\($0.count)", percent($0.percent)] })))
        case .words:
            out.append(
                .table(
                    MinutesTable(
                        header: [t("Réponse", "Answer"), t("Citations", "Mentions")], right: [false, true],
                        rows: results.answers.map { [$0.text, "\($0.count)"] })))
        case .text:
            out += results.texts.map { .item($0) }
        case .grades:
            out.append(
                .table(
                    MinutesTable(
                        header: [
                            t("Rang", "Rank"), "Option", t("Mention majoritaire", "Majority grade"),
                            t("Profil de mérite", "Merit profile"),
                        ], right: [true, false, false, false],
                        rows: results.ranking.map { ranked in
                            [
                                "\(ranked.rank)", poll.options[ranked.option],
                                ranked.majorityGrade.map { poll.scale[$0] } ?? "—",
                                MeritProfile.text(ranked.profile, width: 20),
                            ]
                        })))
            out.append(.paragraph(t("Profils : ", "Profiles: ") + MeritProfile.legend(poll.scale)))
        }
        let text = ResultsText(language: language)
        out.append(.paragraph(text.baseLine(results), .dim))
        if let verdict = poll.verdict { out.append(.paragraph(verdict.sentence(language), .bold)) }
        if !results.named.isEmpty {
            out.append(.paragraph(t("Vote nominatif :", "Named vote:")))
            out += results.named.map { .item($0.name + " : " + text.namedAnswer($0, poll)) }
        }
        if let note = results.moderationNote(language) { out.append(.paragraph(note, .dim)) }
        if let previous = results.previous {
            out.append(.paragraph(t("Avant / après :", "Before / after:")))
            out.append(
                .table(
                    MinutesTable(
                        header: [
                            t("Réponse", "Answer"), t("Avant", "Before"), t("Après", "After"),
                            t("Écart", "Change"),
                        ],
                        right: [false, true, true, true],
                        rows: RoundComparison(before: previous, after: results).rows.map {
                            [$0.label, "\($0.before)", "\($0.after)", $0.changeText]
                        })))
        }
        return out
    }
}

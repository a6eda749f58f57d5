import ConseilCore

enum ProposalsView {
    static func draw(_ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        if state.openProposal != nil, let record = state.selectedProposal {
            detail(record, state, area, &buffer)
            return
        }
        var y = area.y
        let list = state.visibleProposals
        let heading =
            state.t("\(list.count) proposition(s)", "\(list.count) proposal(s)")
            + (state.filter.isEmpty ? "" : state.t(" · filtre : ", " · filter: ") + state.filter)
        buffer.write(heading, x: area.x, y: y, style: .dim)
        y += 1
        buffer.write(
            state.t(
                "  Statut       Avanc.  Thème               Titre",
                "  Status       Progr.  Theme               Title"), x: area.x, y: y, style: .bold)
        y += 1
        let visibleRows = area.height - 2
        let first = max(0, state.selected - visibleRows + 1)
        for (index, record) in list.enumerated().dropFirst(first) where y < area.y + area.height {
            let selected = index == state.selected
            let text =
                (selected ? "▶ " : "  ") + record.status.name.text(state.language).padded(13)
                + "\(record.progress) %".padded(8)
                + String((record.proposal.theme ?? "—").prefix(18)).padded(20)
                + record.proposal.title
            if selected { buffer.fill(x: area.x, y: y, width: area.width, style: .selected) }
            buffer.write(text, x: area.x, y: y, style: selected ? .selected : .normal, limit: area.width)
            y += 1
        }
    }

    /// A proposal with its whole timeline, and the status chooser when it is open.
    static func detail(
        _ record: ProposalRecord, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer
    ) {
        var y = area.y
        let proposal = record.proposal
        buffer.write(proposal.title, x: area.x, y: y, style: .bold, limit: area.width)
        y += 1
        var facts = record.status.name.text(state.language) + " · \(record.progress) %"
        if let theme = proposal.theme { facts += " · " + theme }
        if let owner = proposal.owner { facts += " · " + (state.data.council.member(owner)?.name ?? owner) }
        if let review = record.nextReview {
            facts += state.t(" · revue le ", " · review on ") + DateFormat.long(review, state.language)
        }
        buffer.write(facts, x: area.x, y: y, style: .accent, limit: area.width)
        y += 1
        if let origin = proposal.origin {
            buffer.write(
                state.t("Origine : ", "Origin: ") + origin, x: area.x, y: y, style: .dim, limit: area.width)
            y += 1
        }
        // Long text wraps: the description takes at most a third of the room, the history the rest.
        let description = proposal.description.flatMap { ProjectorView.wrap($0, width: area.width) }
        for line in description.prefix(max(1, area.height / 3)) {
            buffer.write(line, x: area.x, y: y, limit: area.width)
            y += 1
        }
        y += 1
        buffer.write(state.t("Historique", "History"), x: area.x, y: y, style: .bold)
        y += 1
        // The newest events that fit, each wrapped under its note column, oldest first.
        let indent = 32
        var shown: [[String]] = []
        var room = area.y + area.height - y
        for event in record.history.reversed() {
            var head =
                DateFormat.long(event.at.day, state.language).padded(20)
                + event.status.name.text(state.language).padded(12)
            if let progress = event.progress, event.status == .inProgress { head += "\(progress) % " }
            var text = "— " + (state.data.council.member(event.by)?.name ?? event.by)
            if let note = event.note { text += " : " + note }
            let lines = ProjectorView.wrap(
                text, width: max(10, area.width - max(indent, DisplayWidth.of(head))))
            let rows =
                [head + (lines.first ?? "")]
                + lines.dropFirst().map { String(repeating: " ", count: indent) + $0 }
            guard rows.count <= room else { break }
            room -= rows.count
            shown.insert(rows, at: 0)
        }
        for line in shown.joined() {
            buffer.write(line, x: area.x, y: y, limit: area.width)
            y += 1
        }
        if let choice = state.statusChoice { chooser(choice, record, state, area, &buffer) }
    }

    private static func chooser(
        _ choice: (targets: [ProposalStatus], cursor: Int), _ record: ProposalRecord, _ state: AppState,
        _ area: Area,
        _ buffer: inout ScreenBuffer
    ) {
        let width = 44
        let x = area.x + max(0, (area.width - width) / 2)
        let top = area.y + 3
        let rows = choice.targets.count + 4
        for row in 0..<rows { buffer.fill(x: x, y: top + row, width: width, style: .reverse) }
        buffer.write(
            " "
                + state.t(
                    "Nouveau statut (depuis « \(record.status.name.fr) »)",
                    "New status (from “\(record.status.name.en)”)"), x: x, y: top, style: .reverse,
            limit: width)
        for (index, target) in choice.targets.enumerated() {
            let selected = index == choice.cursor
            buffer.write(
                (selected ? " ▶ " : "   ")
                    + (target == record.status
                        ? state.t(
                            "suivi (reste « \(target.name.fr) »)", "follow-up (stays “\(target.name.en)”)")
                        : target.name.text(state.language)),
                x: x, y: top + 2 + index,
                style: selected ? .bold : .reverse, limit: width)
        }
        buffer.write(
            " " + state.t("Entrée valide · Échap annule", "Enter applies · Esc cancels"), x: x,
            y: top + rows - 1, style: .reverse, limit: width)
    }
}

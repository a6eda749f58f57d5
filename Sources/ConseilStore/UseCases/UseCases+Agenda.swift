import ConseilCore

extension UseCases {
    public func addAgendaItem(session id: String, title: String, duration: Int?, presenter: String? = nil)
        throws -> AgendaItem
    {
        try actor.require(
            .runSessions, for: Localized(fr: "modifier l'ordre du jour", en: "editing the agenda"))
        let title = try AgendaItem.checkedTitle(title)
        try AgendaItem.checkDuration(duration)
        if let presenter { _ = try council().requireMember(presenter, field: .presenter) }
        return try changing(session: id) { session in
            let items = root.agenda(session: session.id).values
            let item = AgendaItem(
                id: newId("a"), session: session.id, title: title,
                position: AgendaItem.nextPosition(after: items),
                duration: duration, presenter: presenter)
            try root.save(item)
            return item
        }
    }

    /// Replaces an item's title, planned duration and presenter (nil: nobody named).
    public func updateAgendaItem(_ id: String, title: String, duration: Int?, presenter: String?) throws {
        try actor.require(
            .runSessions, for: Localized(fr: "modifier l'ordre du jour", en: "editing the agenda"))
        let title = try AgendaItem.checkedTitle(title)
        try AgendaItem.checkDuration(duration)
        if let presenter { _ = try council().requireMember(presenter, field: .presenter) }
        try changing(item: id) { item in
            var item = item
            item.title = title
            item.duration = duration
            item.presenter = presenter
            try root.save(item)
        }
    }

    /// Deletes an item planned by mistake. An item that was taken up (started), or that a poll or
    /// a minutes entry belongs to, is part of the session's record: it stays (DECISIONS.md).
    public func deleteAgendaItem(_ id: String) throws -> AgendaItem {
        try actor.require(
            .runSessions, for: Localized(fr: "modifier l'ordre du jour", en: "editing the agenda"))
        return try changing(item: id) { item in
            guard item.state == .upcoming, item.spentSeconds == 0 else {
                throw ConseilError(
                    fr:
                        "le point « \(InertText.make(item.title)) » a été abordé : il reste à l'ordre du jour",
                    en: "item “\(InertText.make(item.title))” has been taken up: it stays on the agenda")
            }
            let polls = root.polls(session: item.session).values.filter { $0.item == item.id }
            let entries = root.minutesEntries(session: item.session).values.filter { $0.item == item.id }
            guard polls.isEmpty, entries.isEmpty else {
                throw ConseilError(
                    fr:
                        "le point « \(InertText.make(item.title)) » a \(polls.count) scrutin(s) et \(entries.count) note(s) du compte rendu : supprimez-les ou rattachez-les ailleurs d'abord",
                    en:
                        "item “\(InertText.make(item.title))” has \(polls.count) poll(s) and \(entries.count) minutes entries: delete them or attach them elsewhere first"
                )
            }
            try root.remove(record: root.absolute(Layout.agendaItem(session: item.session, item: item.id)))
            return item
        }
    }

    /// Swaps an item's position with its neighbour's: two small writes, no renumbering.
    public func moveAgendaItem(_ id: String, by delta: Int) throws {
        try actor.require(
            .runSessions, for: Localized(fr: "modifier l'ordre du jour", en: "editing the agenda"))
        try changing(item: id) { item in
            var item = item
            let items = root.agenda(session: item.session).values
            guard let index = items.firstIndex(where: { $0.id == id }), items.indices.contains(index + delta)
            else { return }
            var neighbour = items[index + delta]
            if neighbour.position == item.position {
                // Positions from disk are within RecordLimits: one step aside stays within them.
                neighbour.position = min(
                    max(item.position - delta, RecordLimits.positions.lowerBound),
                    RecordLimits.positions.upperBound)
            }
            (item.position, neighbour.position) = (neighbour.position, item.position)
            try root.save(item)
            try root.save(neighbour)
        }
    }

    /// Starts an item's timer; the item running before it is finished: one item runs at a time.
    public func startAgendaItem(_ id: String) throws -> AgendaItem {
        try actor.require(.runSessions, for: Localized(fr: "mener l'ordre du jour", en: "running the agenda"))
        return try changing(item: id) { item in
            for var other in root.agenda(session: item.session).values
            where other.state == .running && other.id != id {
                other.finish(at: now)
                try root.save(other)
            }
            var item = item
            item.start(at: now)
            try root.save(item)
            return item
        }
    }

    public func finishAgendaItem(_ id: String) throws -> AgendaItem {
        try actor.require(.runSessions, for: Localized(fr: "mener l'ordre du jour", en: "running the agenda"))
        return try changing(item: id) { item in
            var item = item
            item.finish(at: now)
            try root.save(item)
            return item
        }
    }

    /// Runs `body` on an agenda item read again under its session's lock.
    private func changing<T>(item id: String, _ body: (AgendaItem) throws -> T) throws -> T {
        let item = try root.agendaItem(id)
        return try changing(session: item.session) { _ in try body(try root.agendaItem(item.id)) }
    }
}

import ConseilCore

extension UseCases {
    public func addAgendaItem(session id: String, title: String, duration: Int?, presenter: String? = nil)
        throws -> AgendaItem
    {
        try actor.require(
            .runSessions, for: Localized(fr: "modifier l'ordre du jour", en: "editing the agenda"))
        let title = try AgendaItem.checkedTitle(title)
        try AgendaItem.checkDuration(duration)
        if let presenter { _ = try council().requireMember(presenter) }
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

    public func updateAgendaItem(_ id: String, title: String, duration: Int?) throws {
        try actor.require(
            .runSessions, for: Localized(fr: "modifier l'ordre du jour", en: "editing the agenda"))
        let title = try AgendaItem.checkedTitle(title)
        try AgendaItem.checkDuration(duration)
        try changing(item: id) { item in
            var item = item
            item.title = title
            item.duration = duration
            try root.save(item)
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

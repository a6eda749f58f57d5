import ConseilCore

enum AgendaView {
    static func draw(_ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        guard let session = state.data.session else {
            buffer.write(
                state.t(
                    "Aucune séance. Créez-en une : conseil session new",
                    "No session. Create one: conseil session new"), x: area.x, y: area.y)
            return
        }
        var y = area.y
        buffer.write(session.title, x: area.x, y: y, style: .bold, limit: area.width)
        y += 1
        var line = DateFormat.long(session.date, state.language)
        if let place = session.place { line += " · " + place }
        if let minutes = state.data.minutes {
            let attendance = minutes.attendance
            line +=
                " · "
                + state.t(
                    "présents \(attendance.present.count), quorum ",
                    "present \(attendance.present.count), quorum ")
                + (attendance.quorumReached
                    ? state.t("atteint", "reached") : state.t("non atteint", "not reached"))
        }
        buffer.write(line, x: area.x, y: y, style: .dim, limit: area.width)
        y += 2
        let header = state.t("  État       Prévu    Passé    Point", "  State      Planned  Spent    Item")
        buffer.write(header, x: area.x, y: y, style: .bold)
        y += 1
        if state.data.agenda.isEmpty {
            buffer.write(state.t("  Ordre du jour vide.", "  Empty agenda."), x: area.x, y: y)
        }
        for (index, item) in state.data.agenda.enumerated() where y < area.y + area.height {
            let selected = index == state.selected
            let over = item.isOverTime(at: state.now)
            let planned = item.duration.map { DateFormat.minutes($0) } ?? "—"
            let spent = DateFormat.timer(seconds: item.spent(at: state.now)) + (over ? " ⚠" : "")
            let marker = selected ? "▶ " : "  "
            let stateName = item.state.name.text(state.language)
            let presenter = item.presenter.map { " — " + (state.data.council.member($0)?.name ?? $0) } ?? ""
            let text =
                marker + stateName.padded(11) + planned.padded(9) + spent.padded(9) + item.title + presenter
            let style: CellStyle =
                selected ? .selected : over ? .warning : item.state == .running ? .accent : .normal
            if selected { buffer.fill(x: area.x, y: y, width: area.width, style: .selected) }
            buffer.write(text, x: area.x, y: y, style: style, limit: area.width)
            y += 1
        }
    }
}

extension String {
    func padded(_ width: Int) -> String {
        let used = DisplayWidth.of(self)
        return used >= width ? self + " " : self + String(repeating: " ", count: width - used)
    }
}

import ConseilCore

/// Draws the whole screen for a state: title bar, the current screen, the hint bar.
public enum Frame {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        buffer.ascii = !state.unicode
        guard state.width >= minimumWidth, state.height >= minimumHeight else {
            tooSmall(state, &buffer)
            return buffer
        }
        // The projector fills the screen; its help shows over it like everywhere else.
        if state.projector && !state.showHelp && (state.wall != nil || state.selectedPoll != nil) {
            ProjectorView.draw(state.selectedPoll, state, &buffer)
            if let confirmation = state.confirmation { ConfirmationView.draw(confirmation, state, &buffer) }
            return buffer
        }
        titleBar(state, &buffer)
        let area = Area(x: 1, y: 3, width: state.width - 2, height: state.height - 4)
        if let editor = state.editor {
            EditorView.draw(editor, state, area, &buffer)
        } else if state.showProblems {
            problems(state, area, &buffer)
        } else if state.showHelp {
            HelpView.draw(state, area, &buffer)
        } else {
            switch state.screen {
            case .agenda: AgendaView.draw(state, area, &buffer)
            case .polls: PollsView.draw(state, area, &buffer)
            case .minutes: MinutesView.draw(state, area, &buffer)
            case .proposals: ProposalsView.draw(state, area, &buffer)
            }
        }
        if let index = state.sessionPicker { sessionPicker(index, state, area, &buffer) }
        if let form = state.form { FormView.draw(form, state, area, &buffer) }
        if let index = state.attendanceCursor { attendanceList(index, state, area, &buffer) }
        if let index = state.entryList { MinutesEntryListView.draw(index, state, area, &buffer) }
        if let confirmation = state.confirmation { ConfirmationView.draw(confirmation, state, &buffer) }
        hintBar(state, &buffer)
        return buffer
    }

    /// Every file left out (unreadable or invalid), with the reason: what `conseil check` says, on screen.
    private static func problems(_ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        let problems = state.data.problems
        buffer.write(
            state.t(
                "Fichiers écartés, illisibles ou invalides : \(problems.count) (une touche pour revenir)",
                "Files left out, unreadable or invalid: \(problems.count) (any key to go back)"),
            x: area.x, y: area.y, style: .bold)
        if problems.isEmpty {
            buffer.write(state.t("Aucun : tout se lit.", "None: everything reads."), x: area.x, y: area.y + 2)
        }
        var y = area.y + 2
        for problem in problems where y + 1 < area.y + area.height {
            // The end of a long path names the file: keep it, cut the start.
            let path =
                problem.path.count > area.width ? "…" + problem.path.suffix(area.width - 1) : problem.path
            buffer.write(path, x: area.x, y: y, style: .warning, limit: area.width)
            buffer.write("  " + problem.reason.text(state.language), x: area.x, y: y + 1, limit: area.width)
            y += 2
        }
    }

    /// The members and their attendance: Space changes the selected member's.
    private static func attendanceList(
        _ index: Int, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer
    ) {
        let members = state.data.council.members
        let present = members.filter { state.data.attendance[$0.id] == .present }.count
        let roles = state.data.session?.roles
        OverlayList.draw(
            title: state.t(
                "Présences (\(present)) — Espace change, p pouvoir, c présidence, e secrétariat, Échap ferme",
                "Attendance (\(present)) — Space changes, p pouvoir, c chair, e secretary, Esc closes"),
            rows: min(members.count, area.height - 4), count: members.count, cursor: index, maxWidth: 60,
            area, &buffer
        ) { index in
            let member = members[index]
            let status = (state.data.attendance[member.id] ?? .absent).name.text(state.language)
            let holder = state.data.proxies[member.id].map {
                " → " + (state.data.council.member($0)?.name ?? $0)
            }
            let role =
                roles?.chair == member.id
                ? state.t(" (présidence)", " (chair)")
                : roles?.secretaries.contains(member.id) == true
                    ? state.t(" (secrétariat)", " (secretary)") : ""
            return status.padded(12) + member.name + role + (holder ?? "")
        }
    }

    /// The sessions, newest last, over the current screen: Enter shows the chosen one.
    private static func sessionPicker(
        _ index: Int, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer
    ) {
        let sessions = state.data.sessions
        OverlayList.draw(
            title: state.actor.may(.runSessions)
                ? state.t(
                    "Choisir la séance (Entrée, Échap · N nouvelle)",
                    "Choose the session (Enter, Esc · N new)")
                : state.t("Choisir la séance (Entrée, Échap)", "Choose the session (Enter, Esc)"),
            rows: min(sessions.count, area.height - 4), count: sessions.count, cursor: index, maxWidth: 76,
            area, &buffer
        ) { index in
            DateFormat.long(sessions[index].date, state.language).padded(19) + sessions[index].title
        }
    }

    private static func tooSmall(_ state: AppState, _ buffer: inout ScreenBuffer) {
        let lines = [
            state.t("Fenêtre trop petite", "Window too small"),
            "\(state.width)×\(state.height) < \(minimumWidth)×\(minimumHeight)",
            state.t("Agrandissez le terminal, ou q pour quitter.", "Enlarge the terminal, or q to quit."),
        ]
        for (index, line) in lines.enumerated() {
            buffer.write(
                line, x: max(0, (state.width - line.count) / 2), y: max(0, state.height / 2 - 1 + index),
                style: index == 0 ? .bold : .normal)
        }
    }

    /// Row 0: the council and the session. Row 1: the four screens, the current one highlighted.
    private static func titleBar(_ state: AppState, _ buffer: inout ScreenBuffer) {
        buffer.fill(x: 0, y: 0, width: state.width, style: .title)
        var parts = [state.data.council.name]
        if let session = state.data.session {
            parts += [session.title, DateFormat.long(session.date, state.language)]
        }
        // Who is at the keyboard, and as what: the keys offered depend on it.
        let who: String
        switch state.actor {
        case .administrator: who = state.t("administration", "administrator")
        case .member(let member, _): who = member.name + " (" + member.role.name.text(state.language) + ")"
        }
        let syncText =
            state.syncing ? state.t("synchronisation…", "syncing…") : state.syncLine?.text(state.language)
        let roomText = state.room.map { state.t("salle ouverte : ", "room open: ") + $0.url }
        let sync: String? = who + ([roomText, syncText].compactMap { $0 }.map { " · " + $0 }.joined())
        let syncWidth = sync.map { DisplayWidth.of($0) + 2 } ?? 0
        // Short of room, the council's name goes first, then the date; the session stays.
        let room = state.width - syncWidth
        let fitting = [parts, Array(parts.dropFirst()), Array(parts.dropFirst().prefix(1))].first {
            !$0.isEmpty && DisplayWidth.of(" " + $0.joined(separator: " · ")) < room
        }
        let title = " " + (fitting ?? parts.suffix(2).prefix(1).map { $0 }).joined(separator: " · ")
        buffer.write(title, x: 0, y: 0, style: .title, limit: room)
        if let sync { buffer.write(sync + " ", x: state.width - syncWidth + 1, y: 0, style: .title) }
        var x = 1
        for screen in Screen.allCases {
            let tab = " \(screen.rawValue) \(screen.title.text(state.language)) "
            x += buffer.write(tab, x: x, y: 1, style: screen == state.screen ? .reverse : .dim) + 1
        }
    }

    private static func hintBar(_ state: AppState, _ buffer: inout ScreenBuffer) {
        let y = state.height - 1
        buffer.fill(x: 0, y: y, width: state.width, style: .title)
        if let message = state.message {
            buffer.write(" " + message.text(state.language), x: 0, y: y, style: .warning)
            return
        }
        if state.editor != nil {
            let keys = state.t(
                " Ctrl-S enregistrer  Échap fermer  Ctrl-Z annuler  Ctrl-K couper  Ctrl-O $EDITOR",
                " Ctrl-S save  Esc close  Ctrl-Z undo  Ctrl-K cut  Ctrl-O $EDITOR")
            buffer.write(keys, x: 0, y: y, style: .title)
            return
        }
        if state.filtering {
            buffer.write(
                " / " + state.filter + "▏  "
                    + state.t("Entrée valide, Échap annule", "Enter applies, Esc cancels"), x: 0, y: y,
                style: .title)
            return
        }
        var hints = Keymap.hints(for: state.screen, actor: state.actor, projector: state.projector)
        let hintText = { (binding: Binding) in
            "\(binding.keys[0].label(state.language)) \(binding.help.text(state.language))  "
        }
        let warning =
            state.data.problems.isEmpty
            ? ""
            : state.t(
                "⚠ \(state.data.problems.count) fichier(s) écarté(s) : !",
                "⚠ \(state.data.problems.count) file(s) left out: !")
        // When the bar is too narrow, the screen's own hints go, last first: the keys valid
        // everywhere (Enter, Esc, ?, q) and the warning of files left out always show.
        let room = state.width - (warning.isEmpty ? 0 : warning.count + 1)
        while 1 + hints.map { hintText($0).count }.reduce(0, +) > room,
            let last = hints.lastIndex(where: { !$0.screens.isEmpty })
        {
            hints.remove(at: last)
        }
        var x = 1
        for binding in hints {
            let text = hintText(binding)
            if x + text.count > state.width { break }
            x += buffer.write(text, x: x, y: y, style: .title)
        }
        if !warning.isEmpty {
            buffer.write(warning, x: max(x, state.width - warning.count - 1), y: y, style: .warning)
        }
    }
}

/// A rectangle of the screen that a view draws in.
public struct Area: Sendable {
    public let x, y, width, height: Int
}

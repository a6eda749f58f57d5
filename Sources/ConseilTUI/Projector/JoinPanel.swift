import ConseilCore

/// How to join from a phone, beside the poll on the projector while the room is open and a
/// poll is open: the join URL, the QR code in half blocks, the room code in large letters. The
/// poll keeps the rest of the wall; where the panel does not fit beside it (a small terminal, no
/// UTF-8 for the QR code), one line above the footer gives the URL and the code.
enum JoinPanelView {
    /// What the poll's results keep at least beside the panel.
    static let minimumBody = 60

    /// The room to show on the projector now, if any.
    static func shown(_ state: AppState, _ results: PollResults) -> RoomAccess? {
        guard !state.joinPanelHidden, results.poll.state == .open else { return nil }
        return state.room
    }

    /// Draws the panel in `area` (the wall below the question); returns the column where the
    /// poll's body ends.
    static func draw(_ room: RoomAccess, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) -> Int
    {
        let qrWidth = room.qrLines.first.map(DisplayWidth.of) ?? 0
        let width = max(qrWidth, DisplayWidth.of(room.url)) + 2
        // Title, QR code, URL, the code's label and the code at least in normal size.
        let rows = 2 + room.qrLines.count + 4
        guard state.unicode, qrWidth > 0, area.width - width >= minimumBody, area.height >= rows else {
            line(room, state, &buffer)
            return area.x + area.width - 1
        }
        let x = area.x + area.width - width
        var y = area.y
        centre(state.t("Votez avec votre téléphone", "Vote from your phone"), x, width, y, .bold, &buffer)
        y += 2
        for qrLine in room.qrLines {
            centre(qrLine, x, width, y, .normal, &buffer)
            y += 1
        }
        centre(room.url, x, width, y, .bold, &buffer)
        y += 2
        centre(state.t("Code de la salle", "Room code"), x, width, y, .dim, &buffer)
        y += 1
        ProjectorView.large(
            room.code, rows: 4, Area(x: x, y: y, width: width, height: area.y + area.height - y),
            unicode: state.unicode, style: .accent, &buffer)
        return x - 1
    }

    /// The small form: one line above the footer, the poll's body untouched.
    private static func line(_ room: RoomAccess, _ state: AppState, _ buffer: inout ScreenBuffer) {
        let text = state.t("Votez : ", "Vote: ") + room.url + state.t(" · code ", " · code ") + room.code
        ProjectorView.centered(text, y: state.height - 2, width: state.width, style: .bold, &buffer)
    }

    private static func centre(
        _ text: String, _ x: Int, _ width: Int, _ y: Int, _ style: CellStyle, _ buffer: inout ScreenBuffer
    ) {
        buffer.write(
            text, x: x + max(0, (width - DisplayWidth.of(text)) / 2), y: y, style: style, limit: width)
    }
}

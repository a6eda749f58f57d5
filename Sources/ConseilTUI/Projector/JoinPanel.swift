/// What the projector may show beside a poll for people to join from their phones (a room
/// address, later a QR code): the projector keeps a column on the right for it when set.
public struct JoinPanel: Sendable, Equatable {
    public let title: String
    public let lines: [String]

    public init(title: String, lines: [String]) {
        self.title = title
        self.lines = lines
    }
}

enum JoinPanelView {
    static let width = 34

    /// Draws the panel at the right of `area`; returns the column where the poll's body ends.
    static func draw(_ panel: JoinPanel, _ area: Area, _ buffer: inout ScreenBuffer) -> Int {
        let x = area.x + area.width - width
        buffer.write(panel.title, x: x + 1, y: area.y, style: .bold, limit: width - 2)
        for (row, line) in panel.lines.prefix(max(0, area.height - 2)).enumerated() {
            buffer.write(line, x: x + 1, y: area.y + 2 + row, limit: width - 2)
        }
        return x - 1
    }
}

import ConseilCore

/// Yes/no and choice results: one band per answer with its label and count, a wide bar, and
/// the percentage in large letters on the right, all bars on one scale (the base).
enum OptionBarsView {
    static func draw(_ results: PollResults, _ state: AppState, _ area: Area, _ buffer: inout ScreenBuffer) {
        let options = results.options
        guard !options.isEmpty else { return }
        let band = max(1, min(20, area.height / options.count))
        let percents = options.map { $0.percent?.formatted(state.language) ?? "—" }
        // The largest letters that leave a row for the label and 40 % of the width for the bar.
        let letters = BigLetters.shared
        let rows =
            BigLetters.sizes.first { size in
                guard let letters, size + 1 <= band else { return false }
                return percents.allSatisfy { letters.width($0, rows: size) * 10 <= area.width * 6 }
            } ?? 1
        let percentWidth =
            percents.map { rows > 1 ? letters!.width($0, rows: rows) : DisplayWidth.of($0) }.max() ?? 0
        let barWidth = max(4, area.width - percentWidth - 4)
        for (index, option) in options.enumerated() {
            let y = area.y + index * band
            guard y + min(band, 2) <= area.y + area.height else { break }
            let votes = state.t(
                "\(option.count) vote\(option.count > 1 ? "s" : "")",
                "\(option.count) vote\(option.count == 1 ? "" : "s")")
            let used = buffer.write(
                option.label, x: area.x + 1, y: y, style: .bold, limit: barWidth - votes.count - 3)
            buffer.write("  " + votes, x: area.x + 1 + used, y: y, style: .normal)
            let barRows = max(1, min(rows, band - 1) - 1)
            let cells = results.base > 0 ? option.count * barWidth * 8 / results.base : 0
            for row in 0..<barRows {
                bar(cells, x: area.x + 1, y: y + 1 + row, unicode: state.unicode, &buffer)
            }
            let x = area.x + area.width - percentWidth
            if rows > 1, let letters {
                for (row, line) in letters.render(percents[index], rows: rows, unicode: state.unicode)
                    .enumerated()
                {
                    buffer.write(line, x: x, y: y + row, style: .accent)
                }
            } else {
                buffer.write(percents[index], x: x, y: y + (band > 1 ? 1 : 0), style: .accent)
            }
        }
    }

    /// A bar `eighths`/8 cells long: full blocks, then the eighth block of the remainder.
    private static func bar(_ eighths: Int, x: Int, y: Int, unicode: Bool, _ buffer: inout ScreenBuffer) {
        let full = eighths / 8
        buffer.fill(x: x, y: y, width: full, character: unicode ? "█" : "#", style: .bar)
        let partial: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        if unicode, eighths % 8 > 0 {
            buffer.write(String(partial[eighths % 8 - 1]), x: x + full, y: y, style: .bar)
        } else if full == 0 {
            buffer.write(unicode ? "▏" : "|", x: x, y: y, style: .bar)
        }
    }
}

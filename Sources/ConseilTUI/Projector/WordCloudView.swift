import ConseilCore

/// The word cloud over the whole body: fixed slots decided by the screen size alone, in bands
/// of one, two, three… slots, filled by rank. A ballot that arrives changes at most which word
/// sits in a slot, never where the slots are, so the wall does not jump. Each word takes the
/// largest letters its slot allows and its count deserves; the words beyond the slots follow
/// at normal size.
enum WordCloudView {
    struct Slot {
        let area: Area
        /// The tallest letters the band allows.
        let rows: Int
    }

    /// Slots per band: the most cited alone, then pairs, then more and more.
    static let bandSlots = [1, 2, 2, 3, 3, 4, 4, 5, 5, 6]

    /// The slots for an area, and the rows left below them for the words at normal size.
    static func slots(_ area: Area) -> (slots: [Slot], rest: Area) {
        var slots: [Slot] = []
        var y = area.y
        var band = 0
        let reserve = 2
        while true {
            let preferred =
                band == 0
                ? (area.height >= 48 && area.width >= 160 ? 16 : 8) : band == 1 && area.height >= 44 ? 8 : 4
            // A band is its letters and one row for the counts.
            guard band < bandSlots.count, y + preferred + 1 + reserve <= area.y + area.height else { break }
            let count = bandSlots[band]
            let width = area.width / count
            guard width >= 12 else { break }
            for index in 0..<count {
                slots.append(
                    Slot(
                        area: Area(x: area.x + index * width, y: y, width: width, height: preferred + 1),
                        rows: preferred))
            }
            y += preferred + 1
            band += 1
        }
        return (slots, Area(x: area.x, y: y, width: area.width, height: area.y + area.height - y))
    }

    static func draw(_ answers: [WordResult], _ unicode: Bool, _ area: Area, _ buffer: inout ScreenBuffer) {
        guard let top = answers.first?.count, top > 0 else { return }
        let (slots, rest) = slots(area)
        let largest = slots.first?.rows ?? 1
        for (answer, slot) in zip(answers, slots) {
            // Sizes follow the counts: a word cited half as often gets letters about half as tall.
            let deserved = answer.count == top ? largest : answer.count * largest / top + 2
            let inner = Area(
                x: slot.area.x + 1, y: slot.area.y, width: slot.area.width - 2, height: slot.rows)
            let style: CellStyle =
                answer.count * 3 >= top * 2 ? .bold : answer.count * 3 >= top ? .accent : .normal
            let used = ProjectorView.large(
                answer.text, rows: min(slot.rows, deserved), inner, unicode: unicode, style: style, &buffer)
            let count = "\(answer.count)"
            buffer.write(
                count, x: slot.area.x + (slot.area.width - count.count) / 2, y: slot.area.y + max(1, used),
                style: .dim)
        }
        flow(answers.dropFirst(slots.count), top, rest, &buffer)
    }

    /// The remaining words at normal size, in lines centred under the slots.
    private static func flow(
        _ answers: ArraySlice<WordResult>, _ top: Int, _ area: Area, _ buffer: inout ScreenBuffer
    ) {
        var lines: [[WordResult]] = [[]]
        var width = 0
        for answer in answers {
            let cells = DisplayWidth.of(answer.text) + "\(answer.count)".count + 5
            if width + cells > area.width, !lines[lines.count - 1].isEmpty {
                guard lines.count < area.height else { break }
                lines.append([])
                width = 0
            }
            lines[lines.count - 1].append(answer)
            width += cells
        }
        for (row, line) in lines.enumerated() where row < area.height {
            let text = line.map { "\($0.text) (\($0.count))" }.joined(separator: "   ")
            var x = area.x + max(0, (area.width - DisplayWidth.of(text)) / 2)
            for answer in line {
                let word = "\(answer.text) (\(answer.count))"
                x +=
                    buffer.write(word, x: x, y: area.y + row, style: answer.count * 3 >= top ? .accent : .dim)
                    + 3
            }
        }
    }
}

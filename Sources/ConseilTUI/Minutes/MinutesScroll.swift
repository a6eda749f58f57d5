import ConseilCore

/// The minutes screen's reading keys: a line (↑/↓, j/k), a page (PgUp/PgDn, Space), the start
/// and the end (Home/End), the next or previous section (Tab, Shift-Tab). The section at the
/// top becomes the one n, d, a and e write in. False when the key is not one of those here.
func scrollMinutes(_ action: Action, _ key: Key, _ state: inout AppState) -> Bool {
    guard state.screen == .minutes else { return false }
    let lines = MinutesScreen.lines(state)
    let lastTop = MinutesScreen.lastTop(lines, state)
    // A page keeps two lines of the one before (the heading row hides a third).
    let page = max(1, MinutesScreen.rows(state) - 3)
    let top = min(state.minutesTop, max(0, lines.count - 1))
    let section = lines.indices.contains(top) ? lines[top].section : 0
    let starts = lines.indices.filter { lines[$0].opensSection }
    var next: Int
    switch action {
    case .up: next = top - 1
    case .down: next = min(max(top, lastTop), top + 1)
    case .previousPage: next = top - page
    case .nextPage: next = min(max(top, lastTop), top + page)
    case .ends: next = key == .home ? 0 : lastTop
    // A section's heading may go to the top even near the end, so that every section can be chosen.
    case .sections where key == .tab: next = starts.first { lines[$0].section > section } ?? top
    case .sections: next = starts.last { $0 < top } ?? 0
    default: return false
    }
    next = max(0, min(next, max(0, lines.count - 1)))
    state.minutesTop = next
    state.cursor[.minutes] = lines.indices.contains(next) ? lines[next].section : 0
    return true
}

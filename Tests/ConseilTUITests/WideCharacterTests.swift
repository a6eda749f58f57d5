import ConseilCore
import ConseilTUI
import Testing

/// Emoji and CJK take two terminal columns, as the C library (and so curses) counts them.
@Suite struct WideCharacterTests {
    @Test(arguments: [
        ("🚀", 2), ("⚡", 2), ("中", 2), ("文", 2), ("Ｆ", 2), ("a", 1), ("é", 1), ("e\u{301}", 1), ("«", 1),
    ])
    func widths(_ text: String, _ columns: Int) {
        #expect(DisplayWidth.of(text) == columns, "\(text)")
    }

    @Test func wideCharactersFillTwoCellsAndStopAtTheEdge() {
        var buffer = ScreenBuffer(width: 9, height: 1)
        #expect(buffer.write("🚀⚡中文", x: 0, y: 0) == 8)
        #expect(buffer[1, 0].isContinuation && buffer[3, 0].isContinuation && buffer[5, 0].isContinuation)
        #expect(buffer[2, 0].character == "⚡")
        var edge = ScreenBuffer(width: 3, height: 1)
        // The second rocket would need columns 2 and 3: it is left out, not cut in half, and
        // « … » says that something was.
        #expect(edge.write("🚀🚀", x: 0, y: 0) == 3)
        #expect(edge.text == "🚀…")
        var exact = ScreenBuffer(width: 4, height: 1)
        #expect(exact.write("abcdef", x: 0, y: 0) == 4)
        #expect(exact.text == "abc…", "the last cell gives way to « … »")
        var spaces = ScreenBuffer(width: 4, height: 1)
        spaces.write("ab      ", x: 0, y: 0)
        #expect(spaces.text == "ab", "only spaces cut off leave no mark")
    }
}

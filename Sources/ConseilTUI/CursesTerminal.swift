import CNCursesW
import ConseilCore
import Foundation

/// What the terminal backend can run: the main interface or the ballot.
public protocol TerminalProgram: AnyObject {
    var shouldQuit: Bool { get }
    /// Block glyphs and accents, or ASCII drawing when the locale is not UTF-8.
    var drawsUnicode: Bool { get }
    /// Set by the backend: hands the terminal to another program and takes it back.
    var suspendTerminal: ((() throws -> Void) throws -> Void)? { get set }
    func handle(_ event: Event)
    func render() -> ScreenBuffer
    func refreshIfChanged(now: Timestamp)
    /// A descriptor that becomes readable when `refreshIfChanged` has something to take in;
    /// with one, the loop sleeps until a key, that descriptor, or `wakeInterval` ms (-1: none).
    var wakeDescriptor: Int32? { get }
    var wakeInterval: Int32 { get }
}

extension TerminalProgram {
    public var wakeDescriptor: Int32? { nil }
    public var wakeInterval: Int32 { 250 }
}

/// The terminal backend: the only code that sees curses. It turns `get_wch` input into
/// events, draws the cell buffer, and always gives the terminal back (exit, Ctrl-C, fatal signal).
public enum CursesTerminal {
    public static func run(
        _ app: some TerminalProgram, color: Bool, theme: Palette.Theme = .dark,
        clock: @escaping () -> Timestamp
    ) throws {
        guard cc_start() == 0 else {
            // TERM comes from the client (over SSH, from anyone): echoed inert.
            let name = InertText.make(ProcessInfo.processInfo.environment["TERM"] ?? "")
            throw ConseilError(
                fr: "terminal inconnu (TERM=\(name)) ; essayez TERM=xterm-256color",
                en: "unknown terminal (TERM=\(name)); try TERM=xterm-256color")
        }
        cc_restore_on_fatal_signals()
        defer { cc_stop() }
        let colors = color && cc_has_colors() != 0
        if colors { definePairs(Palette.of(theme, colors: Int(cc_colors()))) }
        app.handle(.resize(width: Int(cc_cols()), height: Int(cc_lines())))
        var previous: ScreenBuffer? = nil
        var forceRedraw = false
        app.suspendTerminal = { body in
            cc_suspend()
            defer {
                cc_resume()
                forceRedraw = true
            }
            try body()
        }
        // The cadence of the checks is real time, even when the app's clock is set (CONSEIL_NOW):
        // a server started in another terminal shows within a keystroke or two either way.
        var lastCheck = DispatchTime.now()
        var bytes = KeyBytes()
        while !app.shouldQuit {
            let buffer = app.render()
            if forceRedraw {
                previous = nil
                forceRedraw = false
            }
            draw(buffer, previous: previous, colors: colors, unicode: app.drawsUnicode)
            previous = buffer
            var code: UInt32 = 0
            // Without UTF-8, bytes come one by one and are put together here.
            func read(_ milliseconds: Int32) -> Int32 {
                app.drawsUnicode ? cc_read(milliseconds, &code) : cc_read_byte(milliseconds, &code)
            }
            var kind = read(app.wakeDescriptor == nil ? 250 : 0)
            if kind < 0, let wake = app.wakeDescriptor, waitForKey(or: wake, milliseconds: app.wakeInterval) {
                kind = read(30)
            }
            var events: [Event] = []
            if kind == 0, !app.drawsUnicode {
                events = bytes.feed(UInt8(truncatingIfNeeded: code)).compactMap { character(code: $0) }
            } else {
                if kind < 0 { events = bytes.flush().compactMap { character(code: $0) } }
                if kind >= 0, let event = event(kind: kind, code: code) { events.append(event) }
            }
            for event in events {
                if case .resize = event { previous = nil; cc_clear() }
                // Ctrl-R redraws every cell, whatever the terminal shows now.
                if case .key(.control("r")) = event { previous = nil; cc_clear() }
                app.handle(event)
            }
            let checked = DispatchTime.now()
            if checked.uptimeNanoseconds - lastCheck.uptimeNanoseconds >= 250_000_000 || kind < 0 {
                app.refreshIfChanged(now: clock())
                lastCheck = checked
            }
        }
    }

    /// Sleeps until the terminal has a key (true) or `wake` is readable or the time is up.
    private static func waitForKey(or wake: Int32, milliseconds: Int32) -> Bool {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&descriptors, 2, milliseconds) > 0 else { return false }
        return descriptors[0].revents != 0
    }

    private static func event(kind: Int32, code: UInt32) -> Event? {
        if kind == 1 {
            let value = Int32(bitPattern: code)
            switch value {
            case cc_key_resize(): return .resize(width: Int(cc_cols()), height: Int(cc_lines()))
            case cc_key_up(): return .key(.up)
            case cc_key_down(): return .key(.down)
            case cc_key_left(): return .key(.left)
            case cc_key_right(): return .key(.right)
            case cc_key_home(): return .key(.home)
            case cc_key_end(): return .key(.end)
            case cc_key_backspace(): return .key(.backspace)
            case cc_key_dc(): return .key(.delete)
            case cc_key_enter(): return .key(.enter)
            case cc_key_npage(): return .key(.pageDown)
            case cc_key_ppage(): return .key(.pageUp)
            case cc_key_btab(): return .key(.backTab)
            default: return nil
            }
        }
        guard let scalar = Unicode.Scalar(code) else { return nil }
        return character(code: Character(scalar))
    }

    private static func character(code character: Character) -> Event? {
        if let value = character.unicodeScalars.first?.value, character.unicodeScalars.count == 1,
            let key = Key.fromControlCode(value)
        {
            return .key(key)
        }
        return .key(.character(character))
    }

    private static let pairs: [CellStyle: Int32] = [
        .title: 1, .selected: 2, .accent: 3, .warning: 4, .good: 5, .bar: 6,
        .merit1: 7, .merit2: 8, .merit3: 9, .merit4: 10, .merit5: 11, .merit6: 12, .merit7: 13,
    ]

    private static func definePairs(_ palette: Palette) {
        for (style, pair) in pairs {
            guard let colors = palette.colors[style] else { continue }
            cc_define_pair(pair, Int32(colors.foreground), Int32(colors.background ?? -1))
        }
        defineMeritPairs()
    }

    /// The grades' shades as backgrounds behind their numbers, so that they read the same on a
    /// dark or a light terminal: a green-to-red ramp in 256 colours, else the eight colours.
    private static func defineMeritPairs() {
        // (foreground, background): black on the light shades, white on the dark ones.
        let ramp: [(Int32, Int32)] =
            cc_colors() >= 256
            ? [(15, 22), (0, 34), (0, 112), (0, 220), (0, 208), (0, 196), (15, 88)]
            : [(7, 2), (0, 2), (0, 6), (0, 3), (0, 3), (7, 1), (7, 1)]
        for (index, (foreground, background)) in ramp.enumerated() {
            cc_define_pair(Int32(7 + index), foreground, background)
        }
    }

    /// The terminal's answer about its background colour (OSC 11), nil when there is none in
    /// a tenth of a second. Only on a terminal, before curses starts.
    public static func backgroundReply() -> String? {
        // TERM comes from the client: a name that is not a plain terminfo name (escapes, a
        // path) or `dumb` gets no question, so nothing is written before curses refuses it.
        let name = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard name != "dumb", !name.isEmpty,
            name.unicodeScalars.allSatisfy({
                $0.isASCII
                    && ("a"..."z" ~= $0 || "A"..."Z" ~= $0 || "0"..."9" ~= $0
                        || "._+-".unicodeScalars.contains($0))
            })
        else { return nil }
        var bytes = [CChar](repeating: 0, count: 256)
        let count = cc_query_background(100, &bytes, Int32(bytes.count))
        guard count > 0 else { return nil }
        return String(decoding: bytes.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func draw(_ buffer: ScreenBuffer, previous: ScreenBuffer?, colors: Bool, unicode: Bool) {
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if let previous, previous.width == buffer.width, previous.height == buffer.height,
                    previous[x, y] == cell
                {
                    continue
                }
                let style = cell.style
                let pair = colors ? pairs[style] ?? 0 : 0
                // Without colour, the styles that colour would tell apart use attributes instead.
                let bold: Int32 = style == .bold || style == .title || (!colors && style == .warning) ? 1 : 0
                let reverse: Int32 =
                    style == .reverse || (!colors && (style == .selected || style == .title)) ? 1 : 0
                let dim: Int32 = style == .dim ? 1 : 0
                let underline: Int32 = !colors && style == .warning ? 1 : 0
                // The views wrote ASCII already (`AsciiText`); nothing else may reach a non-UTF-8 terminal.
                let character = unicode || cell.character.isASCII ? cell.character : "?"
                var text = Array(String(character).unicodeScalars.map { wchar_t(bitPattern: $0.value) })
                text.append(0)
                cc_put(Int32(y), Int32(x), text, bold, reverse, dim, underline, pair)
            }
        }
        cc_refresh()
    }
}

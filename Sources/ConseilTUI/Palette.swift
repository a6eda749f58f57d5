import Foundation

/// The colours of the styles, for a dark or a light terminal background, as entries of the
/// xterm 256-colour palette (with an 8-colour variant for terminals that have no more). Every
/// text colour reaches 4.5:1 against the background it is drawn on (WCAG AA), which the yellow,
/// cyan and green of the 8 basic colours do not on white.
public struct Palette: Sendable, Equatable {
    public enum Theme: String, Sendable, CaseIterable {
        case dark, light
    }

    /// A style's colours: nil background is the terminal's own (the theme's `background`).
    public struct Colors: Sendable, Equatable {
        public let foreground: Int
        public let background: Int?
    }

    public let theme: Theme
    /// The terminal's background the palette is made for, as a palette entry (black or white).
    public let background: Int
    public let colors: [CellStyle: Colors]

    /// The palette for a theme, with 256 colours or only the 8 basic ones.
    public static func of(_ theme: Theme, colors: Int) -> Palette {
        switch (theme, colors >= 256) {
        case (.dark, true):
            Palette(
                theme: .dark, background: 16,
                colors: [
                    .title: Colors(foreground: 231, background: 24),
                    .selected: Colors(foreground: 16, background: 117),
                    .accent: Colors(foreground: 117, background: nil),
                    .warning: Colors(foreground: 221, background: nil),
                    .good: Colors(foreground: 114, background: nil),
                    .bar: Colors(foreground: 75, background: nil),
                ])
        case (.light, true):
            Palette(
                theme: .light, background: 231,
                colors: [
                    .title: Colors(foreground: 231, background: 24),
                    .selected: Colors(foreground: 16, background: 153),
                    .accent: Colors(foreground: 25, background: nil),
                    .warning: Colors(foreground: 94, background: nil),
                    .good: Colors(foreground: 22, background: nil),
                    .bar: Colors(foreground: 25, background: nil),
                ])
        case (.dark, false):
            Palette(
                theme: .dark, background: 0,
                colors: [
                    .title: Colors(foreground: 7, background: 4),
                    .selected: Colors(foreground: 0, background: 6),
                    .accent: Colors(foreground: 6, background: nil),
                    .warning: Colors(foreground: 3, background: nil),
                    .good: Colors(foreground: 2, background: nil),
                    .bar: Colors(foreground: 6, background: nil),
                ])
        case (.light, false):
            // On white only blue, red and magenta keep 4.5:1 among the 8 basic colours.
            Palette(
                theme: .light, background: 15,
                colors: [
                    .title: Colors(foreground: 7, background: 4),
                    .selected: Colors(foreground: 0, background: 6),
                    .accent: Colors(foreground: 4, background: nil),
                    .warning: Colors(foreground: 1, background: nil),
                    .good: Colors(foreground: 5, background: nil),
                    .bar: Colors(foreground: 4, background: nil),
                ])
        }
    }

    /// The theme asked for (`--theme`), else the one `COLORFGBG` (« 0;15 ») or the terminal's
    /// answer about its background colour (OSC 11, « rgb:ffff/ffff/ffff ») tells; dark when
    /// nothing tells.
    public static func theme(asked: Theme?, environment: [String: String], backgroundReply: String?) -> Theme
    {
        if let asked { return asked }
        if let value = environment["COLORFGBG"], let last = value.split(separator: ";").last,
            let index = Int(last)
        {
            return index == 7 || (9...15).contains(index) ? .light : .dark
        }
        if let reply = backgroundReply, let rgb = rgb(reply: reply) {
            return luminance(rgb) > 0.5 ? .light : .dark
        }
        return .dark
    }

    /// The red, green and blue (0–1) of an OSC 11 answer: `rgb:RRRR/GGGG/BBBB`, 1 to 4 hex digits each.
    static func rgb(reply: String) -> (Double, Double, Double)? {
        guard let start = reply.range(of: "rgb:") else { return nil }
        let fields = reply[start.upperBound...].prefix { $0.isHexDigit || $0 == "/" }.split(separator: "/")
        let values = fields.compactMap { field -> Double? in
            guard (1...4).contains(field.count), let value = Int(field, radix: 16) else { return nil }
            return Double(value) / Double((1 << (4 * field.count)) - 1)
        }
        return values.count == 3 ? (values[0], values[1], values[2]) : nil
    }

    /// An entry of the xterm 256-colour palette in RGB (0–255): the 16 basic colours, the
    /// 6×6×6 cube, the 24 greys.
    public static func rgb(_ index: Int) -> (Int, Int, Int) {
        let basic = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basic[max(0, index)] }
        if index < 232 {
            let levels = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
        }
        let grey = 8 + 10 * (index - 232)
        return (grey, grey, grey)
    }

    /// WCAG relative luminance of a colour (components 0–1).
    static func luminance(_ rgb: (Double, Double, Double)) -> Double {
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(rgb.0) + 0.7152 * linear(rgb.1) + 0.0722 * linear(rgb.2)
    }

    /// WCAG contrast ratio of two palette entries, from 1 to 21.
    public static func contrast(_ first: Int, _ second: Int) -> Double {
        let (a, b) = (rgb(first), rgb(second))
        let la = luminance((Double(a.0) / 255, Double(a.1) / 255, Double(a.2) / 255))
        let lb = luminance((Double(b.0) / 255, Double(b.1) / 255, Double(b.2) / 255))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }
}

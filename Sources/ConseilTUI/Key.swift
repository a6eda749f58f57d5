import ConseilCore

/// A key press, from the terminal or from a headless `--keys` script.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case enter, escape, tab, backTab, up, down, left, right, home, end, backspace, delete, pageUp, pageDown

    /// Parses a headless key script: literal characters, and `<Enter>`, `<Esc>`, `<Tab>`,
    /// `<Up>`, `<C-s>` and the like. A `<` that starts no known name is a literal.
    public static func parse(script: String) -> [Key] {
        var keys: [Key] = []
        var rest = Substring(script)
        while let first = rest.first {
            if first == "<", let close = rest.firstIndex(of: ">"),
                let key = named(String(rest[rest.index(after: rest.startIndex)..<close]))
            {
                keys.append(key)
                rest = rest[rest.index(after: close)...]
                continue
            }
            keys.append(first == "\n" || first == "\r" ? .enter : .character(first))
            rest = rest.dropFirst()
        }
        return keys
    }

    static func named(_ name: String) -> Key? {
        switch name.lowercased() {
        case "enter", "cr", "return": return .enter
        case "esc", "escape": return .escape
        case "tab": return .tab
        case "s-tab", "backtab": return .backTab
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "home": return .home
        case "end": return .end
        case "backspace", "bs": return .backspace
        case "del", "delete": return .delete
        case "pageup", "pgup": return .pageUp
        case "pagedown", "pgdn": return .pageDown
        case "space": return .character(" ")
        case "lt": return .character("<")
        default:
            if name.count == 3, name.lowercased().hasPrefix("c-"), let letter = name.last {
                return .control(Character(letter.lowercased()))
            }
            return nil
        }
    }

    /// Reads a control code from the terminal (1–26 are Ctrl-A…Ctrl-Z).
    public static func fromControlCode(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        default: return nil
        }
    }

    /// How the key is written in the help and the hint bar, in the interface language.
    public func label(_ language: Language) -> String {
        guard language == .en else { return frenchLabel }
        switch self {
        case .character(" "): return "Space"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backTab: return "Shift-Tab"
        case .home: return "Home"
        case .end: return "End"
        case .delete: return "Del"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        default: return frenchLabel
        }
    }

    /// How the key is written in French, the default; English changes only the words.
    private var frenchLabel: String {
        switch self {
        case .character(" "): "Espace"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .enter: "Entrée"
        case .escape: "Échap"
        case .tab: "Tab"
        case .backTab: "Maj-Tab"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Début"
        case .end: "Fin"
        case .backspace: "⌫"
        case .delete: "Suppr"
        case .pageUp: "PgPréc"
        case .pageDown: "PgSuiv"
        }
    }
}

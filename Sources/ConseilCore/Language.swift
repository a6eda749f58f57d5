/// The interface languages. French is the default; English the second.
public enum Language: String, Sendable, CaseIterable {
    case fr, en
}

/// A text in both interface languages, chosen at the edge (command output, screen).
public struct Localized: Sendable, Equatable, CustomStringConvertible {
    public let fr: String
    public let en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public func text(_ language: Language) -> String {
        language == .fr ? fr : en
    }

    public var description: String { fr }
}

/// An error a person can act on: what went wrong and what to do, in both languages. The
/// message names no command-line flag or screen: when it is about one input, `field` says
/// which, and each front points to it its own way (a flag on the command line, the field of
/// the form in the interface).
public struct ConseilError: Error, Sendable, Equatable {
    public let message: Localized
    public let field: InputField?

    public init(fr: String, en: String, field: InputField? = nil) {
        message = Localized(fr: fr, en: en)
        self.field = field
    }
}

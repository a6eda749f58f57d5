import ConseilCore

/// Where a refusal about one input points on the command line: the flag (or argument) that
/// carries it. The interface points to its form fields instead (see ConseilTUI's forms).
extension InputField {
    var commandLineName: String {
        switch self {
        case .kind: "--kind"
        case .question: "--question"
        case .options: "--option"
        case .abstain: "--abstain"
        case .maxAnswers: "--max-answers"
        case .hands: "OPTION=N"
        case .voters: "--voters"
        case .title: "TITRE"
        case .duration: "--duration"
        case .note: "--note"
        case .progress: "--progress"
        case .review: "--review"
        case .date: "--date"
        case .place: "--place"
        case .theme: "--theme"
        case .description: "--description"
        case .owner: "--owner"
        case .majority: "--majority"
        case .base: "--of"
        case .named: "--named"
        case .grades: "--grade"
        case .presenter: "--presenter"
        case .item: "--item"
        case .who: "--who"
        case .due: "--due"
        }
    }
}

extension ConseilError {
    /// The message as the command line says it: with the flag it is about.
    func commandLineMessage(_ language: Language) -> String {
        let text = message.text(language)
        guard let field else { return text }
        return text + " [" + field.commandLineName + "]"
    }
}

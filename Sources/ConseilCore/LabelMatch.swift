/// How a typed answer names one of a list of labels (options, grades): a label wins, case and
/// accents folded; a number is a position from 1 only when no label starts with a digit.
public enum LabelMatch {
    public static func index(of typed: String, in labels: [String]) -> Int? {
        let trimmed = typed.trimmingASCIISpaces
        let folded = TextFolding.foldAccentsAndCase(trimmed)
        if let index = labels.firstIndex(where: { TextFolding.foldAccentsAndCase($0) == folded }) {
            return index
        }
        if numbersArePositions(labels), let number = Int(trimmed), labels.indices.contains(number - 1) {
            return number - 1
        }
        return nil
    }

    static func numbersArePositions(_ labels: [String]) -> Bool {
        !labels.contains { $0.first?.isNumber ?? false }
    }

    /// The labels as an error lists them: numbered only when a number can name them.
    static func list(_ labels: [String]) -> String {
        let numbered = numbersArePositions(labels)
        return labels.enumerated().map {
            (numbered ? "\($0.offset + 1). " : "") + InertText.make($0.element)
        }.joined(separator: ", ")
    }
}

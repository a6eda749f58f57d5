import Testing

@testable import ConseilTUI

/// Text flowed into lines (questions on the wall, confirmations) never starts a line with the
/// « ? », « ! », « : », « ; » or « » that French puts after a space, nor ends one with « «.
@Suite("French punctuation stays with its word when text wraps")
struct FrenchWrapTests {
    @Test(arguments: 8...40)
    func noLineStartsWithAMarkNorEndsWithAnOpeningQuote(_ width: Int) {
        let text =
            "Clore « Faut-il lancer l’étude d’un jumeau numérique territorial av… » ? Plus personne ne pourra voter : vraiment ; oui !"
        let lines = ProjectorView.wrap(text, width: width)
        for line in lines {
            #expect(!"?!:;»".contains(line.first!), "width \(width): \(lines)")
            #expect(!line.hasSuffix("«"), "width \(width): \(lines)")
        }
        #expect(lines.joined(separator: " ") == text, "no word lost or reordered")
    }

    /// The confirmation that broke before « ? » at 100 columns (docs/SCREENS.md) no longer does.
    @Test func theClosingQuestionKeepsItsQuestionMark() {
        let lines = ProjectorView.wrap(
            "Clore « Faut-il lancer l’étude d’un jumeau numérique territorial av… » ? Plus personne ne pourra voter.",
            width: 70)
        #expect(lines.count == 2 && lines[1].hasPrefix("av… » ? Plus"), "\(lines)")
    }
}

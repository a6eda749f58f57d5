import ConseilCore
import Testing

@Suite("French typography: no-break spaces where French puts them")
struct FrenchTypographyTests {
    @Test(
        "the space before ; ? ! % becomes narrow, before : and inside « » a no-break space",
        arguments: [
            ("Oui ; non", "Oui\u{202F}; non"), ("Pourquoi ?", "Pourquoi\u{202F}?"),
            ("Bravo !", "Bravo\u{202F}!"),
            ("44,12 %", "44,12\u{202F}%"), ("État : adopté", "État\u{00A0}: adopté"),
            ("« uberiser » le rural", "«\u{00A0}uberiser\u{00A0}» le rural"),
            // Nothing is inserted: what was typed without a space stays so.
            ("http://exemple.fr", "http://exemple.fr"), ("14h30", "14h30"), ("«x»", "«x»"),
            ("Oui\u{00A0}?", "Oui\u{202F}?"),
        ])
    func spaces(typed: String, printed: String) {
        #expect(FrenchTypography.apply(typed) == printed)
    }
}

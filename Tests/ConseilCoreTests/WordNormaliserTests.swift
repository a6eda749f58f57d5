import ConseilCore
import Testing

@Suite("Word normalisation: the grouping key of a short answer")
struct WordNormaliserTests {
    @Test(
        "spellings of one answer share a key",
        arguments: [
            "Formation", "formation", "la formation", "La Formation", "« formation »", "«formation»",
            "Formation.", "  formation  ", "formation !", "\"formation\"", "“Formation”", "'formation'",
            "une formation", "de la formation", "…formation…", "formation?!", "« la formation »",
        ])
    func formation(spelling: String) {
        #expect(WordNormaliser.key(spelling) == "formation")
    }

    @Test("plural keys are kept as typed, folding needs the singular too")
    func pluralKeyIsRaw() {
        #expect(WordNormaliser.key("formations") == "formations")
        #expect(WordNormaliser.key("des formations") == "formations")
        #expect(WordNormaliser.key("les Formations.") == "formations")
    }

    @Test(
        "elisions with either apostrophe are dropped",
        arguments: ["l'emploi", "l’emploi", "L’Emploi", "emploi"])
    func elision(spelling: String) {
        #expect(WordNormaliser.key(spelling) == "emploi")
    }

    @Test("d' is an elision too")
    func elisionD() {
        #expect(WordNormaliser.key("d'accord") == "accord")
        #expect(WordNormaliser.key("d’accord") == "accord")
    }

    @Test("accents, case and ligatures fold")
    func folding() {
        #expect(WordNormaliser.key("Éducation") == WordNormaliser.key("education"))
        #expect(WordNormaliser.key("ŒUVRE") == "oeuvre")
        #expect(WordNormaliser.key("Œuvre") == "oeuvre")
        // A decomposed é (e + U+0301) folds like the precomposed one.
        #expect(WordNormaliser.key("e\u{301}cole") == WordNormaliser.key("École"))
    }

    @Test("inner quotes belong to the answer")
    func innerQuotes() {
        let key = WordNormaliser.key("« uberiser » le rural")
        #expect(key == "« uberiser » le rural")
        #expect(key != WordNormaliser.key("uberiser"))
        // Two quoted words: the outer marks do not enclose the whole answer.
        #expect(WordNormaliser.key("« uberiser » le « rural »") == "« uberiser » le « rural »")
    }

    @Test("an article alone, or a word that only starts like one, is kept")
    func articlesNeedAWord() {
        #expect(WordNormaliser.key("la") == "la")
        #expect(WordNormaliser.key("L'") == "l'")
        #expect(WordNormaliser.key("lesson") == "lesson")
        #expect(WordNormaliser.key("Lectures") == "lectures")
        #expect(WordNormaliser.key("dune") == "dune")
    }

    @Test("only punctuation or quotes leaves an empty key")
    func emptyKey() {
        #expect(WordNormaliser.key("...") == "")
        #expect(WordNormaliser.key("« »") == "")
        #expect(WordNormaliser.key("   ") == "")
    }

    @Test("tidy trims and collapses spaces but keeps the spelling")
    func tidy() {
        #expect(WordNormaliser.tidy("  La   Formation\t ») ") == "La Formation »)")
        #expect(WordNormaliser.tidy("\n\u{A0}emploi \n") == "emploi")
    }

    @Test("a plural folds onto a singular that also appears")
    func foldPlurals() {
        #expect(WordNormaliser.foldPlurals(["formation", "formations"]) == ["formations": "formation"])
        #expect(WordNormaliser.foldPlurals(["jeu", "jeux"]) == ["jeux": "jeu"])
        #expect(WordNormaliser.foldPlurals(["usages"]).isEmpty)
        #expect(WordNormaliser.foldPlurals(["usages", "usage", "emplois"]) == ["usages": "usage"])
        // A single letter is not a plural of nothing.
        #expect(WordNormaliser.foldPlurals(["s", ""]).isEmpty)
    }
}

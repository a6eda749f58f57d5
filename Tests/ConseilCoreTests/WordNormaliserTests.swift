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
        "elisions with any apostrophe are dropped",
        arguments: [
            "l'emploi", "l’emploi", "L’Emploi", "lʼemploi", "Lʼemploi.", "emploi", "à l'emploi", "À lʼemploi",
        ])
    func elision(spelling: String) {
        #expect(WordNormaliser.key(spelling) == "emploi")
    }

    @Test("every apostrophe is one inside an answer too")
    func innerApostrophes() {
        #expect(WordNormaliser.key("aujourd’hui") == "aujourd'hui")
        #expect(WordNormaliser.key("aujourdʼhui") == "aujourd'hui")
        #expect(WordNormaliser.key("l'aujourd'hui") == "aujourd'hui")
    }

    @Test(
        "au, aux, à la and à l' are leading articles",
        arguments: [
            ("aux habitants", "habitants"), ("Au village", "village"), ("à la campagne", "campagne"),
            ("À LA CAMPAGNE", "campagne"), ("a la campagne", "campagne"), ("à l'école", "ecole"),
            ("« aux élus »", "elus"),
        ])
    func contractedArticles(answer: String, key: String) {
        #expect(WordNormaliser.key(answer) == key)
    }

    @Test("a final dot, or a dot after quotes, is not part of the key")
    func finalDot() {
        #expect(WordNormaliser.key("formation.") == "formation")
        #expect(WordNormaliser.key("« formation ».") == "formation")
        #expect(WordNormaliser.key("lien social...") == "lien social")
        #expect(WordNormaliser.core("Lien social.") == "Lien social")
    }

    @Test("the core keeps case, accents and apostrophes as typed")
    func core() {
        #expect(WordNormaliser.core("« La Démocratie »") == "Démocratie")
        #expect(WordNormaliser.core("L’Emploi.") == "Emploi")
        #expect(WordNormaliser.core("aujourdʼhui") == "aujourdʼhui")
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

    @Test(
        "-aux folds onto -al, and -x onto a singular in -au",
        arguments: [("chevaux", "cheval"), ("locaux", "local"), ("journaux", "journal"), ("tuyaux", "tuyau")])
    func auxPlurals(plural: String, singular: String) {
        #expect(WordNormaliser.foldPlurals([plural, singular]) == [plural: singular])
    }

    @Test("a -aux word without its singular stays: travaux is not travail")
    func auxAlone() {
        #expect(WordNormaliser.foldPlurals(["travaux", "travail"]).isEmpty)
        #expect(WordNormaliser.foldPlurals(["locaux"]).isEmpty)
    }

    @Test(
        "phrases fold word by word",
        arguments: [
            ("services publics", "service public"), ("liens sociaux", "lien social"),
            ("tiers lieux", "tiers lieu"), ("réseaux sociaux", "réseau social"),
        ])
    func phrasePlurals(plural: String, singular: String) {
        let keys: Set = [WordNormaliser.key(plural), WordNormaliser.key(singular)]
        #expect(
            WordNormaliser.foldPlurals(keys) == [WordNormaliser.key(plural): WordNormaliser.key(singular)])
    }

    @Test("a phrase folds onto the singular that appears, however many of its words are plural")
    func partialPhrasePlural() {
        #expect(
            WordNormaliser.foldPlurals(["formations des elus", "formation des elus"])
                == ["formations des elus": "formation des elus"])
        // Plural onto plural onto singular ends at the singular.
        #expect(
            WordNormaliser.foldPlurals(["services publics", "service publics", "service public"])
                == ["services publics": "service public", "service publics": "service public"])
    }
}

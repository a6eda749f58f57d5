import ConseilCore
import Testing

@Suite("Identifiers: strict pattern, slugs, time-ordered ids")
struct IdentifierTests {
    @Test(
        "valid ids",
        arguments: ["a", "0", "seance-2017", "p0abc-x9", "a--b", String(repeating: "z", count: 64)])
    func valid(id: String) {
        #expect(Identifier.isValid(id))
    }

    @Test(
        "invalid ids",
        arguments: [
            "", "-a", "a-", "-", "A", "Abc", "é", "a_b", "a b", "a/b", "..", ".", "a.b", "a\u{0}",
            String(repeating: "z", count: 65), "ａ",
        ])
    func invalid(id: String) {
        #expect(!Identifier.isValid(id))
    }

    @Test("validated returns the id or a clear, inert error")
    func validated() throws {
        let what = Localized(fr: "séance", en: "session")
        #expect(try Identifier.validated("seance-1", what: what) == "seance-1")
        let error = #expect(throws: ConseilError.self) { try Identifier.validated("../\u{1B}x", what: what) }
        #expect(error?.message.fr.contains("identifiant de séance invalide") == true)
        #expect(error?.message.fr.contains("␛") == true)
    }

    @Test(
        "slugs",
        arguments: [
            ("Séminaire à Rennes", "seminaire-a-rennes"),
            ("  L’été   numérique !! ", "l-ete-numerique"),
            ("Œuvre n°2", "oeuvre-n-2"),
            ("---", ""),
            ("", ""),
            ("Café/Wi-Fi", "cafe-wi-fi"),
        ])
    func slug(text: String, slug: String) {
        #expect(Identifier.slug(text) == slug)
    }

    @Test("a slug never exceeds its length and stays a valid id")
    func slugLength() {
        let titles = [
            String(repeating: "a", count: 100),
            "Conseil local du numérique : séance plénière extraordinaire de novembre",
            String(repeating: "ab ", count: 30),
            String(repeating: "abc ", count: 30),
        ]
        for title in titles {
            for maxLength in [1, 2, 5, 39, 40] {
                let slug = Identifier.slug(title, maxLength: maxLength)
                #expect(slug.count <= maxLength, "\(title) / \(maxLength) → \(slug)")
                #expect(Identifier.isValid(slug), "\(slug)")
            }
        }
        // Cut at a word boundary, the slug keeps what fits.
        #expect(Identifier.slug("abc abc", maxLength: 4) == "abc")
        #expect(Identifier.slug("abc abc", maxLength: 6) == "abc-ab")
    }

    @Test("made ids are valid and sort by creation time")
    func madeIdsSort() {
        var random = SeededGenerator(state: 42)
        let times: [Int64] = [0, 999, 1000, 1_510_911_000_000, 1_510_911_000_001, 4_102_444_800_000]
        let ids = times.map { Identifier.make(prefix: "p", at: Timestamp(milliseconds: $0), random: &random) }
        #expect(ids.allSatisfy(Identifier.isValid))
        #expect(ids.allSatisfy { $0.hasPrefix("p") && $0.count == 1 + 9 + 4 })
        #expect(ids.sorted() == ids)
        #expect(ids.reversed().sorted() == ids)
    }

    @Test("two ids made at the same moment differ by their random part")
    func randomPart() {
        var random = SeededGenerator(state: 7)
        let first = Identifier.make(prefix: "e", at: Fixture.now, random: &random)
        let second = Identifier.make(prefix: "e", at: Fixture.now, random: &random)
        #expect(first != second)
        #expect(first.prefix(10) == second.prefix(10))
        let key = Identifier.random(length: 20, random: &random)
        #expect(key.count == 20 && Identifier.isValid(key))
    }

    @Test("session ids: the date, then the slug of the title")
    func sessionIds() {
        let day = Fixture.day("2017-11-17")
        #expect(Session.makeId(date: day, title: "Séminaire à Rennes") == "2017-11-17-seminaire-a-rennes")
        #expect(Session.makeId(date: day, title: "!!!") == "2017-11-17")
        #expect(Session.looksLikeId("2017-11-17-seminaire-a-rennes"))
        #expect(Session.looksLikeId("2017-11-17"))
        #expect(!Session.looksLikeId("2017-11-32-x"))
        #expect(!Session.looksLikeId("propositions"))
        #expect(!Session.looksLikeId("2017-11-17-Rennes"))
    }
}

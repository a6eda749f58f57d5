import ConseilCore
import Testing

@Suite("Percentages: integers, half up, French format")
struct PercentageTests {
    @Test(
        "count × 100 / base, rounded half up to two decimals",
        arguments: [
            (17, 32, 5313, "53,13 %", "53.13%"),
            (15, 32, 4688, "46,88 %", "46.88%"),
            (15, 34, 4412, "44,12 %", "44.12%"),
            (19, 34, 5588, "55,88 %", "55.88%"),
            (2, 37, 541, "5,41 %", "5.41%"),
            (34, 37, 9189, "91,89 %", "91.89%"),
            (1, 37, 270, "2,70 %", "2.70%"),
            (0, 37, 0, "0,00 %", "0.00%"),
            (37, 37, 10_000, "100,00 %", "100.00%"),
        ])
    func rounding(count: Int, base: Int, hundredths: Int, french: String, english: String) throws {
        let percent = try #require(Percentage(count: count, base: base))
        #expect(percent.hundredths == hundredths)
        #expect(percent.formatted(.fr) == french)
        #expect(percent.formatted(.en) == english)
    }

    /// Exact halves go up, never to the even neighbour, and nothing is lost to floating point.
    @Test(
        "exact halves round up",
        arguments: [
            (1, 160, 63),  // 0,625 → 0,63 (banker's rounding would give 0,62)
            (1, 32, 313),  // 3,125 → 3,13
            (1, 8, 1250),  // exact
            (1, 3, 3333),  // 33,333… → 33,33
            (2, 3, 6667),  // 66,666… → 66,67
            (1, 64, 156),  // 1,5625 → 1,56
            (3, 80, 375),  // exact
        ])
    func halves(count: Int, base: Int, hundredths: Int) {
        #expect(Percentage(count: count, base: base)?.hundredths == hundredths)
    }

    @Test("each option rounds on its own: 17/32 and 15/32 add up to 100,01 %")
    func independentRounding() throws {
        let yes = try #require(Percentage(count: 17, base: 32))
        let no = try #require(Percentage(count: 15, base: 32))
        #expect(yes.hundredths + no.hundredths == 10_001)
    }

    @Test("no percentage without a base, nor for a negative count")
    func noBase() {
        #expect(Percentage(count: 0, base: 0) == nil)
        #expect(Percentage(count: 3, base: 0) == nil)
        #expect(Percentage(count: 1, base: -4) == nil)
        #expect(Percentage(count: -1, base: 4) == nil)
    }

    @Test("large counts stay exact")
    func largeCounts() {
        #expect(Percentage(count: 1_000_000, base: 3_000_000)?.hundredths == 3333)
        #expect(Percentage(count: 999_999, base: 1_000_000)?.formatted(.fr) == "100,00 %")
        #expect(Percentage(count: 999_949, base: 1_000_000)?.formatted(.fr) == "99,99 %")
    }

    @Test("thousands are grouped: a space in French, a comma in English")
    func thousands() {
        #expect(Numbers.formatted(10_000, .fr) == "10 000")
        #expect(Numbers.formatted(10_000, .en) == "10,000")
        #expect(Numbers.formatted(1_234_567, .fr) == "1 234 567")
        #expect(Numbers.formatted(999, .fr) == "999")
        #expect(Numbers.formatted(100_000, .fr) == "100 000")
        #expect(Numbers.formatted(0, .en) == "0")
        #expect(Numbers.formatted(-1234, .fr) == "-1 234")
        #expect(Percentage(hundredths: 1_000_000).formatted(.fr) == "10 000,00 %")
        #expect(Percentage(hundredths: 1_000_005).formatted(.en) == "10,000.05%")
    }

    @Test(
        "decimalText is the JSON number without trailing zeros",
        arguments: [
            (4412, "44.12"), (5000, "50"), (270, "2.7"), (5, "0.05"), (1050, "10.5"), (0, "0"),
            (10_000, "100"), (9189, "91.89"),
        ])
    func decimalText(hundredths: Int, text: String) {
        #expect(Percentage(hundredths: hundredths).decimalText == text)
    }

    @Test("a change in points is signed, with a true minus sign")
    func change() {
        #expect(Percentage.formattedChange(2188, .fr) == "+21,88 pts")
        #expect(Percentage.formattedChange(2188, .en) == "+21.88 pts")
        #expect(Percentage.formattedChange(-305, .fr) == "−3,05 pts")
        #expect(Percentage.formattedChange(0, .fr) == "±0,00 pts")
    }

    @Test("percentages order by value")
    func ordering() {
        let values = [
            Percentage(hundredths: 4412), Percentage(hundredths: 270), Percentage(hundredths: 5588),
        ]
        #expect(values.sorted().map(\.hundredths) == [270, 4412, 5588])
    }
}

import ConseilCore
import Testing

@testable import ConseilTUI

@Suite("Text for terminals without UTF-8, and the bytes they send")
struct TerminalTextTests {
    @Test func lettersLoseTheirAccentsAndGlyphsBecomeASCII() {
        #expect(AsciiText.make("Séance de décembre") == "Seance de decembre")
        #expect(AsciiText.make("Réunion « Œuvre » → ÉTÉ") == "Reunion \" OEuvre \" -> ETE")
        #expect(AsciiText.make("(•) 44,12\u{202F}% …") == "(*) 44,12 % ...")
        #expect(AsciiText.make("中文").allSatisfy({ $0.isASCII }))
    }

    @Test func aScreenWrittenWithoutUTF8HasOnlyASCII() {
        var driver = ScreenDriver(width: 80, height: 24, unicode: false)
        driver.play("3")
        #expect(driver.text.allSatisfy({ $0.isASCII }), "\(driver.text)")
        #expect(driver.text.contains("Compte rendu - Seminaire numerique"), "\(driver.text)")
    }

    @Test func utf8BytesMakeTheirCharacter() {
        var bytes = KeyBytes()
        let typed = Array("Réunion €".utf8).flatMap { bytes.feed($0) }
        #expect(String(typed) == "Réunion €")
    }

    /// A Latin-1 terminal sends « é » as one byte: it is read as Latin-1, and the next key too.
    @Test func aLoneLatin1ByteIsLatin1() {
        var bytes = KeyBytes()
        #expect(bytes.feed(0xE9) == [])
        #expect(bytes.feed(UInt8(ascii: "t")) == ["é", "t"])
        #expect(bytes.feed(0xE9) == [] && bytes.flush() == ["é"], "no more bytes: what waited is Latin-1")
    }
}

@Suite("The palettes: 4.5:1 for text on the background they are made for")
struct PaletteTests {
    @Test(arguments: Palette.Theme.allCases, [8, 256])
    func everyTextColourReachesAA(_ theme: Palette.Theme, _ colors: Int) {
        let palette = Palette.of(theme, colors: colors)
        #expect(palette.colors.count == 6)
        for (style, pair) in palette.colors {
            let ratio = Palette.contrast(pair.foreground, pair.background ?? palette.background)
            #expect(ratio >= 4.5, "\(theme) \(colors) colours, \(style): \(ratio):1")
        }
    }

    /// The fault: yellow, cyan and green of the basic colours on white.
    @Test func theBasicYellowCyanAndGreenFailOnWhite() {
        for color in [3, 6, 2] { #expect(Palette.contrast(color, 15) < 2.5) }
        #expect(abs(Palette.contrast(0, 15) - 21) < 0.01)
        #expect(
            Palette.rgb(24) == (0, 95, 135) && Palette.rgb(231) == (255, 255, 255)
                && Palette.rgb(244) == (128, 128, 128))
    }

    @Test func theThemeIsAskedOrReadFromTheTerminal() {
        #expect(
            Palette.theme(asked: .light, environment: ["COLORFGBG": "15;0"], backgroundReply: nil) == .light)
        #expect(Palette.theme(asked: nil, environment: ["COLORFGBG": "0;15"], backgroundReply: nil) == .light)
        #expect(
            Palette.theme(asked: nil, environment: ["COLORFGBG": "0;default;7"], backgroundReply: nil)
                == .light)
        #expect(Palette.theme(asked: nil, environment: ["COLORFGBG": "15;0"], backgroundReply: nil) == .dark)
        #expect(
            Palette.theme(
                asked: nil, environment: [:],
                backgroundReply: "\u{1B}]11;rgb:ffff/fafa/f0f0\u{1B}\\\u{1B}[?62;c")
                == .light)
        #expect(
            Palette.theme(asked: nil, environment: [:], backgroundReply: "\u{1B}]11;rgb:1c1c/1c1c/1c1c\u{07}")
                == .dark)
        #expect(
            Palette.theme(asked: nil, environment: [:], backgroundReply: "\u{1B}[?62;c") == .dark,
            "no answer: dark")
    }
}

import Foundation
import Testing

@testable import ConseilTUI

/// The PSF reader on hand-made fonts of both versions, and large letters from the real font.
@Suite("Console fonts: PSF1 and PSF2 read, glyphs found through the Unicode table")
struct ConsoleFontTests {
    @Test func psf1WithAUnicodeTable() throws {
        // 256 glyphs of 4 rows; glyph 1 draws A and É, the others nothing.
        var bytes: [UInt8] = [0x36, 0x04, 0x02, 4]
        for glyph in 0..<256 { bytes += glyph == 1 ? [0b1000_0001, 0b0100_0010, 0, 0xFF] : [0, 0, 0, 0] }
        for glyph in 0..<256 { bytes += (glyph == 1 ? [0x41, 0x00, 0xC9, 0x00] : []) + [0xFF, 0xFF] }
        let font = try #require(PSFFont(bytes: bytes))
        #expect(font.width == 8 && font.height == 4)
        let a = try #require(font.glyph("A"))
        #expect(a.count == 32)
        #expect(a[0] && a[7] && !a[1] && a[9] && a[14] && a[24...].allSatisfy { $0 })
        #expect(font.glyph("É") == a)
        #expect(font.glyph("Z") == nil)
    }

    @Test func psf2WithAUnicodeTable() throws {
        func u32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        // Two glyphs of 3×2 pixels, one byte per row; glyph 0 draws é, glyph 1 draws x.
        var bytes: [UInt8] =
            [0x72, 0xb5, 0x4a, 0x86] + u32(0) + u32(32) + u32(1) + u32(2) + u32(2) + u32(2) + u32(3)
        bytes += [0b1010_0000, 0b0100_0000, 0b1110_0000, 0]
        bytes += Array("é".utf8) + [0xFF] + Array("x".utf8) + [0xFF]
        let font = try #require(PSFFont(bytes: bytes))
        #expect(font.width == 3 && font.height == 2)
        #expect(font.glyph("é") == [true, false, true, false, true, false])
        #expect(font.glyph("x") == [true, true, true, false, false, false])
    }

    @Test func garbageIsNoFont() {
        #expect(PSFFont(bytes: Array("not a font".utf8)) == nil)
        #expect(PSFFont(bytes: [0x36, 0x04, 0x00, 16, 1, 2]) == nil, "cut short")
    }

    @Test(.enabled(if: RennesWall.fontInstalled, "console-setup-linux is not installed"))
    func accentedLettersFromTheDebianFont() throws {
        let letters = try #require(BigLetters.shared)
        for rows in BigLetters.sizes {
            let lines = letters.render("dé", rows: rows, unicode: true)
            #expect(lines.count == rows)
            #expect(lines.allSatisfy { $0.count == letters.width("dé", rows: rows) })
            #expect(lines.contains { $0.contains { $0 != " " } })
        }
        // The accent of é sits above its letter: the é half differs from an e.
        #expect(letters.render("é", rows: 8, unicode: true) != letters.render("e", rows: 8, unicode: true))
        let plain = letters.render("é", rows: 8, unicode: false).joined()
        #expect(Set(plain).isSubset(of: ["#", " "]), "blocks become # without UTF-8")
    }
}

import Foundation

/// A QR code drawn in half blocks, as a terminal shows it, turned into an image for `zbarimg`.
public enum HalfBlockImage {
    /// An image of the captured lines: a drawn half block is a light cell half, a blank one dark
    /// (a terminal's background), each module `scale` pixels square.
    public static func pgm(_ lines: [String], scale: Int = 6) -> Data {
        let width = (lines.map(\.count).max() ?? 0) * scale
        let height = lines.count * 2 * scale
        var pixels = [UInt8](repeating: 0, count: width * height)
        for (row, line) in lines.enumerated() {
            for (column, character) in line.enumerated() {
                let (top, bottom): (Bool, Bool) =
                    switch character {
                    case "█": (true, true)
                    case "▀": (true, false)
                    case "▄": (false, true)
                    default: (false, false)
                    }
                for (half, light) in [(0, top), (1, bottom)] where light {
                    for y in 0..<scale {
                        let start = ((row * 2 + half) * scale + y) * width + column * scale
                        for x in 0..<scale { pixels[start + x] = 255 }
                    }
                }
            }
        }
        return Data("P5\n\(width) \(height)\n255\n".utf8) + Data(pixels)
    }

    /// What `zbarimg` reads in the image of `lines`, trimmed.
    public static func decode(_ lines: [String], in folder: URL) throws -> String {
        let image = folder.appendingPathComponent("screen-\(UUID().uuidString.prefix(8)).pgm")
        try pgm(lines).write(to: image)
        let decoded = try runProcess(
            "/usr/bin/zbarimg", ["--raw", "-q", image.path], environment: ["PATH": "/usr/bin:/bin"],
            timeout: 60)
        return decoded.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The QR code in a captured screen: from the first row of its top quiet zone (a run of
    /// full blocks at least `minimum` wide), the same columns down while they hold half blocks;
    /// a run with too few such rows below it (a bar of a bar chart) is passed over.
    public static func crop(_ screen: String, minimum: Int = 25) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        for (row, line) in lines.enumerated() {
            var start = 0
            while start < line.count {
                guard line[start] == "█" else {
                    start += 1
                    continue
                }
                let run = line[start...].prefix { $0 == "█" }.count
                guard run >= minimum else {
                    start += run
                    continue
                }
                let code = lines[row...].prefix { below in
                    below.count >= start + run && "█▀".contains(below[start])
                        && below[start..<(start + run)].allSatisfy { "█▀▄ ".contains($0) }
                }
                // A square code of `run` modules across is about `run / 2` rows high.
                if code.count >= run / 2 { return code.map { String($0[start..<(start + run)]) } }
                start += run
            }
        }
        return []
    }
}

/// A QR code drawn in a terminal with half blocks: each character is two modules, one above
/// the other. The light modules are the drawn ones, so that on the usual dark terminal the code
/// reads dark on light, as scanners expect; a quiet zone of four light modules surrounds it.
extension QRCode {
    public static let quietZone = 4

    public var halfBlockLines: [String] {
        let quiet = Self.quietZone
        let range = -quiet..<(size + quiet)
        return stride(from: range.lowerBound, to: range.upperBound, by: 2).map { y in
            String(
                range.map { x -> Character in
                    let top = !isDark(x: x, y: y)
                    let bottom = y + 1 < range.upperBound && !isDark(x: x, y: y + 1)
                    switch (top, bottom) {
                    case (true, true): return "█"
                    case (true, false): return "▀"
                    case (false, true): return "▄"
                    case (false, false): return " "
                    }
                })
        }
    }

    /// The code as an inline SVG (the cards and the pages load nothing from elsewhere).
    public func svg(pixels: Int) -> String {
        let quiet = Self.quietZone
        let side = size + 2 * quiet
        var path = ""
        for y in 0..<size {
            for x in 0..<size where isDark(x: x, y: y) { path += "M\(x + quiet) \(y + quiet)h1v1h-1z" }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(pixels)\" height=\"\(pixels)\" "
            + "viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\" role=\"img\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}

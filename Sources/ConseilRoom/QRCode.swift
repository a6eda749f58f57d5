import CQRencode

/// A QR code's modules, made by libqrencode: `true` is a dark module.
public struct QRCode: Sendable, Equatable {
    public let size: Int
    let modules: [Bool]

    /// Encodes `text` (a URL: 8-bit mode, error correction M, so that a screen seen from the
    /// back of the room still scans); nil when libqrencode refuses it (too long).
    public init?(_ text: String) {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        modules = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    public func isDark(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size && y < size && modules[y * size + x]
    }
}

import CZlib
import Foundation

/// The console font the projector draws large letters with, read once at run time from the
/// fonts Debian ships (package console-setup-linux); `CONSEIL_FONT` names another PSF file,
/// the only one tried then. Nil when none is read: every word is written at normal size
/// (docs/DECISIONS.md).
enum ConsoleFont {
    static let candidates = [
        "/usr/share/consolefonts/Lat15-Terminus16.psf.gz",
        "/usr/share/consolefonts/Lat15-Fixed16.psf.gz",
        "/usr/share/consolefonts/Uni2-Terminus16.psf.gz",
    ]

    static let shared: PSFFont? = {
        let named = ProcessInfo.processInfo.environment["CONSEIL_FONT"].map { [$0] }
        for path in named ?? candidates {
            if let bytes = read(path), let font = PSFFont(bytes: bytes) { return font }
        }
        return nil
    }()

    /// The file's bytes, gunzipped when compressed (zlib reads plain files as they are).
    static func read(_ path: String) -> [UInt8]? {
        guard let file = gzopen(path, "rb") else { return nil }
        defer { gzclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while bytes.count < 4 << 20 {
            let got = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if got < 0 { return nil }
            if got == 0 { break }
            bytes += chunk[0..<Int(got)]
        }
        return bytes
    }
}

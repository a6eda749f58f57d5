import Foundation
import TestSupport
import Testing

/// The HTML procès-verbal printed the way a secretary prints it: headless Chromium to an A4
/// PDF, the pages turned into PNG images (pdftoppm) and read back as text (pdftotext).
@Suite(
    .enabled(
        if: ExternalTool.shouldRun("chromium", "pdftoppm", "pdftotext"),
        "chromium and poppler-utils are not installed"))
struct ProcesVerbalPrintTests {
    @Test func printsOnNumberedA4PagesWithEverySection() throws {
        let chromium = try ExternalTool.require("chromium", package: "chromium")
        let pdftoppm = try ExternalTool.require("pdftoppm", package: "poppler-utils")
        let pdftotext = try ExternalTool.require("pdftotext", package: "poppler-utils")
        let pv = try ProcesVerbalScenario()
        let folder = pv.council.base.path
        let html = folder + "/pv.html"
        let pdf = folder + "/pv.pdf"
        try pv.export("html").write(toFile: html, atomically: true, encoding: .utf8)
        let environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": folder,
            "LANG": "C.UTF-8",
        ]
        let printed = try runProcess(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=\(folder)/chromium", "--print-to-pdf=\(pdf)", "file://\(html)",
            ], environment: environment, timeout: 240)
        #expect(FileManager.default.fileExists(atPath: pdf), "chromium printed nothing: \(printed.summary)")

        let pages = try runProcess(
            pdftoppm, ["-png", "-r", "40", pdf, folder + "/page"], environment: environment)
        #expect(pages.status == 0, "\(pages.summary)")
        let images = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasPrefix("page") && $0.hasSuffix(".png")
        }
        #expect(images.count >= 2, "the long notes take more than one page: \(images)")
        for image in images {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + image))
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(image) is a PNG")
        }

        let text = try runProcess(pdftotext, ["-layout", pdf, "-"], environment: environment)
        #expect(text.status == 0, "\(text.summary)")
        // pdftotext separates pages with a form feed.
        let pageTexts = text.stdout.split(separator: "\u{0C}", omittingEmptySubsequences: true).filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        #expect(pageTexts.count == images.count)
        for (index, page) in pageTexts.enumerated() {
            #expect(
                page.contains("page \(index + 1) / \(images.count)"),
                "page \(index + 1) has no number:\n\(page)")
        }
        let all = text.stdout.replacingOccurrences(of: "\u{202F}", with: " ")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
        for section in [
            "Procès-verbal — Séminaire numérique", "Présidence", "Secrétariat", "Présences",
            "Représentés (2)",
            "Votant 3 donne pouvoir à Votant 1", "Quorum", "Ordre du jour", "Le budget participatif",
            "Adopter le budget participatif ?", "Signatures", "Arrêté lors de la séance du 15 décembre 2017",
        ] {
            #expect(all.contains(section), "the printed PV lacks \(section)")
        }
        // No heading stranded: each heading's page also holds the text that follows it.
        for (heading, next) in [
            ("Signatures", "Le président ou la présidente de séance"), ("Présences", "Membres en exercice"),
        ] {
            let page = pageTexts.first { $0.contains(heading) }
            #expect(page?.contains(next) == true, "\(heading) is left alone at the foot of a page")
        }
    }
}

import Foundation
import TestSupport
import Testing

/// `poll results --format csv` for a spreadsheet set to French, and the RFC 4180 variant for
/// programs; the French one read back by LibreOffice headless with a French locale.
@Suite struct SpreadsheetCSVTests {
    let scenario: Scenario
    let poll: String

    init() throws {
        scenario = try Scenario()
        let voters = try scenario.addVoters(3)
        poll = try scenario.newPoll(
            kind: "choice", question: "Quel lieu pour l'atelier « numérique » ?",
            ["--option", "Médiathèque", "--option", "Salle des fêtes"])
        try scenario.council.succeed(["vote", poll, "Médiathèque"], as: voters[0])
        try scenario.council.succeed(["vote", poll, "Médiathèque"], as: voters[1])
        try scenario.council.succeed(["vote", poll, "Salle des fêtes"], as: voters[2])
    }

    func csv(_ format: String) throws -> Data {
        Data(try scenario.council.succeed(["poll", "results", poll, "--format", format]).stdout.utf8)
    }

    @Test func frenchSpreadsheetLayout() throws {
        let bytes = try csv("csv")
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let rows = text.components(separatedBy: "\r\n")
        #expect(rows[0] == "Question;\"Quel lieu pour l'atelier « numérique » ?\"")
        #expect(rows.contains("Votants (base);3"))
        #expect(rows.contains("Réponse;Voix;%"))
        #expect(rows.contains("\"Médiathèque\";2;66,67"))
        #expect(rows.contains("\"Salle des fêtes\";1;33,33"))
    }

    @Test func rfc4180VariantStaysForPrograms() throws {
        let text = String(decoding: try csv("csv-rfc4180"), as: UTF8.self)
        #expect(text == "answer,count,percent\r\n\"Médiathèque\",2,66.67\r\n\"Salle des fêtes\",1,33.33\r\n")
    }

    @Test(
        .enabled(
            if: ExternalTool.shouldRun("soffice", "unzip"),
            "LibreOffice (libreoffice-calc-nogui) is not installed"))
    func libreOfficeReadsAccentsAndNumbers() throws {
        let soffice = try ExternalTool.require("soffice", package: "libreoffice-calc-nogui")
        let unzip = try ExternalTool.require("unzip", package: "unzip")
        let folder = scenario.council.base.path
        try csv("csv").write(to: URL(fileURLWithPath: folder + "/resultats.csv"))
        let environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": folder,
            "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8",
        ]
        // What a French Calc does on opening: `;` separator, `"` quotes, UTF-8 (76), from line 1,
        // the French locale (1036) for decimal commas.
        let converted = try runProcess(
            soffice,
            [
                "-env:UserInstallation=file://\(folder)/lo", "--headless", "--infilter=CSV:59,34,76,1,,1036",
                "--convert-to", "ods", "--outdir", folder, folder + "/resultats.csv",
            ], environment: environment, timeout: 300)
        #expect(FileManager.default.fileExists(atPath: folder + "/resultats.ods"), "\(converted.summary)")
        let content = try runProcess(
            unzip, ["-p", folder + "/resultats.ods", "content.xml"], environment: environment)
        let xml = content.stdout
        #expect(
            xml.contains("Quel lieu pour l&apos;atelier « numérique » ?")
                || xml.contains("Quel lieu pour l'atelier « numérique » ?"), "accents intact")
        #expect(xml.contains("Médiathèque") && xml.contains("Salle des fêtes"))
        for number in ["66.67", "33.33", "2", "3"] {
            #expect(
                xml.contains("office:value-type=\"float\" office:value=\"\(number)\""),
                "\(number) is a number:\n\(xml.suffix(3000))")
        }
        #expect(!xml.contains("\u{FEFF}"), "the byte-order mark is read as such, not as text")
    }
}

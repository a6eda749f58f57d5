import ArgumentParser
import ConseilCore
import ConseilRoom
import ConseilStore
import Foundation

extension SessionCommand {
    /// `conseil session cards SESSION`: the members' personal voting codes for the room server.
    struct Cards: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Les codes personnels de vote des membres pour une séance (conseil serve), en cartes à imprimer.",
            discussion: """
                Les codes restent hors du dépôt partagé (dans .git/conseil-room/) : un clone ne peut pas voter au nom d'un membre.
                """)
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Option(help: "html (cartes avec QR code) ou text (une ligne par membre).") var format: String =
            "html"
        @Option(
            help: "L'adresse du serveur de salle dans les QR codes (défaut : http://ADRESSE-LOCALE:8080).")
        var url: String?

        func run() throws {
            try runCommand(global) { context in
                guard format == "html" || format == "text" else {
                    throw ConseilError(
                        fr: "--format : choisissez html ou text", en: "--format: choose html or text")
                }
                let useCases = try context.useCases()
                // The codes vote in each member's name: whoever runs the sessions hands them out.
                try useCases.actor.require(
                    .runSessions,
                    for: Localized(fr: "imprimer les cartes de vote", en: "printing voting cards"))
                let council = try context.root.requireCouncil()
                let session = try context.root.session(session)
                let codes = try RoomSecrets(root: context.root).memberCodes(
                    session: session.id, members: council.members)
                if format == "text" {
                    for member in council.members where codes[member.id] != nil {
                        print("\(member.id)\t\(InertText.make(member.name))\t\(codes[member.id]!)")
                    }
                    return
                }
                let base = url ?? "http://\(LANAddresses.ipv4().first ?? "127.0.0.1"):8080"
                print(
                    VotingCards.html(
                        council: council, session: session, codes: codes, baseURL: base,
                        language: context.language))
            }
        }
    }
}

import ArgumentParser
import ConseilCore
import ConseilStore

/// A printed tour of the council: its sessions, the results of a session's polls and the
/// proposals. What a new user runs first, and what a screen reader user can read line by line.
struct OverviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: "Aperçu du conseil : séances, résultats des scrutins d'une séance, propositions.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "La séance dont montrer les scrutins (défaut : la plus récente qui a un scrutin clos).")
    var session: String?

    func run() throws {
        try runCommand(global) { context in
            let council = try context.root.requireCouncil()
            let t = context.t
            let language = context.language
            print(InertText.make(council.name) + (council.commune.map { " — " + InertText.make($0) } ?? ""))
            print(t("\(council.members.count) membres", "\(council.members.count) members"))
            let sessions = context.root.sessions()
            var problems = sessions.problems
            print("")
            print(t("Séances (\(sessions.values.count))", "Sessions (\(sessions.values.count))"))
            for session in sessions.values {
                print(
                    "  \(session.id)  \(DateFormat.long(session.date, language))  \(InertText.make(session.title))"
                )
            }
            let chosen =
                try session.map { try context.root.session($0) }
                ?? sessions.values.reversed().first { session in
                    context.root.polls(session: session.id).values.contains { $0.state == .closed }
                }
            if let chosen {
                let polls = context.root.polls(session: chosen.id)
                problems += polls.problems
                print("")
                print(
                    t(
                        "Scrutins de la séance « \(InertText.make(chosen.title)) »",
                        "Polls of the session “\(InertText.make(chosen.title))”"))
                let renderer = ResultsText(language: language, barWidth: 24, unicode: Terminal.speaksUTF8)
                for poll in polls.values {
                    let (results, skipped) = context.root.results(of: poll)
                    problems += skipped
                    print("")
                    print("── \(poll.id)")
                    Console.write(renderer.render(results) + ResultsOutput.notice(results, language))
                }
            }
            let proposals = context.root.proposals()
            problems += proposals.problems
            print("")
            print(t("Propositions (\(proposals.values.count))", "Proposals (\(proposals.values.count))"))
            for status in ProposalStatus.allCases {
                let count = proposals.values.filter { $0.status == status }.count
                if count > 0 { print("  \(status.name.text(language)) : \(count)") }
            }
            print("")
            for record in proposals.values.sorted(by: { $0.updatedAt > $1.updatedAt }) {
                print(
                    "  \(record.proposal.id)  \(record.status.name.text(language)) (\(record.progress) %)  \(InertText.make(record.proposal.title))"
                )
            }
            context.warn(problems)
        }
    }
}

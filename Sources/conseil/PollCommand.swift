import ArgumentParser
import ConseilCore
import ConseilStore

struct PollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poll", abstract: "Les scrutins d'une séance.",
        subcommands: [
            New.self, List.self, Open.self, Close.self, Count.self, Results.self, Merge.self, Unmerge.self,
            Hide.self, Show.self, Edit.self, Delete.self, Uncount.self,
        ])

    static func line(_ poll: Poll, _ context: Context) -> String {
        "\(poll.id)\t\(poll.kind.rawValue)\t\(poll.state.name.text(context.language))\t\(InertText.make(poll.question))"
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Crée un scrutin en brouillon et affiche son identifiant (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Option(help: "yesno, choice, multi, words, text ou grades (jugement majoritaire).") var kind: String
        @Option(help: "La question.") var question: String
        @Option(help: "Une option (répétez pour chaque option).") var option: [String] = []
        @Flag(help: "Ajoute l'option Abstention.") var abstain = false
        @Option(help: "Réponses permises par participant (multi, words).") var maxAnswers: Int?
        @Flag(help: "Scrutin anonyme : aucun lien entre un bulletin et un membre.") var anonymous = false
        @Flag(help: "Résultats masqués jusqu'à la clôture.") var hideResults = false
        @Option(help: "Le premier tour de la même question (avant/après).") var after: String?
        @Option(help: "Le point de l'ordre du jour.") var item: String?
        @Option(help: "Majorité requise (oui/non) : simple, absolute, two-thirds ou unanimity.") var majority:
            String?
        @Option(help: "Base de la majorité : expressed (défaut), present ou members.") var of: String?
        @Flag(help: "Vote public : les résultats nomment qui a voté quoi.") var named = false
        @Option(help: "Une mention de l'échelle (grades), de la meilleure à la pire ; répétez.") var grade:
            [String] = []
        @Option(
            help:
                "Qui répond depuis un téléphone (conseil serve) : members (code personnel) ou room (toute la salle)."
        )
        var voters: String = "members"

        func run() throws {
            try runCommand(global) { context in
                guard let voters = PollVoters(rawValue: voters) else {
                    throw ConseilError(
                        fr: "--voters : choisissez members ou room, pas « \(InertText.make(voters)) »",
                        en: "--voters: choose members or room, not “\(InertText.make(voters))”")
                }
                guard let kind = PollKind(rawValue: kind) else {
                    throw ConseilError(
                        fr:
                            "type de scrutin inconnu : « \(InertText.make(kind)) » ; choisissez yesno, choice, multi, words, text ou grades",
                        en:
                            "unknown poll kind: “\(InertText.make(kind))”; choose yesno, choice, multi, words, text or grades"
                    )
                }
                let rules = PollRules(
                    majority: try majority.map(MajorityRule.parse), of: try of.map(MajorityBase.parse),
                    named: named, grades: grade)
                let poll = try context.useCases().createPoll(
                    PollDraft(
                        session: session, item: item, kind: kind, question: question, options: option,
                        abstain: abstain, maxAnswers: maxAnswers, anonymous: anonymous,
                        hideResults: hideResults, after: after, rules: rules, voters: voters))
                print(
                    context.t(
                        "Scrutin créé (brouillon) : \(InertText.make(poll.question))",
                        "Poll created (draft): \(InertText.make(poll.question))"))
                print(poll.id)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liste les scrutins d'une séance.")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Flag(help: "Sortie JSON.") var json = false

        func run() throws {
            try runCommand(global) { context in
                _ = try context.root.requireCouncil()
                let session = try context.root.session(session)
                let polls = context.root.polls(session: session.id)
                context.warn(polls.problems)
                if json {
                    return try Console.json(
                        polls.values.map { PollSummaryJSON($0, language: context.language) })
                }
                if polls.values.isEmpty { print(context.t("Aucun scrutin.", "No polls.")) }
                for poll in polls.values { print(PollCommand.line(poll, context)) }
            }
        }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ouvre un scrutin au vote (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var poll: String

        func run() throws {
            try runCommand(global) { context in
                print(PollCommand.line(try context.useCases().openPoll(poll), context))
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Clôt un scrutin (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var poll: String

        func run() throws {
            try runCommand(global) { context in
                print(PollCommand.line(try context.useCases().closePoll(poll), context))
            }
        }
    }

    struct Count: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ajoute un vote à main levée : --add \"Oui=12\" pour chaque réponse (animation).")
        @OptionGroup var global: GlobalOptions
        @Argument var poll: String
        @Option(help: "LIBELLÉ=NOMBRE, répété pour chaque réponse.") var add: [String] = []
        @Option(help: "Personnes ayant levé la main (requis pour multi et words).") var voters: Int?

        func run() throws {
            try runCommand(global) { context in
                let useCases = try context.useCases()
                let target = try context.root.poll(poll)
                let count = try useCases.addHandCount(
                    poll: target.id, entries: add.map(target.parseCount), voters: voters)
                print(
                    context.t(
                        "Main levée ajoutée : \(count.voters) personnes",
                        "Show of hands added: \(count.voters) people"))
            }
        }
    }

    struct Results: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Les résultats d'un scrutin.")
        @OptionGroup var global: GlobalOptions
        @Argument var poll: String
        @Option(help: "text, json, csv (tableur en français), csv-rfc4180 ou md.") var format: String = "text"

        func run() throws {
            try runCommand(global) { context in
                _ = try context.root.requireCouncil()
                guard let format = ResultsFormat(rawValue: format) else {
                    throw ConseilError(
                        fr:
                            "format inconnu : « \(InertText.make(format)) » ; choisissez text, json, csv, csv-rfc4180 ou md",
                        en:
                            "unknown format: “\(InertText.make(format))”; choose text, json, csv, csv-rfc4180 or md"
                    )
                }
                let poll = try context.root.poll(poll)
                let (results, problems) = context.root.results(of: poll)
                context.warn(problems)
                try ResultsOutput.print(results, format: format, language: context.language)
            }
        }
    }
}

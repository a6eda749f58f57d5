import ArgumentParser
import ConseilCore
import ConseilStore

struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session", abstract: "Les séances.",
        subcommands: [New.self, List.self, Show.self, Attend.self, State.self, Roles.self, Cards.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Crée une séance et affiche son identifiant.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Titre.") var title: String
        @Option(help: "Date, AAAA-MM-JJ.") var date: String
        @Option(help: "Lieu.") var place: String?
        @Option(help: "Président·e de séance (un membre).") var chair: String?
        @Option(help: "Secrétaire de séance (un membre ; répétable).") var secretary: [String] = []

        func run() throws {
            try runCommand(global) { context in
                let day = try CalendarDay.parse(date, what: Localized(fr: "--date", en: "--date"))
                let session = try context.useCases().createSession(
                    title: title, date: day, place: place,
                    roles: SessionRoles(chair: chair, secretaries: secretary))
                let title = session.title
                print(
                    context.t(
                        "Séance créée : \(InertText.make(title)), \(DateFormat.long(day, .fr))",
                        "Session created: \(InertText.make(title)), \(DateFormat.long(day, .en))"))
                print(session.id)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liste les séances.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Sortie JSON.") var json = false

        func run() throws {
            try runCommand(global) { context in
                _ = try context.root.requireCouncil()
                let sessions = context.root.sessions()
                context.warn(sessions.problems)
                if json {
                    return try Console.json(
                        sessions.values.map { SessionJSON($0, language: context.language) })
                }
                if sessions.values.isEmpty { print(context.t("Aucune séance.", "No sessions.")) }
                for session in sessions.values {
                    print(
                        "\(session.id)\t\(DateFormat.long(session.date, context.language))\t\(InertText.make(session.title))"
                    )
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Montre une séance : présences, ordre du jour, scrutins.")
        @OptionGroup var global: GlobalOptions
        @Argument var id: String
        @Flag(help: "Sortie JSON.") var json = false

        func run() throws {
            try runCommand(global) { context in
                let council = try context.root.requireCouncil()
                let session = try context.root.session(id)
                let attendance = context.root.attendance(session: session.id)
                let agenda = context.root.agenda(session: session.id)
                let polls = context.root.polls(session: session.id)
                context.warn(attendance.problems + agenda.problems + polls.problems)
                let summary = AttendanceSummary(council: council, records: attendance.values)
                if json {
                    return try Console.json(
                        SessionDetailJSON(
                            session: SessionJSON(session, language: context.language),
                            attendance: attendance.values.map {
                                AttendanceJSON($0, language: context.language)
                            },
                            quorumRequired: summary.required, quorumReached: summary.quorumReached,
                            agenda: agenda.values.map {
                                AgendaItemJSON($0, now: context.now, language: context.language)
                            },
                            polls: polls.values.map { PollSummaryJSON($0, language: context.language) }))
                }
                let t = context.t
                print(InertText.make(session.title))
                print(
                    DateFormat.long(session.date, context.language)
                        + (session.place.map { " · " + InertText.make($0) } ?? ""))
                print(t("État : ", "State: ") + session.state.name.text(context.language))
                print(SessionCommand.rolesLine(session, council, context))
                print(
                    t(
                        "Présents : \(summary.present.count), représentés : \(summary.represented.count), excusés : \(summary.excused.count), absents : \(summary.absent.count) — quorum ",
                        "Present: \(summary.present.count), represented: \(summary.represented.count), excused: \(summary.excused.count), absent: \(summary.absent.count) — quorum "
                    )
                        + (summary.quorumReached ? t("atteint", "reached") : t("non atteint", "not reached"))
                        + " (\(summary.present.count)/\(summary.required))")
                print("")
                print(t("Ordre du jour :", "Agenda:"))
                for item in agenda.values { print("  " + AgendaCommand.line(item, context)) }
                print("")
                print(t("Scrutins :", "Polls:"))
                for poll in polls.values { print("  " + PollCommand.line(poll, context)) }
            }
        }
    }

    struct Attend: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Note la présence d'un membre : present, excuse ou absent (secrétaire).")
        @OptionGroup var global: GlobalOptions
        @Argument var session: String
        @Argument var memberId: String
        @Argument(help: "present, excuse ou absent.") var status: String
        @Option(help: "Le membre présent qui reçoit le pouvoir de ce membre excusé.") var proxy: String?

        func run() throws {
            try runCommand(global) { context in
                let useCases = try context.useCases()
                let status = try AttendanceStatus.parse(status)
                let council = try useCases.root.requireCouncil()
                let member = try council.requireMember(memberId)
                let record = try useCases.recordAttendance(
                    session: session, member: member.id, status: status, proxy: proxy)
                var line = "\(InertText.make(member.name)) : \(status.name.text(context.language))"
                if let holder = record.proxy.flatMap(council.member) {
                    line += context.t(", pouvoir à ", ", pouvoir to ") + InertText.make(holder.name)
                }
                print(line)
            }
        }
    }
}

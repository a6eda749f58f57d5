import ConseilCore
import ConseilStore

/// The plain line mode (`--plain`, `TERM=dumb`), made for screen readers and braille displays:
/// no curses and no cursor addressing, numbered menus, one line per item, prompts that read
/// well aloud. The same tasks as the full-screen interface, every change through the same use
/// cases, so the same rights hold.
public final class PlainSession {
    let root: DataRoot
    let actor: Actor
    let language: Language
    let now: Timestamp
    let io: PlainLines
    var data: Snapshot

    public init(root: DataRoot, actor: Actor, language: Language, now: Timestamp, io: PlainLines) throws {
        self.root = root
        self.actor = actor
        self.language = language
        self.now = now
        self.io = io
        data = try Snapshot.load(from: root, session: nil, today: now.day)
    }

    var useCases: UseCases { UseCases(root: root, actor: actor, now: now) }

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// A task of the main menu, offered only when the actor may do it.
    struct Task {
        let title: String
        let capability: Capability
        let run: (PlainSession) -> Void
    }

    var tasks: [Task] {
        [
            Task(title: t("Ordre du jour", "Agenda"), capability: .read) { $0.readAgenda() },
            Task(title: t("Scrutins, résultats et vote", "Polls, results and voting"), capability: .read) {
                $0.polls()
            },
            Task(title: t("Compte rendu", "Minutes"), capability: .read) { $0.readMinutes() },
            Task(title: t("Propositions", "Proposals"), capability: .read) { $0.proposals() },
            Task(title: t("Prendre les présences", "Take attendance"), capability: .recordAttendance) {
                $0.takeAttendance()
            },
            Task(
                title: t("Écrire une note au compte rendu", "Write a note in the minutes"),
                capability: .writeMinutes
            ) {
                $0.writeNote()
            },
        ].filter { actor.may($0.capability) }
    }

    public func run() {
        introduce()
        while true {
            let offered = tasks
            guard
                let choice = choose(
                    t("Menu principal", "Main menu"), offered.map(\.title), back: t("Quitter", "Quit"))
            else {
                io.say(t("Au revoir.", "Goodbye."))
                return
            }
            offered[choice].run(self)
            reload()
        }
    }

    private func introduce() {
        var line = data.council.name
        if let session = data.session {
            line +=
                t(". Séance : ", ". Session: ") + session.title + ", "
                + DateFormat.long(session.date, language)
        } else {
            line += t(". Aucune séance.", ". No session.")
        }
        let who: String
        switch actor {
        case .administrator: who = t("administration", "administrator")
        case .member(let member, _): who = member.name + ", " + member.role.name.text(language)
        }
        io.say(line + t(". Vous êtes ", ". You are ") + who + ".")
    }

    /// A numbered menu, 0 to go back; the index chosen, nil for 0 or when the input ends.
    /// A wrong answer says what to type and asks again.
    func choose(_ title: String, _ items: [String], back: String? = nil) -> Int? {
        io.say(title + t(", \(items.count) choix :", ", \(items.count) choices:"))
        for (index, item) in items.enumerated() { io.say("\(index + 1). \(item)") }
        io.say("0. " + (back ?? t("Retour", "Back")))
        while true {
            guard let answer = io.ask(t("Votre choix, un numéro :", "Your choice, a number:")) else {
                return nil
            }
            if answer == "0" { return nil }
            if let number = Int(answer), (1...max(1, items.count)).contains(number), number <= items.count {
                return number - 1
            }
            io.say(
                t(
                    "Choix inconnu : tapez un numéro de 0 à \(items.count).",
                    "Unknown choice: type a number from 0 to \(items.count)."))
        }
    }

    /// Carries out a change through the use cases; says what came of it.
    func change(_ body: () throws -> String) {
        do {
            io.say(try body())
        } catch let error as ConseilError {
            io.say(t("Refusé : ", "Refused: ") + error.message.text(language))
        } catch {
            io.say(t("Refusé : action impossible.", "Refused: action failed."))
        }
        reload()
    }

    func reload() {
        if let snapshot = try? Snapshot.load(from: root, session: data.session?.id, today: now.day) {
            data = snapshot
        }
    }

    private func readAgenda() {
        io.say(t("Ordre du jour, \(data.agenda.count) points :", "Agenda, \(data.agenda.count) items:"))
        for (index, item) in data.agenda.enumerated() {
            var line = "\(index + 1). \(item.title), " + item.state.name.text(language)
            if let duration = item.duration {
                line += t(", \(duration) minutes prévues", ", \(duration) minutes planned")
            }
            if let presenter = item.presenter {
                line += ", " + (data.council.member(presenter)?.name ?? presenter)
            }
            io.say(line)
        }
    }

    private func readMinutes() {
        guard let document = data.minutes else { return io.say(t("Aucune séance.", "No session.")) }
        for line in PlainMinutes(language: language).lines(document) { io.say(line) }
        io.say(t("Fin du compte rendu.", "End of the minutes."))
    }

    private func proposals() {
        while let index = choose(
            t("Propositions", "Proposals"),
            data.proposals.map { "\($0.proposal.title), \($0.status.name.text(language)), \($0.progress) %" })
        {
            for line in ProposalText(language: language).lines(data.proposals[index], council: data.council) {
                io.say(line.trimmingLeadingSpaces)
            }
        }
    }
}

extension String {
    /// The indent of printed text means nothing read aloud.
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}

import ConseilCore

/// What a key does. One keymap, defined once as data, drives the key handling, the help
/// screen and the hint bar, so the three can never disagree.
public enum Action: Sendable, Equatable {
    case screen(Screen), help, quit, up, down, open, back, filter, projector
    case startItem, finishItem, openPoll, closePoll, changeStatus, refresh
    case writeNote, writeDecision, writeAction, editNote, adoptMinutes, exportMinutes, chooseSession
    case newPoll, showOfHands, newAgendaItem, mergeAnswer, unmergeAnswer, hideAnswer
    case revealMore, revealLess, nextPage, previousPage
    case attendance, moveItemUp, moveItemDown, sync, problems, editAgendaItem
    case newProposal, advanceSession, room, joinPanel
    case deleteAgendaItem, editPoll, deletePoll, takeBackHandCount, vote
}

extension Action {
    /// What the action needs from the table of rights (ConseilCore/Rights.swift): the hint bar
    /// shows a key only when the actor may do its action.
    public var capability: Capability {
        switch self {
        case .screen, .help, .quit, .up, .down, .open, .back, .filter, .projector, .refresh,
            .chooseSession, .problems, .revealMore, .revealLess, .nextPage, .previousPage, .joinPanel:
            .read
        case .room: .openRoom
        case .startItem, .finishItem, .newAgendaItem, .moveItemUp, .moveItemDown, .editAgendaItem,
            .advanceSession, .deleteAgendaItem:
            .runSessions
        case .openPoll, .closePoll, .newPoll, .showOfHands, .mergeAnswer, .unmergeAnswer, .hideAnswer,
            .editPoll, .deletePoll, .takeBackHandCount:
            .runPolls
        case .vote: .vote
        case .attendance: .recordAttendance
        case .writeNote, .writeDecision, .writeAction, .editNote, .adoptMinutes: .writeMinutes
        case .changeStatus, .newProposal: .manageProposals
        // A file outside the data root, and git.
        case .exportMinutes, .sync: .runPrograms
        }
    }
}

public enum Screen: Int, Sendable, CaseIterable {
    case agenda = 1, polls, minutes, proposals

    public var title: Localized {
        switch self {
        case .agenda: Localized(fr: "Ordre du jour", en: "Agenda")
        case .polls: Localized(fr: "Scrutins", en: "Polls")
        case .minutes: Localized(fr: "Compte rendu", en: "Minutes")
        case .proposals: Localized(fr: "Propositions", en: "Proposals")
        }
    }
}

public struct Binding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let help: Localized
    /// The screens where the binding applies; empty means everywhere.
    public let screens: [Screen]
    /// Shown in the hint bar at the bottom (the others are in the help screen only).
    public let hint: Bool
    /// Applies only in the projector view (which is part of the polls screen).
    public var projectorOnly = false
}

public enum Keymap {
    public static let bindings: [Binding] = [
        Binding(
            keys: [.character("1")], action: .screen(.agenda), help: Screen.agenda.title, screens: [],
            hint: false),
        Binding(
            keys: [.character("2")], action: .screen(.polls), help: Screen.polls.title, screens: [],
            hint: false),
        Binding(
            keys: [.character("3")], action: .screen(.minutes), help: Screen.minutes.title, screens: [],
            hint: false),
        Binding(
            keys: [.character("4")], action: .screen(.proposals), help: Screen.proposals.title, screens: [],
            hint: false),
        Binding(
            keys: [.up, .character("k")], action: .up, help: Localized(fr: "monter", en: "up"), screens: [],
            hint: false),
        Binding(
            keys: [.down, .character("j")], action: .down, help: Localized(fr: "descendre", en: "down"),
            screens: [], hint: false),
        Binding(
            keys: [.enter], action: .open, help: Localized(fr: "ouvrir", en: "open"),
            screens: [.polls, .minutes, .proposals], hint: true),
        Binding(
            keys: [.escape], action: .back, help: Localized(fr: "retour", en: "back"), screens: [], hint: true
        ),
        Binding(
            keys: [.character("S")], action: .chooseSession, help: Localized(fr: "séances", en: "sessions"),
            screens: [.agenda, .polls, .minutes], hint: true),
        Binding(
            keys: [.character("s")], action: .startItem, help: Localized(fr: "commencer", en: "start"),
            screens: [.agenda], hint: true),
        Binding(
            keys: [.character("f")], action: .finishItem, help: Localized(fr: "terminer", en: "finish"),
            screens: [.agenda], hint: true),
        Binding(
            keys: [.character("P")], action: .attendance, help: Localized(fr: "présences", en: "attendance"),
            screens: [.agenda], hint: true),
        Binding(
            keys: [.character("K")], action: .moveItemUp,
            help: Localized(fr: "point ↑", en: "item ↑"),
            screens: [.agenda], hint: false),
        Binding(
            keys: [.character("J")], action: .moveItemDown,
            help: Localized(fr: "point ↓", en: "item ↓"),
            screens: [.agenda], hint: false),
        Binding(
            keys: [.character("e")], action: .editAgendaItem, help: Localized(fr: "modifier", en: "edit"),
            screens: [.agenda], hint: false),
        Binding(
            keys: [.character("N"), .character("+")], action: .newAgendaItem,
            help: Localized(fr: "nouveau point", en: "new item"),
            screens: [.agenda], hint: true),
        Binding(
            keys: [.character("D"), .delete], action: .deleteAgendaItem,
            help: Localized(fr: "supprimer", en: "delete"),
            screens: [.agenda], hint: false),
        Binding(
            keys: [.character("N")], action: .newPoll, help: Localized(fr: "nouveau", en: "new"),
            screens: [.polls],
            hint: true),
        Binding(
            keys: [.character("v")], action: .vote, help: Localized(fr: "voter", en: "vote"),
            screens: [.polls], hint: true),
        Binding(
            keys: [.character("m")], action: .showOfHands,
            help: Localized(fr: "main levée", en: "show of hands"),
            screens: [.polls], hint: false),
        Binding(
            keys: [.character("M")], action: .takeBackHandCount,
            help: Localized(fr: "retirer la main", en: "take back hands"),
            screens: [.polls], hint: false),
        Binding(
            keys: [.character("e")], action: .editPoll,
            help: Localized(fr: "modifier", en: "edit"),
            screens: [.polls], hint: false),
        Binding(
            keys: [.character("D"), .delete], action: .deletePoll,
            help: Localized(fr: "supprimer", en: "delete"),
            screens: [.polls], hint: false),
        Binding(
            keys: [.character("g")], action: .mergeAnswer,
            help: Localized(fr: "grouper (g, g)", en: "merge (g, g)"),
            screens: [.polls], hint: false),
        Binding(
            keys: [.character("u")], action: .unmergeAnswer,
            help: Localized(fr: "dégrouper", en: "unmerge"),
            screens: [.polls], hint: false),
        Binding(
            keys: [.character("h")], action: .hideAnswer,
            help: Localized(fr: "masquer/afficher", en: "hide/show"),
            screens: [.polls], hint: false),
        Binding(
            keys: [.right, .character("r")], action: .revealMore,
            help: Localized(fr: "révéler", en: "reveal"), screens: [.polls], hint: true, projectorOnly: true),
        Binding(
            keys: [.left, .character("R")], action: .revealLess,
            help: Localized(fr: "masquer", en: "conceal"), screens: [.polls], hint: true, projectorOnly: true),
        Binding(
            keys: [.pageDown], action: .nextPage,
            help: Localized(fr: "page suivante", en: "next page"), screens: [.polls], hint: false,
            projectorOnly: true),
        Binding(
            keys: [.pageUp], action: .previousPage,
            help: Localized(fr: "page précédente", en: "previous page"), screens: [.polls], hint: false,
            projectorOnly: true),
        Binding(
            keys: [.character("o")], action: .openPoll,
            help: Localized(fr: "ouvrir le vote", en: "open vote"),
            screens: [.polls], hint: true),
        Binding(
            keys: [.character("c")], action: .closePoll, help: Localized(fr: "clore", en: "close"),
            screens: [.polls], hint: true),
        Binding(
            keys: [.character("T")], action: .room,
            help: Localized(fr: "salle (téléphones)", en: "room (phones)"), screens: [.polls], hint: true),
        Binding(
            keys: [.character("i")], action: .joinPanel,
            help: Localized(fr: "QR rejoindre", en: "QR to join"), screens: [.polls],
            hint: true, projectorOnly: true),
        Binding(
            keys: [.character("p")], action: .projector, help: Localized(fr: "projecteur", en: "projector"),
            screens: [.polls], hint: true),
        Binding(
            keys: [.character("N")], action: .newProposal, help: Localized(fr: "nouvelle", en: "new"),
            screens: [.proposals], hint: true),
        Binding(
            keys: [.character("E")], action: .advanceSession,
            help: Localized(fr: "état séance", en: "session state"), screens: [.agenda], hint: false),
        Binding(
            keys: [.character("t")], action: .changeStatus, help: Localized(fr: "statut", en: "status"),
            screens: [.proposals], hint: true),
        Binding(
            keys: [.character("n")], action: .writeNote, help: Localized(fr: "note", en: "note"),
            screens: [.minutes],
            hint: true),
        Binding(
            keys: [.character("d")], action: .writeDecision, help: Localized(fr: "décision", en: "decision"),
            screens: [.minutes], hint: true),
        Binding(
            keys: [.character("a")], action: .writeAction, help: Localized(fr: "action", en: "action"),
            screens: [.minutes], hint: true),
        Binding(
            keys: [.character("e")], action: .editNote,
            help: Localized(fr: "modifier note", en: "edit note"),
            screens: [.minutes], hint: false),
        Binding(
            keys: [.character("A")], action: .adoptMinutes, help: Localized(fr: "adopter", en: "adopt"),
            screens: [.minutes], hint: false),
        Binding(
            keys: [.character("x")], action: .exportMinutes,
            help: Localized(fr: "exporter", en: "export"),
            screens: [.minutes], hint: true),
        Binding(
            keys: [.character("/")], action: .filter, help: Localized(fr: "filtrer", en: "filter"),
            screens: [.proposals], hint: true),
        Binding(
            keys: [.character("!")], action: .problems, help: Localized(fr: "illisibles", en: "unreadable"),
            screens: [], hint: false),
        Binding(
            keys: [.character("y")], action: .sync, help: Localized(fr: "synchroniser", en: "sync"),
            screens: [], hint: false),
        Binding(
            keys: [.control("r")], action: .refresh,
            help: Localized(fr: "relire", en: "reload"), screens: [], hint: false),
        Binding(
            keys: [.character("?")], action: .help, help: Localized(fr: "aide", en: "help"), screens: [],
            hint: true),
        Binding(
            keys: [.character("q"), .control("c")], action: .quit, help: Localized(fr: "quitter", en: "quit"),
            screens: [], hint: true),
    ]

    public static func action(for key: Key, on screen: Screen, projector: Bool = false) -> Action? {
        binding(for: key, on: screen, projector: projector)?.action
    }

    /// The binding of a key on a screen; the projector's own keys act only in the projector.
    public static func binding(for key: Key, on screen: Screen, projector: Bool = false) -> Binding? {
        bindings.first {
            $0.keys.contains(key) && ($0.screens.isEmpty || $0.screens.contains(screen))
                && (!$0.projectorOnly || projector)
        }
    }

    /// The hint bar's keys on a screen: those whose action the actor may do. The projector
    /// offers its own keys and those valid everywhere.
    public static func hints(for screen: Screen, actor: Actor, projector: Bool = false) -> [Binding] {
        bindings.filter {
            $0.hint && ($0.screens.isEmpty || ($0.screens.contains(screen) && $0.projectorOnly == projector))
                && actor.may($0.action.capability)
        }
    }
}

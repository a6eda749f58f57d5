import ArgumentParser
import ConseilCore
import ConseilStore
import ConseilSync
import Foundation

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Partage le dossier de données par git : enregistre, intègre le dépôt distant, envoie.",
        discussion: """
            Sans sous-commande : enregistre (commit) ce qui a changé dans le dossier de données, récupère le travail \
            du dépôt distant, l'intègre (fusion) puis envoie. Sans dépôt distant, enregistre seulement. \
            Statut de sortie : 0 fait, 1 intégration bloquée (voir le message), 2 dépôt distant injoignable \
            (les changements sont enregistrés localement). Voir docs/SYNC.md.
            """,
        subcommands: [Run.self, Resolve.self, Conflicts.self, Status.self],
        defaultSubcommand: Run.self)

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run", abstract: "Synchronise (ce que fait « conseil sync » seul).")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Enregistre seulement : ni réception ni envoi.") var offline = false
        @Option(help: "Secondes d'attente si une autre synchronisation est en cours (défaut : 30).") var wait:
            Double = 30
        @Flag(help: "Sortie JSON.") var json = false

        func run() throws {
            var status: Int32 = 0
            try runCommand(global) { context in
                var options = SyncOptions(now: context.now)
                options.offline = offline
                options.wait = wait
                options.actor = context.memberId ?? "admin"
                let report = try Sync.run(root: context.root, options: options)
                if json {
                    try Console.json(SyncReportJSON(report, context))
                } else {
                    SyncCommand.print(report, context)
                }
                if let blocked = report.blocked {
                    Console.error(
                        "conseil : " + context.t("erreur : ", "error: ") + blocked.text(context.language))
                } else if let unreachable = report.remoteError {
                    Console.error(
                        "conseil : " + context.t("avertissement : ", "warning: ")
                            + unreachable.text(context.language))
                }
                status = report.exitStatus
            }
            if status != 0 { throw ExitCode(status) }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Résout un conflit de synchronisation : garde le fichier (current) ou l'autre version (other)."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Le fichier en conflit (tel que « conseil check » l'affiche) ou sa copie.") var path:
            String
        @Option(
            help:
                "current : garder le fichier actuel (éventuellement complété à la main) ; other : garder l'autre version."
        )
        var keep: String

        func run() throws {
            try runCommand(global) { context in
                guard let choice = ConflictChoice(rawValue: keep.lowercased()) else {
                    throw ConseilError(
                        fr: "--keep attend current ou other (pas « \(InertText.make(keep)) »)",
                        en: "--keep takes current or other (not “\(InertText.make(keep))”)")
                }
                // The council file may itself be the record in conflict: without it only the
                // administrator resolves.
                let council = try? context.root.requireCouncil()
                let door =
                    council == nil && context.memberId == nil && !context.restricted
                    ? UseCases(root: context.root, actor: .administrator, now: context.now)
                    : try context.useCases()
                let conflict = try door.resolveConflict(path, keep: choice)
                let shown = InertText.make(context.root.absolute(conflict.record))
                Swift.print(
                    choice == .current
                        ? context.t(
                            "Conflit résolu : \(shown) garde sa version actuelle ; l'autre version est retirée (elle reste dans l'historique git).",
                            "Conflict resolved: \(shown) keeps its current version; the other version is removed (it stays in the git history)."
                        )
                        : context.t(
                            "Conflit résolu : \(shown) prend l'autre version ; la version remplacée reste dans l'historique git.",
                            "Conflict resolved: \(shown) takes the other version; the replaced version stays in the git history."
                        ))
                Swift.print(
                    context.t(
                        "« conseil sync » partagera la résolution.",
                        "“conseil sync” will share the resolution."))
            }
        }
    }

    struct Conflicts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste les conflits de synchronisation à résoudre.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Sortie JSON.") var json = false

        func run() throws {
            try runCommand(global) { context in
                let conflicts = context.root.syncConflicts()
                if json {
                    try Console.json(
                        conflicts.map { ConflictJSON(path: $0.record, copies: $0.copies) })
                    return
                }
                if conflicts.isEmpty {
                    Swift.print(context.t("Aucun conflit.", "No conflicts."))
                    return
                }
                for conflict in conflicts {
                    Swift.print(InertText.make(context.root.absolute(conflict.record)))
                    for copy in conflict.copies {
                        Swift.print(
                            "  " + context.t("autre version : ", "other version: ")
                                + InertText.make(context.root.absolute(copy)))
                    }
                }
                Swift.print(
                    context.t(
                        "Résolvez avec « conseil sync resolve FICHIER --keep current|other ».",
                        "Resolve with “conseil sync resolve FILE --keep current|other”."))
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Dernière synchronisation et avance du dépôt distant (sans réseau).")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Sortie JSON.") var json = false

        func run() throws {
            try runCommand(global) { context in
                guard let status = SyncStatus.read(root: context.root) else {
                    throw ConseilError(
                        fr: "\(context.root.path) n'est pas dans un dépôt git",
                        en: "\(context.root.path) is not in a git repository")
                }
                let conflicts = context.root.syncConflicts().count
                if json {
                    try Console.json(
                        StatusJSON(
                            lastSync: status.lastSync?.description, lastResult: status.lastResult,
                            remote: status.remote,
                            remoteAhead: status.remoteAhead, localAhead: status.localAhead,
                            uncommitted: status.uncommitted, conflicts: conflicts,
                            refused: status.refused.map {
                                SyncReportJSON.Note(
                                    path: $0.path, copy: nil, reason: $0.reason.text(context.language))
                            }))
                    return
                }
                Swift.print(
                    context.t("Dernière synchronisation : ", "Last sync: ")
                        + (status.lastSync.map { $0.description + " (\(status.lastResult ?? "?"))" }
                            ?? context.t("jamais", "never")))
                Swift.print(
                    context.t("Dépôt distant : ", "Remote: ")
                        + (status.remote ?? context.t("aucun", "none")))
                if status.remote != nil {
                    Swift.print(
                        context.t(
                            "En avance à distance : \(status.remoteAhead) commit(s) ; à envoyer : \(status.localAhead)",
                            "Remote ahead: \(status.remoteAhead) commit(s); to send: \(status.localAhead)"))
                }
                Swift.print(
                    context.t(
                        "Fichiers non enregistrés : \(status.uncommitted) ; conflits : \(conflicts)",
                        "Uncommitted files: \(status.uncommitted); conflicts: \(conflicts)"))
                SyncCommand.printRefused(status.refused, context)
            }
        }
    }

    /// The files of the remote kept out of the data root, for `sync` and `sync status`.
    static func printRefused(_ refused: [FileNote], _ context: Context) {
        for note in refused {
            Swift.print(
                context.t("Refusé : ", "Refused: ") + InertText.make(context.root.absolute(note.path))
                    + " ("
                    + InertText.make(note.reason.text(context.language)) + ")"
                    + context.t(" — gardé hors du dossier de données", " — kept out of the data root"))
        }
    }

    /// The report of a sync, for people.
    static func print(_ report: SyncReport, _ context: Context) {
        let language = context.language
        let t = context.t
        func shown(_ relative: String) -> String { InertText.make(context.root.absolute(relative)) }
        for repair in report.repairs { Swift.print(t("Réparé : ", "Repaired: ") + repair.text(language)) }
        if !report.recorded.isEmpty {
            Swift.print(t("Enregistré : ", "Committed: ") + report.recorded.text(language))
        }
        if !report.received.isEmpty {
            Swift.print(t("Reçu : ", "Received: ") + report.received.text(language))
        }
        if report.pushed && !report.sent.isEmpty {
            Swift.print(t("Envoyé : ", "Sent: ") + report.sent.text(language))
        }
        for conflict in report.conflicts {
            Swift.print(
                t("Conflit : ", "Conflict: ") + shown(conflict.path) + " — " + conflict.reason.text(language)
                    + (conflict.copy.map { t(" (autre version : ", " (other version: ") + shown($0) + ")" }
                        ?? ""))
        }
        if !report.conflicts.isEmpty {
            Swift.print(
                t(
                    "  Comparez les deux versions, puis « conseil sync resolve FICHIER --keep current|other » ; « conseil check » les rappelle d'ici là.",
                    "  Compare both versions, then “conseil sync resolve FILE --keep current|other”; “conseil check” lists them meanwhile."
                ))
        }
        for note in report.settled {
            Swift.print(t("Réglé : ", "Settled: ") + shown(note.path) + " — " + note.reason.text(language))
        }
        printRefused(report.refused, context)
        for note in report.invalid {
            Swift.print(
                t("Illisible : ", "Unreadable: ") + shown(note.path) + " : " + note.reason.text(language)
                    + t(" — ignoré jusqu'à réparation", " — skipped until repaired"))
        }
        for poll in report.heldBack {
            Swift.print(
                t(
                    "Scrutin anonyme ouvert : ses bulletins seront enregistrés à la clôture (\(shown(poll)))",
                    "Open anonymous poll: its ballots are committed once it is closed (\(shown(poll)))"))
        }
        if report.remote == nil {
            Swift.print(
                t(
                    "Pas de dépôt distant : les changements sont enregistrés localement seulement.",
                    "No remote: the changes are committed locally only."))
        } else if report.blocked == nil && report.remoteError == nil {
            let nothing = report.recorded.isEmpty && report.received.isEmpty && !report.pushed
            Swift.print(
                nothing
                    ? t("Déjà à jour avec \(report.remote!).", "Already up to date with \(report.remote!).")
                    : t("À jour avec \(report.remote!).", "Up to date with \(report.remote!)."))
        }
    }
}

/// `conseil sync --json`.
struct SyncReportJSON: Encodable {
    struct Summary: Encodable {
        let counts: [String: Int]
        let lines: [String]
    }

    struct Note: Encodable {
        let path: String
        let copy: String?
        let reason: String
    }

    let remote: String?
    let commits: [String]
    let recorded: Summary
    let received: Summary
    let sent: Summary
    let fetched: Bool
    let pushed: Bool
    let remoteError: String?
    let blocked: String?
    let conflicts: [Note]
    let settled: [Note]
    let refused: [Note]
    let invalid: [Note]
    let repairs: [String]
    let heldBack: [String]
    let exitStatus: Int32

    init(_ report: SyncReport, _ context: Context) {
        let language = context.language
        func summary(_ value: ChangeSummary) -> Summary {
            Summary(
                counts: value.counts.filter { $0.value > 0 }, lines: value.lines.map { $0.text(language) })
        }
        remote = report.remote
        commits = report.commits
        recorded = summary(report.recorded)
        received = summary(report.received)
        sent = summary(report.pushed ? report.sent : ChangeSummary())
        fetched = report.fetched
        pushed = report.pushed
        remoteError = report.remoteError?.text(language)
        blocked = report.blocked?.text(language)
        conflicts = report.conflicts.map {
            Note(path: $0.path, copy: $0.copy, reason: $0.reason.text(language))
        }
        settled = report.settled.map { Note(path: $0.path, copy: $0.copy, reason: $0.reason.text(language)) }
        refused = report.refused.map { Note(path: $0.path, copy: nil, reason: $0.reason.text(language)) }
        invalid = report.invalid.map { Note(path: $0.path, copy: nil, reason: $0.reason.text(language)) }
        repairs = report.repairs.map { $0.text(language) }
        heldBack = report.heldBack
        exitStatus = report.exitStatus
    }
}

struct ConflictJSON: Encodable {
    let path: String
    let copies: [String]
}

struct StatusJSON: Encodable {
    let lastSync: String?
    let lastResult: String?
    let remote: String?
    let remoteAhead: Int
    let localAhead: Int
    let uncommitted: Int
    let conflicts: Int
    let refused: [SyncReportJSON.Note]
}

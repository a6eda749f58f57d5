import ArgumentParser
import ConseilCore
import ConseilStore
import Foundation

/// The options every command takes (DESIGN.md §10).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Le dossier de données (défaut : $CONSEIL_DATA, sinon ./Sessions).")
    var data: String?

    @Option(name: .long, help: "Le membre qui agit (défaut : $CONSEIL_MEMBER, sinon $USER s'il est membre).")
    var member: String?

    @Option(name: .long, help: "Langue de l'interface : fr ou en (défaut : $CONSEIL_LANG, sinon fr).")
    var lang: String?

    @Flag(
        name: .long,
        help:
            "Connexion restreinte (commande forcée SSH) : membre fixé par --member, seules les commandes que son rôle permet, ni shell ni éditeur ni autre programme."
    )
    var restricted = false
}

/// What a command needs to run: the data root, the language, the clock and the actor.
struct Context {
    let root: DataRoot
    let language: Language
    let now: Timestamp
    let memberId: String?
    /// A forced-command SSH session (`--restricted`, or `SSH_ORIGINAL_COMMAND` set; see
    /// RestrictedSession): the member is the one on the command line, the environment the
    /// client may send (CONSEIL_MEMBER, CONSEIL_DATA, CONSEIL_NOW, USER) is ignored, and
    /// nothing may open a shell or an editor.
    let restricted: Bool

    init(_ options: GlobalOptions) throws {
        try self.init(options, environment: ProcessInfo.processInfo.environment)
    }

    init(_ options: GlobalOptions, environment: [String: String]) throws {
        restricted = options.restricted || environment["SSH_ORIGINAL_COMMAND"] != nil
        let languageText = options.lang ?? environment["CONSEIL_LANG"] ?? "fr"
        guard let language = Language(rawValue: languageText) else {
            throw ConseilError(
                fr: "langue inconnue : « \(InertText.make(languageText)) » ; choisissez fr ou en",
                en: "unknown language: “\(InertText.make(languageText))”; choose fr or en")
        }
        self.language = language
        if restricted {
            // Only the forced command counts: whatever the client sends is ignored.
            root = DataRoot(path: options.data ?? "Sessions")
            now = try Clock.now(environment: [:])
            memberId = options.member.flatMap { $0.isEmpty ? nil : $0 }
            userName = nil
            return
        }
        let fromEnvironment = environment["CONSEIL_DATA"].flatMap { $0.isEmpty ? nil : $0 }
        root = DataRoot(path: options.data ?? fromEnvironment ?? "Sessions")
        now = try Clock.now(environment: environment)
        let explicit = options.member ?? environment["CONSEIL_MEMBER"]
        memberId = explicit.flatMap { $0.isEmpty ? nil : $0 }
        userName = environment["USER"]
    }

    private let userName: String?

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// The acting member: the one named, else $USER when it is a member, else the administrator.
    func actor(in council: Council) throws -> Actor {
        if let memberId {
            return .member(try council.requireMember(memberId), restricted: restricted)
        }
        if restricted {
            throw ConseilError(
                fr: "connexion restreinte sans membre : la commande forcée doit indiquer --member ID",
                en: "restricted connection without a member: the forced command must give --member ID")
        }
        if let userName, let member = council.member(userName) { return .member(member, restricted: false) }
        return .administrator
    }

    /// The one door for changes, as the acting member (or the administrator).
    func useCases() throws -> UseCases {
        let council = try root.requireCouncil()
        return UseCases(root: root, actor: try actor(in: council), now: now)
    }

    func newId(prefix: String) -> String {
        var random = SystemRandomNumberGenerator()
        return Identifier.make(prefix: prefix, at: now, random: &random)
    }

    /// Warns on stderr about files that were skipped, so that output stays usable.
    func warn(_ problems: [LoadProblem]) {
        for problem in problems {
            Console.error(
                t(
                    "avertissement : \(InertText.make(problem.path)) ignoré : \(problem.reason.fr)",
                    "warning: skipped \(InertText.make(problem.path)): \(problem.reason.en)"))
        }
        if !problems.isEmpty {
            Console.error(
                t(
                    "« conseil check » liste les fichiers à réparer.",
                    "“conseil check” lists the files to repair."))
        }
    }
}

enum Clock {
    /// The system clock, or CONSEIL_NOW (ISO 8601 UTC) for tests and reproducible demos.
    static func now(environment: [String: String]) throws -> Timestamp {
        if let fixed = environment["CONSEIL_NOW"], !fixed.isEmpty {
            guard let time = Timestamp(iso8601: fixed) else {
                throw ConseilError(
                    fr: "CONSEIL_NOW illisible : « \(InertText.make(fixed)) » ; attendu 2017-11-17T09:30:00Z",
                    en: "unreadable CONSEIL_NOW: “\(InertText.make(fixed))”; expected 2017-11-17T09:30:00Z")
            }
            return time
        }
        return Timestamp(milliseconds: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
    }
}

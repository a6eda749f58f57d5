import ArgumentParser
import ConseilCore
import ConseilStore
import Foundation

/// A forced-command SSH session (DESIGN.md §8 and §14, docs/DEPLOYMENT.md).
///
/// The server's `authorized_keys` runs `conseil --restricted --data DIR --member ID` whatever
/// the client asks. Those arguments are trusted: the administrator wrote them. Everything the
/// client sends is not: the command line it asked for (`SSH_ORIGINAL_COMMAND`) and any
/// environment variable it may pass (`SendEnv`). So, in restricted mode:
///
/// - the member is the one of the forced command, never `CONSEIL_MEMBER` nor `$USER`, and the
///   data root is the forced command's `--data` (else `./Sessions`), never `CONSEIL_DATA`;
/// - the client's command line is split like a shell would split it (ShellWords), then parsed
///   by the same ArgumentParser commands as any command line; the parsed command runs only if
///   the client set none of the forced command's options and the table of rights lets the
///   member have its capability (CommandRights); anything else is refused with a message and
///   exit status 1, before anything is read or written but the council's member list;
/// - no command at all opens the interface (or, without a terminal, says what is allowed).
enum RestrictedSession {
    /// What `Conseil.main()` does with the process.
    enum Plan {
        /// Not a restricted session: parse the command line as usual.
        case unrestricted
        /// Run this command: parsed, allowed, with the forced command's global options.
        case run(any RequiresCapability)
        /// Print this on stdout and exit 0.
        case help(String)
        /// Print this on stderr and exit 1; nothing was read or written.
        case refuse(String)
    }

    /// The longest client command line accepted (a minutes note is at most 20,000 characters).
    static let maxCommandBytes = 64 * 1024

    /// Why a restricted session does not run what was asked: printed, nothing else happens.
    private struct Refusal: Error {
        let message: Localized
    }

    /// What to do with the process: its own arguments (`CommandLine.arguments` without the
    /// program name), its environment, and how to read the council of a data root (for the
    /// member's role).
    static func plan(
        arguments: [String], environment: [String: String],
        council loadCouncil: (DataRoot) throws -> Council = { try $0.requireCouncil() }
    ) -> Plan {
        // The forced command: trusted, parsed like any command line. Without a client command
        // it is also the command to run (a key tied to one command, or the interface).
        let parsed = Result { try Conseil.parseAsRoot(arguments) }
        let flagged = ((try? parsed.get()) as? any RequiresCapability)?.global.restricted ?? false
        // A session is restricted when sshd passes a client command or the parsed command line
        // says --restricted; a command line that does not parse is ArgumentParser's to refuse.
        guard environment["SSH_ORIGINAL_COMMAND"] != nil || flagged else { return .unrestricted }
        var language = environment["CONSEIL_LANG"].flatMap { Language(rawValue: $0) } ?? .fr
        do {
            let forced = try forcedCommand(parsed, arguments)
            var global = forced.global
            language = global.lang.flatMap { Language(rawValue: $0) } ?? language
            let member = try connectingMember(global, council: loadCouncil)
            let actor = Actor.member(member, restricted: true)

            var command: any ParsableCommand = forced
            let original = environment["SSH_ORIGINAL_COMMAND"] ?? ""
            if !original.allSatisfy(\.isWhitespace) {
                command = try clientCommand(original, forced: forced, member: member)
                if let chosen = (command as? any RequiresCapability)?.global.lang {
                    global.lang = chosen
                    language = Language(rawValue: chosen) ?? language
                }
            }

            // Authorize the parsed command's type, then give it the forced command's identity.
            guard var allowed = command as? any RequiresCapability else {
                return try notRunnable(command, actor: actor, member: member, language: language)
            }
            let name = CommandTree.name(of: type(of: allowed))
            do {
                try actor.require(
                    type(of: allowed).capability, for: Localized(fr: "« \(name) »", en: "“\(name)”"))
            } catch let error as ConseilError {
                throw Refusal(message: error.message)
            }
            global.restricted = true
            allowed.global = global
            return .run(allowed)
        } catch let refusal as Refusal {
            let message = refusal.message
            return .refuse(
                language == .fr ? "conseil : refusé : \(message.fr)" : "conseil: refused: \(message.en)")
        } catch {
            return .refuse("conseil : \(error)")
        }
    }

    /// The forced command of the key line, which names the member and the data root.
    private static func forcedCommand(_ parsed: Result<any ParsableCommand, any Error>, _ arguments: [String])
        throws -> any RequiresCapability
    {
        let command: any ParsableCommand
        do {
            command = try parsed.get()
        } catch {
            throw Refusal(message: unparsed(arguments, error))
        }
        guard let forced = command as? any RequiresCapability else {
            throw Refusal(
                message: Localized(
                    fr:
                        "la commande forcée doit être « conseil --restricted --data DOSSIER --member ID [COMMANDE] » (voir docs/DEPLOYMENT.md)",
                    en:
                        "the forced command must be “conseil --restricted --data FOLDER --member ID [COMMAND]” (see docs/DEPLOYMENT.md)"
                ))
        }
        return forced
    }

    /// The member of the forced command, known to the council: never the administrator, never
    /// $USER nor CONSEIL_MEMBER.
    private static func connectingMember(
        _ global: GlobalOptions, council loadCouncil: (DataRoot) throws -> Council
    ) throws -> Member {
        guard let memberId = global.member, !memberId.isEmpty else {
            throw Refusal(
                message: Localized(
                    fr:
                        "connexion restreinte sans membre : la commande forcée doit indiquer --member ID (voir docs/DEPLOYMENT.md)",
                    en:
                        "restricted connection without a member: the forced command must give --member ID (see docs/DEPLOYMENT.md)"
                ))
        }
        let council: Council
        do {
            council = try loadCouncil(DataRoot(path: global.data ?? "Sessions"))
        } catch let error as ConseilError {
            throw Refusal(message: error.message)
        }
        guard let member = council.member(memberId) else {
            throw Refusal(
                message: Localized(
                    fr:
                        "le membre « \(InertText.make(memberId)) » de cette connexion n'est pas (ou plus) membre du conseil",
                    en:
                        "member “\(InertText.make(memberId))” of this connection is not (or no longer) a council member"
                ))
        }
        return member
    }

    /// The client's command line, split like a shell would and parsed by the same commands;
    /// refused when the key is tied to one command or when it sets the forced command's options.
    private static func clientCommand(_ line: String, forced: any RequiresCapability, member: Member)
        throws -> any ParsableCommand
    {
        guard forced is Conseil else {
            let tied = CommandTree.name(of: type(of: forced))
            throw Refusal(
                message: Localized(
                    fr: "cette clé ne permet que « \(tied) » : connectez-vous sans commande",
                    en: "this key only allows “\(tied)”: connect without a command"))
        }
        var words: [String]
        do {
            words = try ShellWords.split(line, limit: maxCommandBytes)
        } catch {
            throw Refusal(message: error.message)
        }
        if words.first == "conseil" { words.removeFirst() }
        let command: any ParsableCommand
        do {
            command = try Conseil.parseAsRoot(words)
        } catch {
            throw Refusal(message: unparsed(words, error))
        }
        if let asked = command as? any RequiresCapability,
            let overriding = overridden(asked.global, member: member)
        {
            throw Refusal(message: overriding)
        }
        return command
    }

    /// Whether the client set an option that only the forced command may set.
    private static func overridden(_ asked: GlobalOptions, member: Member) -> Localized? {
        if asked.member != nil {
            return Localized(
                fr:
                    "--member : cette connexion est celle de \(member.id), on ne peut pas agir au nom d'un autre membre",
                en: "--member: this connection is \(member.id)'s, nobody can act as another member through it"
            )
        }
        if asked.data != nil {
            return Localized(
                fr: "--data : le dossier de données est fixé par le serveur",
                en: "--data: the data root is fixed by the server")
        }
        if asked.restricted {
            return Localized(
                fr: "--restricted : cette connexion est déjà restreinte, l'option est celle du serveur",
                en: "--restricted: this connection is restricted already, the option is the server's")
        }
        return nil
    }

    /// What parsed but does not run: ArgumentParser's own help (`--help`, `-h`, `help …`), or
    /// a group named without its command (`poll`).
    private static func notRunnable(
        _ command: any ParsableCommand, actor: Actor, member: Member, language: Language
    ) throws -> Plan {
        guard let group = CommandTree.node(of: type(of: command)) else {
            // The help of a command the member may run is ArgumentParser's; any other help
            // request gets the list of what this connection allows.
            if let subject = helpSubject(of: command),
                let node = CommandTree.node(of: subject),
                RestrictedHelp.allowed(for: actor, among: [node]).count == 1
            {
                return .help(Conseil.helpMessage(for: subject))
            }
            return .help(RestrictedHelp.text(for: member, language))
        }
        let names = RestrictedHelp.allowed(for: actor, among: CommandTree.leaves(of: group)).map(\.name)
        guard !names.isEmpty else {
            throw Refusal(
                message: Localized(
                    fr:
                        "« \(group.name) » : aucune de ses commandes n'est permise à \(member.id) dans une connexion SSH restreinte ; « help » donne les commandes permises",
                    en:
                        "“\(group.name)”: none of its commands is allowed to \(member.id) in a restricted SSH connection; “help” lists the allowed commands"
                ))
        }
        let list = names.joined(separator: ", ")
        throw Refusal(
            message: Localized(fr: "précisez la commande : \(list)", en: "say which command: \(list)"))
    }

    /// ArgumentParser answers a help request with its own `help` command, whose stack ends with
    /// the command asked about. Nil if that ever changes: the restricted help is shown instead.
    private static func helpSubject(of command: any ParsableCommand) -> (any ParsableCommand.Type)? {
        (Mirror(reflecting: command).descendant("commandStack") as? [any ParsableCommand.Type])?.last
    }

    /// Why words do not parse: a first word that names no command (a shell, an editor), else
    /// ArgumentParser's own message, made inert (it quotes the client's words).
    private static func unparsed(_ words: [String], _ error: any Error) -> Localized {
        if let first = words.first, !first.hasPrefix("-"),
            !CommandTree.nodes.contains(where: { $0.path == [first] })
        {
            let shown = InertText.make(first)
            return Localized(
                fr:
                    "« \(shown) » n'est pas une commande de conseil : une connexion SSH restreinte n'ouvre ni shell ni éditeur ; « help » donne les commandes permises",
                en:
                    "“\(shown)” is not a conseil command: a restricted SSH connection opens no shell and no editor; “help” lists the allowed commands"
            )
        }
        let reason = InertText.make(Conseil.message(for: error))
        return Localized(
            fr: "\(reason) ; « help » donne les commandes permises",
            en: "\(reason); “help” lists the allowed commands")
    }

    /// Before a restricted command runs: no program but conseil may start, whatever variables
    /// the client sent (sshd's AcceptEnv decides which). The interface's "open in $EDITOR" finds
    /// an editor that does nothing and fails, and git gets none of the GIT_* variables that can
    /// name a program to run (GIT_SSH_COMMAND, GIT_EDITOR…).
    static func hardenEnvironment() {
        for name in ProcessInfo.processInfo.environment.keys where name.hasPrefix("GIT_") { unsetenv(name) }
        for name in ["VISUAL", "EDITOR"] { setenv(name, "/bin/false", 1) }
    }
}

import ArgumentParser
import ConseilCore
import ConseilStore
import Foundation

/// A forced-command SSH session (DESIGN.md §8, docs/DEPLOYMENT.md).
///
/// The server's `authorized_keys` runs `conseil --restricted --data DIR --member ID` whatever
/// the client asks. Those arguments are trusted: the administrator wrote them. Everything the
/// client sends is not: the command line it asked for (`SSH_ORIGINAL_COMMAND`) and any
/// environment variable it may pass (`SendEnv`). So, in restricted mode:
///
/// - the member is the one of the forced command, never `CONSEIL_MEMBER` nor `$USER`, and the
///   data root is the forced command's `--data` (else `./Sessions`), never `CONSEIL_DATA`;
/// - the client's command line is split like a shell would split it (quotes and backslashes,
///   no expansion, no operators), then run as a conseil subcommand only when it is in the
///   allow-list below and the member's role allows it; anything else is refused with a
///   message and exit status 1, before anything is read or written;
/// - no command at all opens the interface on a terminal, or prints what is allowed.
///
/// It works by re-parsing: `Conseil.main()` asks `plan` what to do, then hands the rebuilt
/// argument list (subcommand, then the fixed `--member`, `--data`, `--restricted`, then the
/// client's own arguments) to the ordinary parser.
enum RestrictedSession {
    /// What `Conseil.main()` does with the process.
    enum Plan: Equatable {
        /// Not a restricted session: parse the command line as usual.
        case unrestricted
        /// Parse these arguments instead of the process's.
        case run([String])
        /// Print this on stdout and exit 0.
        case help(String)
        /// Print this on stderr and exit 1; nothing was read or written.
        case refuse(String)
    }

    /// Who may run an allowed command.
    enum Access: Equatable {
        /// Every member: reading, and voting.
        case everyone
        /// Only members with this role (the commands check it again themselves).
        case role(Role)
        /// The local administrator only: never over SSH.
        case administrator
    }

    /// One conseil command a restricted session may name, with the options it may take.
    struct Entry {
        let path: [String]
        let command: any ParsableCommand.Type
        let access: Access
        /// Long options the client may give (besides --lang and --help). Anything else is
        /// refused, so an option added later is closed over SSH until it is listed here.
        let options: Set<String>

        var name: String { path.joined(separator: " ") }
    }

    /// Every command that exists, and who may run it through SSH. Commands not listed here
    /// (`init`, `demo`, `sync`, a shell, an editor…) are refused.
    static let entries: [Entry] = [
        Entry(path: ["vote"], command: VoteCommand.self, access: .everyone, options: []),
        Entry(
            path: ["proposal", "list"], command: ProposalCommand.List.self, access: .everyone,
            options: ["--status", "--theme", "--owner", "--search", "--json"]),
        Entry(
            path: ["proposal", "show"], command: ProposalCommand.Show.self, access: .everyone,
            options: ["--json"]),
        Entry(
            path: ["poll", "list"], command: PollCommand.List.self, access: .everyone, options: ["--json"]),
        Entry(
            path: ["poll", "results"], command: PollCommand.Results.self, access: .everyone,
            options: ["--format"]),
        Entry(
            path: ["session", "list"], command: SessionCommand.List.self, access: .everyone,
            options: ["--json"]),
        Entry(
            path: ["session", "show"], command: SessionCommand.Show.self, access: .everyone,
            options: ["--json"]),
        Entry(
            path: ["agenda", "list"], command: AgendaCommand.List.self, access: .everyone,
            options: ["--json"]),
        Entry(
            path: ["minutes", "export"], command: MinutesCommand.Export.self, access: .everyone,
            options: ["--format"]),
        Entry(
            path: ["member", "list"], command: MemberCommand.List.self, access: .everyone,
            options: ["--json"]),
        Entry(path: ["overview"], command: OverviewCommand.self, access: .everyone, options: ["--session"]),
        Entry(path: ["check"], command: CheckCommand.self, access: .everyone, options: []),
        // The interface, as with no command at all; --keys, --dump and --size are for tests.
        Entry(path: ["tui"], command: TuiCommand.self, access: .everyone, options: []),

        // The secretary: attendance, minutes, proposals.
        Entry(
            path: ["proposal", "add"], command: ProposalCommand.Add.self, access: .role(.secretary),
            options: ["--title", "--theme", "--origin", "--owner", "--description", "--review"]),
        Entry(
            path: ["proposal", "status"], command: ProposalCommand.Status.self, access: .role(.secretary),
            options: ["--note", "--progress", "--review", "--session"]),
        Entry(
            path: ["minutes", "add"], command: MinutesCommand.Add.self, access: .role(.secretary),
            options: ["--item", "--note", "--decision", "--action", "--who", "--due"]),
        Entry(
            path: ["minutes", "adopt"], command: MinutesCommand.Adopt.self, access: .role(.secretary),
            options: []),
        Entry(
            path: ["session", "attend"], command: SessionCommand.Attend.self, access: .role(.secretary),
            options: []),

        // The facilitator: sessions, agenda, polls.
        Entry(
            path: ["session", "new"], command: SessionCommand.New.self, access: .role(.facilitator),
            options: ["--title", "--date", "--place"]),
        Entry(
            path: ["session", "state"], command: SessionCommand.State.self, access: .role(.facilitator),
            options: []),
        Entry(
            path: ["agenda", "add"], command: AgendaCommand.Add.self, access: .role(.facilitator),
            options: ["--duration", "--presenter"]),
        Entry(
            path: ["agenda", "start"], command: AgendaCommand.Start.self, access: .role(.facilitator),
            options: []),
        Entry(
            path: ["agenda", "finish"], command: AgendaCommand.Finish.self, access: .role(.facilitator),
            options: []),
        Entry(
            path: ["poll", "new"], command: PollCommand.New.self, access: .role(.facilitator),
            options: [
                "--kind", "--question", "--option", "--abstain", "--max-answers", "--anonymous",
                "--hide-results", "--after", "--item",
            ]),
        Entry(
            path: ["poll", "open"], command: PollCommand.Open.self, access: .role(.facilitator), options: []),
        Entry(
            path: ["poll", "close"], command: PollCommand.Close.self, access: .role(.facilitator), options: []
        ),
        Entry(
            path: ["poll", "count"], command: PollCommand.Count.self, access: .role(.facilitator),
            options: ["--add", "--voters"]),

        // The administrator's, on the server itself.
        Entry(path: ["member", "add"], command: MemberCommand.Add.self, access: .administrator, options: []),
        Entry(path: ["init"], command: InitCommand.self, access: .administrator, options: []),
        Entry(
            path: ["demo", "generate"], command: DemoCommand.Generate.self, access: .administrator,
            options: []),
    ]

    /// The options every command takes and that the client may give.
    static let clientGlobalOptions: Set<String> = ["--lang", "--help", "-h"]

    /// The longest client command line accepted (a minutes note is at most 20,000 characters).
    static let maxCommandBytes = 64 * 1024

    /// The long options a command's help lists: what the test keeping `entries` in step with
    /// the commands compares against.
    static func documentedOptions(of entry: Entry) -> Set<String> {
        let help = Conseil.helpMessage(for: entry.command, columns: 1000)
        var options: Set<String> = []
        var rest = Substring(help)
        while let start = rest.range(of: "--") {
            let name = rest[start.upperBound...].prefix { $0.isLetter || $0 == "-" }
            if let first = name.first, first.isLetter { options.insert("--" + name) }
            rest = rest[start.upperBound...].dropFirst(name.count)
        }
        return options
    }

    /// Whether the entry's path, followed from the root command, leads to its command.
    static func resolves(_ entry: Entry) -> Bool {
        var command: any ParsableCommand.Type = Conseil.self
        for name in entry.path {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == name })
            else {
                return false
            }
            command = next
        }
        return ObjectIdentifier(command) == ObjectIdentifier(entry.command)
    }

    // MARK: - Deciding

    /// Whether the process runs in a forced-command session: `SSH_ORIGINAL_COMMAND` is set,
    /// or the (trusted) command line says `--restricted`.
    static func isRestricted(arguments: [String], environment: [String: String]) -> Bool {
        environment["SSH_ORIGINAL_COMMAND"] != nil
            || arguments.prefix(while: { $0 != "--" }).contains("--restricted")
    }

    /// What to do with the process: its own arguments (`CommandLine.arguments` without the
    /// program name), its environment, whether stdin and stdout are a terminal, and how to
    /// read the council of a data root (for the member's role).
    static func plan(
        arguments: [String], environment: [String: String], isTerminal: Bool,
        council loadCouncil: (DataRoot) throws -> Council = { try $0.requireCouncil() }
    ) -> Plan {
        guard isRestricted(arguments: arguments, environment: environment) else { return .unrestricted }
        let fixed = Fixed(arguments)
        var language =
            (fixed.language ?? environment["CONSEIL_LANG"]).flatMap { Language(rawValue: $0) } ?? .fr
        func refuse(_ fr: String, _ en: String) -> Plan {
            .refuse(
                language == .fr
                    ? "conseil : refusé : \(fr)"
                    : "conseil: refused: \(en)")
        }

        // The forced command must say who connects: never the administrator, never $USER.
        guard let memberId = fixed.member, !memberId.isEmpty else {
            return refuse(
                "connexion restreinte sans membre : la commande forcée doit indiquer --member ID (voir docs/DEPLOYMENT.md)",
                "restricted connection without a member: the forced command must give --member ID (see docs/DEPLOYMENT.md)"
            )
        }
        let root = DataRoot(path: fixed.data ?? "Sessions")
        let council: Council
        do {
            council = try loadCouncil(root)
        } catch let error as ConseilError {
            return .refuse("conseil : " + error.message.text(language))
        } catch {
            return .refuse("conseil : \(error)")
        }
        guard let member = council.member(memberId) else {
            return refuse(
                "le membre « \(InertText.make(memberId)) » de cette connexion n'est pas (ou plus) membre du conseil",
                "member “\(InertText.make(memberId))” of this connection is not (or no longer) a council member"
            )
        }

        // The client's command line, or the forced command's own subcommand.
        var words: [String]
        let original = environment["SSH_ORIGINAL_COMMAND"] ?? ""
        if !original.allSatisfy(\.isWhitespace) {
            guard fixed.command.isEmpty else {
                let allowed = fixed.command.map { InertText.make($0) }.joined(separator: " ")
                return refuse(
                    "cette clé ne permet que « \(allowed) » : envoyez une connexion sans commande",
                    "this key only allows “\(allowed)”: connect without a command")
            }
            do {
                words = try ShellWords.split(original, limit: maxCommandBytes)
            } catch {
                return refuse(error.message.fr, error.message.en)
            }
        } else {
            words = fixed.command
        }
        if words.first == "conseil" { words.removeFirst() }

        // Leading options: only the language and help.
        while let first = words.first, first.hasPrefix("-"), first != "--" {
            let name = optionName(first)
            switch name {
            case "--member": return refuseOtherMember(member, refuse)
            case "--data": return refuseOtherData(refuse)
            case "--restricted": words.removeFirst()
            case "--help", "-h": return .help(help(for: member, language))
            case "--lang":
                guard let (value, count) = optionValue(words, at: 0), let chosen = Language(rawValue: value)
                else { return refuse("--lang : choisissez fr ou en", "--lang: choose fr or en") }
                language = chosen
                words.removeFirst(count)
            default:
                return refuse(
                    "option « \(InertText.make(first)) » non permise ici ; « help » donne les commandes permises",
                    "option “\(InertText.make(first))” not allowed here; “help” lists the allowed commands")
            }
        }

        // No command: the interface on a terminal, else what one may do.
        guard let first = words.first else {
            guard isTerminal else { return .help(help(for: member, language)) }
            return .run(["tui"] + globals(member: member.id, fixed: fixed, language: language))
        }
        if first == "help" { return .help(help(for: member, language)) }

        let candidates = entries.filter { $0.path[0] == first }
        guard !candidates.isEmpty else {
            let shown = InertText.make(first)
            return refuse(
                "« \(shown) » n'est pas une commande de conseil : une connexion SSH restreinte n'ouvre ni shell ni éditeur ; « help » donne les commandes permises",
                "“\(shown)” is not a conseil command: a restricted SSH connection opens no shell and no editor; “help” lists the allowed commands"
            )
        }
        guard
            let entry = candidates.first(where: { entry in
                entry.path.count <= words.count && Array(words.prefix(entry.path.count)) == entry.path
            })
        else {
            let names = candidates.map(\.name).joined(separator: ", ")
            return refuse("précisez la commande : \(names)", "say which command: \(names)")
        }

        // Who may run it: checked here, before the command reads or writes anything.
        switch entry.access {
        case .everyone:
            break
        case .administrator:
            return refuse(
                "« \(entry.name) » est réservé à l'administrateur local, sur le serveur, hors connexion SSH restreinte",
                "“\(entry.name)” is for the local administrator, on the server, outside a restricted SSH connection"
            )
        case .role(let role):
            guard member.role == role else {
                return refuse(
                    "« \(entry.name) » est réservé au rôle \(role.name.fr) ; \(member.id) est \(member.role.name.fr)",
                    "“\(entry.name)” requires the \(role.name.en) role; \(member.id) is a \(member.role.name.en)"
                )
            }
        }

        // The client's arguments: options must be the command's own, listed in `entries`.
        var rest = Array(words.dropFirst(entry.path.count))
        var index = 0
        while index < rest.count {
            let word = rest[index]
            if word == "--" { break }
            guard looksLikeOption(word) else {
                index += 1
                continue
            }
            let name = optionName(word)
            switch name {
            case "--member": return refuseOtherMember(member, refuse)
            case "--data": return refuseOtherData(refuse)
            case "--restricted":
                rest.remove(at: index)
            case "--lang":
                guard let (value, count) = optionValue(rest, at: index),
                    let chosen = Language(rawValue: value)
                else { return refuse("--lang : choisissez fr ou en", "--lang: choose fr or en") }
                language = chosen
                rest.removeSubrange(index..<(index + count))
            case "--help", "-h":
                index += 1
            default:
                guard entry.options.contains(name) else {
                    return refuse(
                        "option « \(InertText.make(name)) » non permise avec « \(entry.name) » dans une connexion SSH restreinte",
                        "option “\(InertText.make(name))” not allowed with “\(entry.name)” in a restricted SSH connection"
                    )
                }
                index += 1
            }
        }
        // The interface needs a terminal: without one (ssh without -t), say how to get one.
        if entry.path == ["tui"], !isTerminal, !rest.contains(where: { $0 == "--help" || $0 == "-h" }) {
            return .help(help(for: member, language))
        }
        return .run(entry.path + globals(member: member.id, fixed: fixed, language: language) + rest)
    }

    /// Before a restricted command runs: no program but conseil may start, whatever variables
    /// the client sent (sshd's AcceptEnv decides which). The interface's "open in $EDITOR" finds
    /// an editor that does nothing and fails, and git (the interface's sync) gets none of the
    /// GIT_* variables that can name a program to run (GIT_SSH_COMMAND, GIT_EDITOR…).
    static func hardenEnvironment() {
        for name in ProcessInfo.processInfo.environment.keys where name.hasPrefix("GIT_") { unsetenv(name) }
        for name in ["VISUAL", "EDITOR"] { setenv(name, "/bin/false", 1) }
    }

    /// The fixed identity and data root, put right after the subcommand so that a `--` among
    /// the client's arguments cannot turn them into answers.
    private static func globals(member: String, fixed: Fixed, language: Language) -> [String] {
        ["--member", member] + (fixed.data.map { ["--data", $0] } ?? []) + ["--lang", language.rawValue]
            + ["--restricted"]
    }

    private static func refuseOtherMember(_ member: Member, _ refuse: (String, String) -> Plan) -> Plan {
        refuse(
            "--member : cette connexion est celle de \(member.id), on ne peut pas agir au nom d'un autre membre",
            "--member: this connection is \(member.id)'s, nobody can act as another member through it")
    }

    private static func refuseOtherData(_ refuse: (String, String) -> Plan) -> Plan {
        refuse(
            "--data : le dossier de données est fixé par le serveur",
            "--data: the data root is fixed by the server")
    }

    /// `--name` of `--name=value`, or the word itself.
    static func optionName(_ word: String) -> String {
        guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return word }
        return String(word[..<equals])
    }

    /// `--long…` or `-x…` where x is a letter: what the argument parser reads as an option.
    /// A lone `-`, `-1` or `- texte` is a value.
    static func looksLikeOption(_ word: String) -> Bool {
        if word.hasPrefix("--") { return word.count > 2 }
        guard word.hasPrefix("-"), let second = word.dropFirst().first else { return false }
        return second.isLetter
    }

    /// The value of the option at `index` (`--lang=en` or `--lang en`) and how many words it took.
    private static func optionValue(_ words: [String], at index: Int) -> (String, Int)? {
        let word = words[index]
        if let equals = word.firstIndex(of: "=") { return (String(word[word.index(after: equals)...]), 1) }
        guard index + 1 < words.count else { return nil }
        return (words[index + 1], 2)
    }

    // MARK: - The forced command

    /// The trusted arguments of the forced command: global options anywhere (before `--`),
    /// and the rest, which is a subcommand when the key is tied to one.
    struct Fixed: Equatable {
        var data: String?
        var member: String?
        var language: String?
        var command: [String] = []

        init(_ arguments: [String]) {
            var index = 0
            while index < arguments.count {
                let word = arguments[index]
                if word == "--" {
                    command += arguments[index...]
                    break
                }
                let name = RestrictedSession.optionName(word)
                if name == "--restricted" {
                    index += 1
                    continue
                }
                if ["--data", "--member", "--lang"].contains(name) {
                    var value: String? = nil
                    if name != word {
                        value = String(word.dropFirst(name.count + 1))
                        index += 1
                    } else if index + 1 < arguments.count {
                        value = arguments[index + 1]
                        index += 2
                    } else {
                        index += 1
                    }
                    switch name {
                    case "--data": data = value
                    case "--member": member = value
                    default: language = value
                    }
                    continue
                }
                command.append(word)
                index += 1
            }
        }
    }

    // MARK: - Help

    /// What this member may do through the connection.
    static func help(for member: Member, _ language: Language) -> String {
        let fr = language == .fr
        var lines: [String] = []
        lines.append(
            fr
                ? "Connexion restreinte de \(InertText.make(member.name)) (\(member.id), \(member.role.name.fr))."
                : "Restricted connection of \(InertText.make(member.name)) (\(member.id), \(member.role.name.en))."
        )
        lines.append(
            fr
                ? "Sans commande (ssh -t), l'interface plein écran s'ouvre. Commandes permises :"
                : "Without a command (ssh -t), the full-screen interface opens. Allowed commands:")
        for entry in entries {
            switch entry.access {
            case .everyone: break
            case .role(let role) where role == member.role: break
            default: continue
            }
            let abstract = entry.command.configuration.abstract
            lines.append("  \(entry.name)" + (fr && !abstract.isEmpty ? " — \(abstract)" : ""))
        }
        lines.append(
            fr
                ? "Exemples : ssh SERVEUR vote SCRUTIN Oui ; ssh SERVEUR proposal list ; ssh SERVEUR \"vote SCRUTIN 'la formation'\""
                : "Examples: ssh SERVER vote POLL Oui; ssh SERVER proposal list; ssh SERVER \"vote POLL 'la formation'\""
        )
        lines.append(
            fr
                ? "Les textes de plusieurs mots vont entre apostrophes, à l'intérieur des guillemets de votre shell."
                : "Texts of several words go between single quotes, inside your shell's double quotes.")
        return lines.joined(separator: "\n")
    }
}

/// Splits a command line the way a POSIX shell splits words, without running anything:
/// blanks separate words; single quotes keep everything; double quotes keep everything but
/// `\"`, `\\`, `\$` and `` \` ``; a backslash outside quotes keeps the next character. There is
/// no expansion at all (`*`, `~`, `$X` stay as typed), and the shell's operators
/// (`; & | < > ( )`, `` ` ``, `$`, a `#` comment) outside quotes are refused rather than
/// ignored, so that nobody believes a pipe or a second command was run.
enum ShellWords {
    struct Failure: Error, Equatable {
        let message: Localized
    }

    static func split(_ text: String, limit: Int = RestrictedSession.maxCommandBytes) throws(Failure)
        -> [String]
    {
        guard text.utf8.count <= limit else {
            throw Failure(
                message: Localized(
                    fr: "commande trop longue (\(limit) octets au plus)",
                    en: "command too long (at most \(limit) bytes)"))
        }
        enum Quote { case none, single, double }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var inWord = false
        var quote = Quote.none
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch quote {
            case .single:
                if scalar == "'" { quote = .none } else { current.append(scalar) }
            case .double:
                if scalar == "\"" {
                    quote = .none
                } else if scalar == "\\", index < scalars.count,
                    "$`\"\\\n".unicodeScalars.contains(scalars[index])
                {
                    if scalars[index] != "\n" { current.append(scalars[index]) }
                    index += 1
                } else {
                    current.append(scalar)
                }
            case .none:
                switch scalar {
                case " ", "\t", "\n":
                    if inWord { words.append(String(current)) }
                    current = String.UnicodeScalarView()
                    inWord = false
                case "'":
                    quote = .single
                    inWord = true
                case "\"":
                    quote = .double
                    inWord = true
                case "\\":
                    if index < scalars.count {
                        if scalars[index] != "\n" {
                            current.append(scalars[index])
                            inWord = true
                        }
                        index += 1
                    } else {
                        current.append(scalar)
                        inWord = true
                    }
                case ";", "&", "|", "<", ">", "(", ")", "`", "$":
                    throw special(scalar)
                case "#" where !inWord:
                    throw special(scalar)
                default:
                    current.append(scalar)
                    inWord = true
                }
            }
        }
        guard quote == .none else {
            throw Failure(
                message: Localized(
                    fr: "guillemet ou apostrophe non fermé dans la commande",
                    en: "unclosed quote in the command"))
        }
        if inWord { words.append(String(current)) }
        return words
    }

    private static func special(_ scalar: Unicode.Scalar) -> Failure {
        let shown = InertText.make(String(scalar))
        return Failure(
            message: Localized(
                fr:
                    "caractère « \(shown) » : cette connexion n'a pas de shell ; mettez le texte entre apostrophes ('…') s'il en fait partie",
                en:
                    "character “\(shown)”: this connection has no shell; put the text between single quotes ('…') if it belongs to it"
            ))
    }
}

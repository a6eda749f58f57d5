// Restricted mode through the real binary, run the way sshd runs a forced command: the
// `authorized_keys` arguments on the command line, the client's command in SSH_ORIGINAL_COMMAND,
// and whatever environment the client might have sent.
import Foundation
import Testing

@Suite struct RestrictedModeTests {
    let council: TestCouncil

    init() throws { council = try TestCouncil() }

    /// What a hostile client could send along (SendEnv), all of which must be ignored.
    static let clientEnvironment = [
        "CONSEIL_MEMBER": "bob", "USER": "bob", "CONSEIL_DATA": "/tmp/conseil-elsewhere",
        "CONSEIL_NOW": "2001-01-01T00:00:00Z",
    ]

    @Test func theBallotIsTheForcedMembersWhateverTheClientSends() throws {
        let output = try council.forced(
            council.key("alice"), command: "vote \(council.poll) Oui", environment: Self.clientEnvironment)
        #expect(output.status == 0, "\(output.summary)")
        #expect(output.stdout.contains("vote enregistré"))
        let ballots = try council.ballotRecords()
        #expect(Array(ballots.keys) == ["alice.json"])
        #expect(ballots["alice.json"]?["voter"] as? String == "alice")
        #expect(ballots["alice.json"]?["answers"] as? [String] == ["Oui"])
        #expect(
            (ballots["alice.json"]?["at"] as? String)?.hasPrefix("2001") == false,
            "CONSEIL_NOW is the client's")
    }

    @Test func quotedAnswersKeepTheirSpaces() throws {
        let output = try council.forced(
            council.key("alice"), command: #"vote \#(council.wordsPoll) 'la formation' "l'emploi""#)
        #expect(output.status == 0, "\(output.summary)")
        let ballots = try council.ballotRecords(
            council.root + "/" + council.session + "/polls/" + council.wordsPoll + "/ballots")
        #expect(ballots["alice.json"]?["answers"] as? [String] == ["la formation", "l'emploi"])
    }

    /// Each refused command line, and a word its message must contain.
    static let refused: [(String, String)] = [
        ("conseil --member bob vote POLL Non", "--member"),
        ("vote POLL Non --member bob", "--member"),
        ("vote POLL Non --member=bob", "--member"),
        ("vote POLL Non --data /tmp", "--data"),
        ("--data /etc check", "--data"),
        ("vote POLL Non --restricted", "--restricted"),
        ("sh", "ni shell"),
        ("bash -c id", "ni shell"),
        ("/bin/sh -c id", "ni shell"),
        ("vi council.json", "ni éditeur"),
        ("vote POLL --bogus", "Unknown option '--bogus'"),
        ("proposal list --owner", "Missing value"),
        ("proposal status PROPOSAL adoptee", "réservé au rôle secrétaire"),
        ("proposal add --title Piratage", "réservé au rôle secrétaire"),
        ("minutes add SESSION --note Piratage", "réservé au rôle secrétaire"),
        ("session attend SESSION alice present", "réservé au rôle secrétaire"),
        ("poll close POLL", "réservé au rôle animateur·rice"),
        ("poll new SESSION --kind yesno --question Q", "réservé au rôle animateur·rice"),
        ("agenda add SESSION Titre", "réservé au rôle animateur·rice"),
        ("poll open POLL", "« poll open » : réservé au rôle animateur·rice ; alice est membre"),
        ("member add eve --name Eve --role facilitator", "administrateur"),
        ("init /tmp/conseil-x --name X", "« init » : indisponible en session SSH restreinte"),
        ("demo generate /tmp/conseil-x", "« demo generate » : indisponible en session SSH restreinte"),
        ("sync", "indisponible en session SSH restreinte"),
        ("sync status", "indisponible en session SSH restreinte"),
        ("vote POLL Oui; id", "pas de shell"),
        ("vote POLL Oui | cat", "pas de shell"),
        ("vote POLL $(id)", "pas de shell"),
        ("vote POLL `id`", "pas de shell"),
        ("vote POLL Oui > /tmp/conseil-x", "pas de shell"),
        ("vote POLL 'Oui", "non fermé"),
        ("poll", "précisez"),
    ]

    @Test func everythingElseIsRefusedAndWritesNothing() throws {
        let before = try council.snapshot()
        for (template, fragment) in Self.refused {
            let command = template.replacingOccurrences(of: "POLL", with: council.poll)
                .replacingOccurrences(of: "SESSION", with: council.session)
                .replacingOccurrences(of: "PROPOSAL", with: council.proposal)
            let output = try council.forced(
                council.key("alice"), command: command, environment: Self.clientEnvironment)
            #expect(output.status == 1, "\(command): \(output.summary)")
            #expect(output.stderr.hasPrefix("conseil : refusé : "), "\(command): \(output.summary)")
            #expect(output.stderr.contains(fragment), "\(command): \(output.summary)")
            #expect(output.stdout.isEmpty, "\(command): \(output.summary)")
        }
        #expect(try council.snapshot() == before, "a refused command changed the data root")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/conseil-x"))
    }

    @Test func readCommandsWork() throws {
        let c = council
        for command in [
            "proposal list", "proposal show \(c.proposal)", "poll results \(c.poll)",
            "poll results \(c.poll) --format json",
            "poll list \(c.session)", "session list --json", "session show \(c.session)",
            "agenda list \(c.session)",
            "minutes export \(c.session)", "overview", "check", "member list", "help", "--help",
            "vote --help",
        ] {
            let output = try c.forced(c.key("alice"), command: command)
            #expect(output.status == 0, "\(command): \(output.summary)")
            #expect(!output.stdout.isEmpty, "\(command)")
        }
        let list = try c.forced(c.key("alice"), command: "proposal list --json")
        let proposals = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(proposals?.compactMap { $0["id"] as? String } == [c.proposal], "\(list.summary)")
    }

    @Test func eachRoleKeepsItsOwnWrites() throws {
        let c = council
        let note = try c.forced(
            c.key(TestCouncil.secretary), command: "minutes add \(c.session) --note 'Début de séance'")
        #expect(note.status == 0, "\(note.summary)")
        let status = try c.forced(
            c.key(TestCouncil.secretary),
            command: "proposal status \(c.proposal) a-l-etude --note 'À étudier'")
        #expect(status.status == 0, "\(status.summary)")
        let close = try c.forced(c.key(TestCouncil.facilitator), command: "poll close \(c.poll)")
        #expect(close.status == 0, "\(close.summary)")
        let new = try c.forced(
            c.key(TestCouncil.facilitator),
            command: "poll new \(c.session) --kind yesno --question 'Encore ?'")
        #expect(new.status == 0, "\(new.summary)")
        let open = try c.forced(c.key(TestCouncil.facilitator), command: "poll open \(new.lastLine)")
        #expect(open.status == 0 && open.stdout.contains("ouvert"), "\(open.summary)")
        // What no restricted session does, whatever the role.
        for role in [TestCouncil.facilitator, TestCouncil.secretary] {
            for command in ["sync", "init /tmp/conseil-x --name X", "demo generate /tmp/conseil-x"] {
                let output = try c.forced(c.key(role), command: command)
                #expect(output.status == 1 && output.stderr.contains("restreinte"), "\(role) \(command)")
            }
        }
        // …and not the others'.
        let secretaryClosing = try c.forced(c.key(TestCouncil.secretary), command: "poll open \(c.poll)")
        #expect(secretaryClosing.status == 1 && secretaryClosing.stderr.contains("animateur·rice"))
        let facilitatorWriting = try c.forced(
            c.key(TestCouncil.facilitator), command: "minutes adopt \(c.session)")
        #expect(facilitatorWriting.status == 1 && facilitatorWriting.stderr.contains("secrétaire"))
        let show = try c.run(["proposal", "show", c.proposal, "--json"])
        #expect(show.stdout.contains("\"by\" : \"sam\""), "\(show.summary)")
    }

    @Test func aForcedCommandWithoutAKnownMemberDoesNothing() throws {
        let before = try council.snapshot()
        for forced in [["--data", council.root], ["--data", council.root, "--member", "zoe"]] {
            for command in ["vote \(council.poll) Oui", "proposal add --title X", "proposal list"] {
                let output = try council.forced(forced, command: command, environment: Self.clientEnvironment)
                #expect(output.status == 1, "\(forced) \(command): \(output.summary)")
                #expect(output.stderr.contains("refusé"), "\(output.summary)")
            }
        }
        #expect(try council.snapshot() == before)
    }

    @Test func theRestrictedFlagWorksWithoutSSH() throws {
        // A command line that does not parse is ArgumentParser's own error: nothing runs.
        let refused = try council.forced(
            ["--restricted"] + council.key("alice") + ["bash", "-c", "id"], command: nil)
        #expect(refused.status != 0 && refused.stderr.contains("'-c'"), "\(refused.summary)")
        #expect(!refused.stdout.contains("uid="), "\(refused.summary)")
        let voted = try council.forced(
            ["--restricted"] + council.key("alice") + ["vote", council.poll, "Non"], command: nil,
            environment: Self.clientEnvironment)
        #expect(voted.status == 0, "\(voted.summary)")
        #expect(try council.ballotRecords()["alice.json"]?["answers"] as? [String] == ["Non"])
        // The environment never names the member in restricted mode, not even with a subcommand.
        let noMember = try council.forced(
            ["vote", council.poll, "Oui", "--restricted", "--data", council.root], command: nil,
            environment: ["CONSEIL_MEMBER": "bob"])
        #expect(noMember.status == 1, "\(noMember.summary)")
        #expect(try council.ballotRecords()["bob.json"] == nil)
    }

    @Test func aKeyTiedToOneCommandRunsOnlyThat() throws {
        let forced = council.key("alice") + ["overview"]
        let own = try council.forced(forced, command: nil)
        #expect(own.status == 0, "\(own.summary)")
        let other = try council.forced(forced, command: "vote \(council.poll) Oui")
        #expect(other.status == 1 && other.stderr.contains("overview"), "\(other.summary)")
    }

    @Test func noCommandWithoutATerminalPrintsWhatIsAllowed() throws {
        let output = try council.forced(council.key("alice"), command: "")
        #expect(output.status == 0, "\(output.summary)")
        #expect(output.stdout.contains("Connexion restreinte de Alice"))
        #expect(output.stdout.contains("vote") && !output.stdout.contains("minutes add"))
        let secretary = try council.forced(council.key(TestCouncil.secretary), command: "help")
        #expect(secretary.stdout.contains("minutes add") && !secretary.stdout.contains("poll open"))
    }

    @Test func englishToo() throws {
        let output = try council.forced(council.key("alice"), command: "--lang en poll open \(council.poll)")
        #expect(output.status == 1)
        #expect(
            output.stderr.contains(
                "conseil: refused: “poll open”: requires the facilitator role; alice is a member"),
            "\(output.summary)")
        let shell = try council.forced(
            council.key("alice"), command: "sh", environment: ["CONSEIL_LANG": "en"])
        #expect(
            shell.stderr.contains("conseil: refused: “sh” is not a conseil command"), "\(shell.summary)")
    }
}

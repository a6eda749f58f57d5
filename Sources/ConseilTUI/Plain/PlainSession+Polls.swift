import ConseilCore

// The polls in the plain line mode: the list, a poll's results, and the vote.
extension PlainSession {
    func polls() {
        while let index = choose(
            t("Scrutins", "Polls"),
            data.polls.map { "\($0.poll.question), " + $0.poll.state.name.text(language) })
        {
            let results = data.polls[index]
            readResults(results)
            if results.poll.state == .open && actor.may(.vote) { vote(results.poll) }
        }
    }

    private func readResults(_ results: PollResults) {
        let poll = results.poll
        io.say(t("Scrutin : ", "Poll: ") + poll.question + ", " + poll.state.name.text(language) + ".")
        guard poll.resultsVisible else {
            return io.say(t("Résultats masqués jusqu'à la clôture.", "Results hidden until the poll closes."))
        }
        let language = language
        let percent = { (value: Percentage?) in value.map { $0.formatted(language) + " %" } ?? "—" }
        switch poll.kind {
        case .yesno, .choice, .multi:
            for option in results.options {
                io.say(
                    option.label + t(" : \(option.count) voix, ", ": \(option.count) votes, ")
                        + percent(option.percent))
            }
        case .words:
            for answer in results.answers {
                io.say(answer.text + t(" : cité \(answer.count) fois", ": mentioned \(answer.count) times"))
            }
        case .text:
            for text in results.texts { io.say("- " + text) }
        case .grades:
            for ranked in results.ranking {
                let grade = ranked.majorityGrade.map { poll.scale[$0] } ?? "—"
                io.say("\(ranked.rank). " + poll.options[ranked.option] + t(", mention ", ", grade ") + grade)
            }
        }
        io.say(ResultsText(language: language).baseLine(results))
        if let verdict = poll.verdict { io.say(verdict.sentence(language)) }
    }

    /// The member's ballot: a number per option (several, separated by spaces, for a multiple
    /// choice), or the words or the text typed; cast by the same use case as `conseil vote`.
    private func vote(_ poll: Poll) {
        let prompt: String
        switch poll.kind {
        case .yesno, .choice, .multi:
            io.say(t("Les réponses :", "The answers:"))
            for (index, option) in poll.options.enumerated() { io.say("\(index + 1). \(option)") }
            prompt =
                poll.kind == .multi
                ? t(
                    "Votre vote : les numéros séparés par des espaces, ou Entrée seule pour ne pas voter.",
                    "Your vote: the numbers separated by spaces, or Enter alone not to vote.")
                : t(
                    "Votre vote : un numéro, ou Entrée seule pour ne pas voter.",
                    "Your vote: a number, or Enter alone not to vote.")
        case .words:
            prompt = t(
                "Votre vote : vos mots séparés par des virgules, ou Entrée seule pour ne pas voter.",
                "Your vote: your words separated by commas, or Enter alone not to vote.")
        case .text:
            prompt = t(
                "Votre réponse, ou Entrée seule pour ne pas voter.",
                "Your answer, or Enter alone not to vote.")
        case .grades:
            return io.say(
                t(
                    "Ce scrutin se vote au jugement majoritaire : utilisez le bulletin (conseil vote).",
                    "This poll is graded: use the ballot (conseil vote)."))
        }
        guard let answer = io.ask(prompt), !answer.isEmpty else {
            return io.say(t("Pas de vote.", "No vote."))
        }
        let typed: [String] =
            switch poll.kind {
            case .multi: answer.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            case .words: answer.split(separator: ",").map { String($0).trimmingLeadingSpaces }
            default: [answer]
            }
        change {
            let stored = try useCases.vote(poll: poll.id, typed: typed)
            return t("Vote enregistré : ", "Vote recorded: ") + stored.joined(separator: ", ") + "."
        }
    }
}

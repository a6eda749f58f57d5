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

    /// The member's ballot, cast by the same use cases as `conseil vote`: options and grades by
    /// their number in the list read out (a number is never read as a label, so an option
    /// named « 2 » cannot take the vote meant for the second), words or text as typed. A wrong
    /// answer is explained and asked again; Enter alone casts nothing.
    private func vote(_ poll: Poll) {
        switch poll.kind {
        case .yesno, .choice, .multi:
            io.say(t("Les réponses :", "The answers:"))
            for (index, option) in poll.options.enumerated() { io.say("\(index + 1). \(option)") }
            let several = poll.kind == .multi
            let prompt =
                several
                ? t(
                    "Votre vote : les numéros séparés par des espaces, ou Entrée seule pour ne pas voter.",
                    "Your vote: the numbers separated by spaces, or Enter alone not to vote.")
                : t(
                    "Votre vote : un numéro, ou Entrée seule pour ne pas voter.",
                    "Your vote: a number, or Enter alone not to vote.")
            cast(prompt, unclear: wrongNumber(upTo: poll.options.count)) { answer in
                let typed = answer.split(whereSeparator: { $0 == " " || $0 == "," })
                guard several || typed.count == 1 else { return nil }
                return try positions(typed, upTo: poll.options.count).map {
                    try useCases.vote(poll: poll.id, options: $0)
                }
            }
        case .grades: voteGrades(poll)
        case .words:
            cast(
                t(
                    "Votre vote : vos mots séparés par des virgules, ou Entrée seule pour ne pas voter.",
                    "Your vote: your words separated by commas, or Enter alone not to vote.")
            ) { answer in
                try useCases.vote(
                    poll: poll.id,
                    typed: answer.split(separator: ",").map { String($0).trimmingLeadingSpaces })
            }
        case .text:
            cast(
                t(
                    "Votre réponse, ou Entrée seule pour ne pas voter.",
                    "Your answer, or Enter alone not to vote.")
            ) {
                try useCases.vote(poll: poll.id, typed: [$0])
            }
        }
    }

    /// A majority-judgment ballot read out option by option: the scale once, numbered, then a
    /// grade for each option by its number (Enter alone leaves it ungraded, counted as the lowest).
    private func voteGrades(_ poll: Poll) {
        io.say(t("Les mentions, de la meilleure à la moins bonne :", "The grades, best first:"))
        for (index, grade) in poll.scale.enumerated() { io.say("\(index + 1). \(grade)") }
        var grades: [Int?] = []
        for option in poll.options {
            let prompt = t(
                "Mention pour « \(option) » : un numéro de 1 à \(poll.scale.count), ou Entrée seule pour ne pas noter.",
                "Grade for “\(option)”: a number from 1 to \(poll.scale.count), or Enter alone not to grade.")
            while true {
                guard let answer = io.ask(prompt) else { return io.say(t("Pas de vote.", "No vote.")) }
                if answer.isEmpty {
                    grades.append(nil)
                    break
                }
                if let number = Int(answer), poll.scale.indices.contains(number - 1) {
                    grades.append(number - 1)
                    break
                }
                io.say(wrongNumber(upTo: poll.scale.count))
            }
        }
        guard grades.contains(where: { $0 != nil }) else { return io.say(t("Pas de vote.", "No vote.")) }
        change {
            let stored = try useCases.vote(poll: poll.id, grading: grades)
            return t("Vote enregistré : ", "Vote recorded: ") + stored.joined(separator: ", ") + "."
        }
    }

    /// Asks for an answer until `record` takes it, a refusal is read out, or the member types
    /// Enter alone; when `record` does not understand the answer (nil), says `unclear` and asks again.
    private func cast(_ prompt: String, unclear: String = "", _ record: (String) throws -> [String]?) {
        while true {
            guard let answer = io.ask(prompt), !answer.isEmpty else {
                return io.say(t("Pas de vote.", "No vote."))
            }
            var understood = true
            change {
                guard let stored = try record(answer) else {
                    understood = false
                    return unclear
                }
                return t("Vote enregistré : ", "Vote recorded: ") + stored.joined(separator: ", ") + "."
            }
            if understood { return }
        }
    }

    /// The positions from 0 of numbers typed from 1; nil when one is not a number in range.
    private func positions(_ typed: [Substring], upTo count: Int) -> [Int]? {
        let positions = typed.compactMap { Int($0) }.map { $0 - 1 }
        guard positions.count == typed.count, positions.allSatisfy({ (0..<count).contains($0) }) else {
            return nil
        }
        return positions
    }

    private func wrongNumber(upTo count: Int) -> String {
        t("Tapez un numéro de 1 à \(count).", "Type a number from 1 to \(count).")
    }
}

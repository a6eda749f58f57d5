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
            let chosen = answer(prompt, unclear: wrongNumber(upTo: poll.options.count)) { typed -> [Int]? in
                let numbers = typed.split(whereSeparator: { $0 == " " || $0 == "," })
                guard !numbers.isEmpty, several || numbers.count == 1 else { return nil }
                return positions(numbers, upTo: poll.options.count)
            }
            guard let chosen else { return io.say(t("Pas de vote.", "No vote.")) }
            record { try useCases.vote(poll: poll.id, options: chosen) }
        case .grades: voteGrades(poll)
        case .words, .text:
            let prompt =
                poll.kind == .words
                ? t(
                    "Votre vote : vos mots séparés par des virgules, ou Entrée seule pour ne pas voter.",
                    "Your vote: your words separated by commas, or Enter alone not to vote.")
                : t(
                    "Votre réponse, ou Entrée seule pour ne pas voter.",
                    "Your answer, or Enter alone not to vote.")
            guard let typed = io.ask(prompt), !typed.isEmpty else {
                return io.say(t("Pas de vote.", "No vote."))
            }
            let answers =
                poll.kind == .words
                ? typed.split(separator: ",").map { String($0).trimmingLeadingSpaces } : [typed]
            record { try useCases.vote(poll: poll.id, typed: answers) }
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
            // Enter alone is an answer here: the option is left ungraded.
            let grade = answer(prompt, unclear: wrongNumber(upTo: poll.scale.count)) { typed -> Int?? in
                if typed.isEmpty { return .some(nil) }
                guard let place = positions([Substring(typed)], upTo: poll.scale.count)?.first else {
                    return nil
                }
                return place
            }
            guard let grade else { return io.say(t("Pas de vote.", "No vote.")) }
            grades.append(grade)
        }
        guard grades.contains(where: { $0 != nil }) else { return io.say(t("Pas de vote.", "No vote.")) }
        record { try useCases.vote(poll: poll.id, grading: grades) }
    }

    /// Asks `prompt` until `understand` takes the answer, saying `unclear` after each one it does
    /// not; nil when the input ends, or on Enter alone when `understand` does not take it.
    private func answer<T>(_ prompt: String, unclear: String, _ understand: (String) -> T?) -> T? {
        while let typed = io.ask(prompt) {
            if let understood = understand(typed) { return understood }
            if typed.isEmpty { return nil }
            io.say(unclear)
        }
        return nil
    }

    /// Casts the ballot through the use case and reads out what was recorded, or why not.
    private func record(_ cast: () throws -> [String]) {
        change { t("Vote enregistré : ", "Vote recorded: ") + (try cast()).joined(separator: ", ") + "." }
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

import ConseilCore

/// The pages a phone sees, server-rendered, usable without JavaScript, with a fieldset and a
/// legend around every group of choices and a label on every field. Every typed text (the
/// question, the options, the answers) goes through `HTMLText.escape`.
extension RoomPage {
    /// The join form; `room` and `member` fill it in with the codes of a link, to confirm.
    func join(csrf: String, room: String? = nil, member: String? = nil, problem: String? = nil) -> String {
        document(
            title: t("Rejoindre la salle", "Join the room"),
            body: (problem.map(refusal) ?? "")
                + form(
                    action: "/join", csrf: csrf, button: t("Rejoindre", "Join"),
                    "<fieldset><legend>\(t("Codes", "Codes"))</legend>"
                        + textField(
                            name: "room",
                            label: t("Code de la salle (affiché à l'écran)", "Room code (shown on screen)"),
                            value: room)
                        + textField(
                            name: "member",
                            label: t(
                                "Code personnel de vote (membres du conseil, facultatif)",
                                "Personal voting code (council members, optional)"),
                            value: member)
                        + "</fieldset>"))
    }

    func memberCode(csrf: String, problem: String? = nil) -> String {
        document(
            title: t("Vote des membres", "Members' vote"),
            body: (problem.map(refusal) ?? "")
                + note(
                    t(
                        "Ce scrutin est réservé aux membres du conseil : entrez votre code personnel de vote.",
                        "This poll is for council members: enter your personal voting code."))
                + form(
                    action: "/member", csrf: csrf, button: t("Valider", "Confirm"),
                    textField(name: "member", label: t("Code personnel de vote", "Personal voting code"))))
    }

    /// With `represented`, the ballot of the excused member whose pouvoir the voter holds: the
    /// heading names them and the form says whose ballot it is.
    func ballot(_ poll: Poll, csrf: String, note extra: String? = nil, for represented: Member? = nil)
        -> String
    {
        let e = HTMLText.escape
        var fields = "<input type=\"hidden\" name=\"poll\" value=\"\(e(poll.id))\">"
        if let represented {
            fields += "<input type=\"hidden\" name=\"for\" value=\"\(e(represented.id))\">"
        }
        fields += "<fieldset><legend>\(e(poll.question))</legend>"
        switch poll.kind {
        case .yesno, .choice, .multi:
            let multiple = poll.kind == .multi
            if multiple, let most = poll.maxAnswers {
                fields +=
                    "<p class=\"hint\">\(e(t("Jusqu'à \(most) réponse\(most > 1 ? "s" : "")", "Up to \(most) answer\(most > 1 ? "s" : "")")))</p>"
            }
            for (index, label) in poll.options.enumerated() {
                fields +=
                    "<label><input type=\"\(multiple ? "checkbox" : "radio")\" name=\"option\" value=\"\(index)\""
                    + (multiple ? "" : " required") + "> \(e(label))</label>"
            }
        case .words:
            let count = poll.maxAnswers ?? Poll.defaultWordAnswers
            for number in 1...count {
                fields += textField(
                    name: "word", id: "word-\(number)",
                    label: t("Mot ou expression \(number)", "Word or phrase \(number)"),
                    maxLength: Ballot.maxWordLength, required: number == 1)
            }
        case .grades:
            // Majority judgment as a grid: one group of grades per option, none ticked.
            for (option, label) in poll.options.enumerated() {
                fields += "<fieldset><legend>\(e(label))</legend>"
                for (grade, name) in poll.scale.enumerated() {
                    fields +=
                        "<label><input type=\"radio\" name=\"grade-\(option)\" value=\"\(grade)\"> \(e(name))</label>"
                }
                fields += "</fieldset>"
            }
        case .text:
            fields +=
                "<label class=\"field\" for=\"text\">\(e(t("Votre réponse", "Your answer")))"
                + "<textarea id=\"text\" name=\"text\" rows=\"5\" maxlength=\"\(Ballot.maxTextLength)\" required></textarea></label>"
        }
        fields += "</fieldset>"
        return document(
            title: represented.map { pouvoirTitle($0) } ?? t("Votre réponse", "Your answer"),
            body: (extra.map(note) ?? "")
                + form(action: "/vote", csrf: csrf, button: t("Envoyer", "Send"), fields))
    }

    /// `next` is the member whose ballot comes next through a pouvoir, if any.
    func confirmation(_ poll: Poll, answers: [String], next: Member? = nil) -> String {
        document(
            title: t("Réponse enregistrée", "Answer recorded"),
            body: note(t("Merci, votre réponse est enregistrée.", "Thank you, your answer is recorded."))
                + "<p>\(HTMLText.escape(poll.question))</p><ul>"
                + answers.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
                + link("/vote", next.map { pouvoirTitle($0) } ?? t("Question suivante", "Next question")))
    }

    private func pouvoirTitle(_ member: Member) -> String {
        t("Vote pour \(member.name) (pouvoir)", "Vote for \(member.name) (pouvoir)")
    }

    /// Between questions: moves on by itself when the facilitator opens the next one, and shows
    /// the results of the last closed poll when they may be shown on phones.
    func waiting(current: String, message: String, results: PollResults?) -> String {
        document(
            title: t("En attente", "Waiting"),
            body: note(message)
                + "<p class=\"hint\">\(t("La page passe d'elle-même à la question suivante.", "The page moves to the next question by itself."))</p>"
                + (results.map(resultsSection) ?? "") + link("/vote", t("Actualiser", "Refresh")),
            waitingFor: current)
    }

    func refused(_ message: String, status title: String? = nil) -> String {
        document(
            title: title ?? t("Refusé", "Refused"),
            body: refusal(message) + link("/vote", t("Retour", "Back")))
    }

    private func resultsSection(_ results: PollResults) -> String {
        let e = HTMLText.escape
        var items: [String] = []
        switch results.poll.kind {
        case .yesno, .choice, .multi:
            items = results.options.map { option in
                "\(e(option.label)) : \(option.count)"
                    + (option.percent.map { " (\($0.formatted(language)))" } ?? "")
            }
        case .words: items = results.answers.prefix(20).map { "\(e($0.text)) : \($0.count)" }
        case .text: items = results.texts.prefix(50).map(e)
        case .grades:
            items = results.ranking.map { ranked in
                "\(ranked.rank). \(e(results.poll.options[ranked.option]))"
                    + (ranked.majorityGrade.map { " : " + e(results.poll.scale[$0]) } ?? "")
            }
        }
        return "<section aria-labelledby=\"results\"><h2 id=\"results\">\(e(t("Résultats", "Results")))</h2>"
            + "<p>\(e(results.poll.question))</p><ul class=\"results\">"
            + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
            + "<p class=\"hint\">\(e(ResultsText(language: language).baseLine(results)))</p></section>"
    }

    private func textField(
        name: String, id: String? = nil, label: String, maxLength: Int = 40, required: Bool = false,
        value: String? = nil
    ) -> String {
        let id = id ?? name
        return "<label class=\"field\" for=\"\(id)\">\(HTMLText.escape(label))"
            + "<input type=\"text\" id=\"\(id)\" name=\"\(name)\" maxlength=\"\(maxLength)\" autocomplete=\"off\""
            + (value.map { " value=\"\(HTMLText.escape(String($0.prefix(maxLength))))\"" } ?? "")
            + (required ? " required" : "") + "></label>"
    }
}

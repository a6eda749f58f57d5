import ConseilCore

/// A question asked before an effect that cannot be taken back (closing a poll stops the votes;
/// adopting the minutes freezes the session): `o`/`y` or Enter goes ahead, any other key does not.
public struct Confirmation: Sendable, Equatable {
    public let question: Localized
    public let effect: Effect

    static func closing(_ poll: Poll) -> Confirmation {
        let question = poll.question.count > 60 ? poll.question.prefix(59) + "…" : Substring(poll.question)
        return Confirmation(
            question: Localized(
                fr: "Clore « \(question) » ? Plus personne ne pourra voter.",
                en: "Close “\(question)”? No one will be able to vote any more."),
            effect: .closePoll(poll.id))
    }

    static func closing(_ session: Session) -> Confirmation {
        Confirmation(
            question: Localized(
                fr: "Clore la séance « \(session.title.prefix(50)) » ?",
                en: "Close the session “\(session.title.prefix(50))”?"),
            effect: .setSessionState(session: session.id, to: .closed))
    }

    static func adopting(_ session: Session) -> Confirmation {
        Confirmation(
            question: Localized(
                fr: "Adopter le compte rendu ? La séance ne se modifiera plus.",
                en: "Adopt the minutes? The session will no longer change."),
            effect: .adoptMinutes(session: session.id))
    }
}

func answerConfirmation(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard let confirmation = state.confirmation else { return [] }
    state.confirmation = nil
    switch key {
    case .enter, .character("o"), .character("O"), .character("y"), .character("Y"):
        return [confirmation.effect]
    default:
        state.message = Localized(fr: "Annulé : rien n'a changé", en: "Cancelled: nothing changed")
        return []
    }
}

enum ConfirmationView {
    static func draw(_ confirmation: Confirmation, _ state: AppState, _ buffer: inout ScreenBuffer) {
        let width = min(state.width - 4, 72)
        let x = (state.width - width) / 2
        let y = max(0, state.height / 2 - 2)
        for row in 0..<4 { buffer.fill(x: x, y: y + row, width: width, style: .reverse) }
        let lines = ProjectorView.wrap(confirmation.question.text(state.language), width: width - 2)
        for (offset, line) in lines.prefix(2).enumerated() {
            buffer.write(" " + line, x: x, y: y + offset, style: .bold, limit: width)
        }
        buffer.write(
            state.t(" o ou Entrée : oui · toute autre touche : non", " y or Enter: yes · any other key: no"),
            x: x, y: y + 3, style: .reverse, limit: width)
    }
}

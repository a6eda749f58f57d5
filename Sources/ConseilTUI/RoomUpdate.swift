import ConseilCore

// The room key: it opens the room to phones for the session shown, and closes it again. Closing
// while a poll is open asks first: the phones in the middle of voting would lose the page.

func roomKey(_ state: inout AppState) -> [Effect] {
    guard let session = state.data.session else { return [] }
    guard let room = state.room else { return [.startRoom(session: session.id)] }
    guard room.startedHere else {
        state.message = Localized(
            fr: "Salle ouverte par « conseil serve » : arrêtez-la dans son terminal (Ctrl-C)",
            en: "Room opened by “conseil serve”: stop it in its terminal (Ctrl-C)")
        return []
    }
    if let open = state.data.polls.first(where: { $0.poll.state == .open }) {
        state.confirmation = .closingRoom(session.id, during: open.poll)
        return []
    }
    return [.stopRoom(session: session.id)]
}

extension Confirmation {
    static func closingRoom(_ session: String, during poll: Poll) -> Confirmation {
        let question = poll.question.count > 40 ? poll.question.prefix(39) + "…" : Substring(poll.question)
        return Confirmation(
            question: Localized(
                fr: "Fermer la salle ? « \(question) » est ouvert : les téléphones ne pourront plus voter.",
                en: "Close the room? “\(question)” is open: phones will no longer be able to vote."),
            effect: .stopRoom(session: session))
    }
}

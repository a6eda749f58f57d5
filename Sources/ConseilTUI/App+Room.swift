import ConseilCore

// The room server from the interface: the key's effects, and the room's state read on each
// tick (a server started elsewhere with `conseil serve` shows too).

extension App {
    func carryOutRoom(_ effect: Effect) throws -> EffectResult {
        try actor.require(.openRoom)
        guard let roomControl else {
            throw ConseilError(
                fr: "la salle ne s'ouvre pas d'ici : lancez « conseil serve » dans un autre terminal",
                en: "the room cannot be opened from here: run “conseil serve” in another terminal")
        }
        defer { watchRoom() }
        switch effect {
        case .startRoom(let session):
            let access = try roomControl.start(session: session)
            return .done(Localized(fr: "Salle ouverte : \(access.url)", en: "Room open: \(access.url)"))
        case .stopRoom(let session):
            try roomControl.stop(session: session)
            return .done(
                Localized(
                    fr: "Salle fermée : les téléphones ne peuvent plus voter",
                    en: "Room closed: phones can no longer vote"))
        default:
            return .done(nil)
        }
    }

    /// Hands `update` the room's state when it changed.
    func watchRoom() {
        guard let roomControl else { return }
        let access = state.data.session.flatMap { roomControl.running(session: $0.id) }
        if access != state.room { handle(.room(access)) }
    }
}

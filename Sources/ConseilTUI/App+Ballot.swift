import ConseilCore
import ConseilStore

// A member votes from the interface: the same ballot as `conseil vote` (BallotApp), shown over
// the screen; when it closes, what was recorded comes back to `update` as an event.
extension App {
    func openBallot(_ poll: String) throws {
        let screen = try BallotApp(
            useCases: useCases, poll: poll, language: state.language, width: state.width,
            height: state.height, unicode: state.unicode)
        ballot = (screen, poll, screen.state.recorded)
    }

    /// Keys go to the ballot while it is up; the size and the clock go to both.
    func passToBallot(_ event: Event) -> Bool {
        guard let (screen, poll, before) = ballot else { return false }
        switch event {
        case .key:
            screen.handle(event)
            guard screen.shouldQuit else { return true }
            ballot = nil
            handle(.outcome(.openBallot(poll: poll), .done(Self.voteOutcome(before, screen.state.recorded))))
            return true
        case .resize, .tick:
            screen.handle(event)
            return false
        case .data, .outcome, .syncLine, .room:
            return false
        }
    }

    /// What the ballot came to, in the member's words.
    static func voteOutcome(_ before: [String]?, _ after: [String]?) -> Localized {
        guard let after else {
            return Localized(fr: "Aucun vote enregistré", en: "No vote recorded")
        }
        let answers = after.map { InertText.make($0) }.joined(separator: ", ")
        if after.isEmpty {
            return Localized(fr: "Vote enregistré (anonyme)", en: "Vote recorded (anonymous)")
        }
        if after == before {
            return Localized(fr: "Votre vote reste : \(answers)", en: "Your vote stays: \(answers)")
        }
        return Localized(fr: "Vote enregistré : \(answers)", en: "Vote recorded: \(answers)")
    }
}

import ConseilCore
import ConseilStore

// Carrying out the corrections made from the keyboard, through the use cases.
extension App {
    func carryOutTask(_ effect: Effect) throws -> EffectResult {
        switch effect {
        case .deleteAgendaItem(let id):
            let item = try useCases.deleteAgendaItem(id)
            return .done(Localized(fr: "Point supprimé : \(item.title)", en: "Item deleted: \(item.title)"))
        case .updateDraftPoll(let id, let request):
            _ = try useCases.updateDraftPoll(id, request.draft)
            return .done(Localized(fr: "Brouillon modifié", en: "Draft edited"))
        case .deleteDraftPoll(let id):
            let poll = try useCases.deleteDraftPoll(id)
            return .done(
                Localized(fr: "Brouillon supprimé : \(poll.question)", en: "Draft deleted: \(poll.question)"))
        case .addWordCount(let id, let words, let voters):
            let poll = try root.poll(id)
            let entries = try words.split(separator: ";").map(String.init).filter {
                !$0.trimmingASCIISpaces.isEmpty
            }.map { text in
                do { return try poll.parseCount(text) } catch let error as ConseilError {
                    throw ConseilError(fr: error.message.fr, en: error.message.en, field: .hands)
                }
            }
            return try addHands(poll: id, entries: entries, voters: voters)
        case .takeBackHandCount(let poll):
            let count = try useCases.takeBackHandCount(poll: poll)
            return .done(
                Localized(
                    fr: "Main levée retirée : \(count.voters) personnes",
                    en: "Show of hands taken back: \(count.voters) people"))
        case .deleteMinutesEntry(let session, let entry):
            let removed = try useCases.deleteMinutesEntry(session: session, entry: entry)
            return .done(
                Localized(
                    fr: "\(removed.kind.name.fr) supprimée", en: "\(removed.kind.name.en) deleted"))
        case .setActionDetails(let session, let id, let who, let due):
            let entry = try root.load(
                MinutesEntry.self, at: root.absolute(Layout.minutesEntry(session: session, entry: id)))
            let day = try Self.optional(due).map {
                try CalendarDay.parse($0, what: Localized(fr: "l'échéance", en: "the due date"), field: .due)
            }
            _ = try useCases.saveMinutesEntry(
                MinutesDraftEntry(
                    id: entry.id, session: session, item: entry.item, kind: entry.kind, text: entry.body,
                    who: Self.optional(who), due: day, poll: entry.poll))
            return .done(Localized(fr: "Action enregistrée", en: "Action saved"))
        default:
            return .done(nil)
        }
    }
}

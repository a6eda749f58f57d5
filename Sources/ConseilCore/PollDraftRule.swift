extension Poll {
    /// Only a draft is edited or deleted: once opened, ballots may exist and the poll belongs to
    /// the session's record. One wording for the commands and the interface.
    public func requireDraft(_ done: Localized) throws {
        guard state == .draft else {
            throw ConseilError(
                fr:
                    "ce scrutin est \(state.name.fr) : seul un brouillon peut être \(done.fr) ; ce qui a été voté reste au compte rendu",
                en:
                    "this poll is \(state.name.en): only a draft can be \(done.en); what was voted stays in the minutes"
            )
        }
    }

    public static let edited = Localized(fr: "modifié", en: "edited")
    public static let deleted = Localized(fr: "supprimé", en: "deleted")
}

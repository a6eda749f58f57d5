import ConseilCore

// Who does an action and by when, set from the minutes' entry list (`w` on an action).

func openActionDetailsForm(_ entry: MinutesEntry, _ state: inout AppState) {
    state.form = Form(
        purpose: .actionDetails(session: entry.session, entry: entry.id),
        title: Localized(fr: "Qui et pour quand", en: "Who and by when"),
        fields: [
            .text(
                label: Localized(fr: "Qui (identifiant du membre)", en: "Who (member id)"),
                value: entry.who ?? "", limit: 64),
            .text(
                label: Localized(fr: "Échéance (AAAA-MM-JJ)", en: "Due (YYYY-MM-DD)"),
                value: entry.due?.description ?? "", limit: 10),
        ],
        inputs: [.who, .due])
}

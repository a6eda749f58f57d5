/// A title or a name typed by a person (a session, an agenda item, a proposal, a member): spaces
/// tidied, then 1 to `maxLength` characters. One rule for every record that has one.
public enum TypedName {
    public static func checked(
        _ text: String, maxLength: Int, what: Localized, field: InputField = .title
    ) throws -> String {
        let tidy = WordNormaliser.tidy(text)
        guard !tidy.isEmpty, tidy.count <= maxLength else {
            throw ConseilError(
                fr: "\(what.fr) doit faire de 1 à \(maxLength) caractères",
                en: "\(what.en) must be 1 to \(maxLength) characters", field: field)
        }
        return tidy
    }

    public static let title = Localized(fr: "le titre", en: "the title")
}

/// The group of every spelling of a word cloud, decided from all the spellings given: both
/// rounds of a before/after share one `WordKeys`, so that `formations` before and
/// `formation` after are one idea.
struct WordKeys: Sendable, Equatable {
    struct Form: Sendable, Equatable {
        /// The group's key.
        let key: String
        /// Whether the spelling is a plural folded onto a singular someone gave.
        let plural: Bool
    }

    private let forms: [String: Form]

    /// `spellings`: each tidy spelling with how often it was given, which decides which
    /// accented spelling keeps the plain key when accents split a group.
    init(spellings: [String: Int]) {
        let raw = Dictionary(uniqueKeysWithValues: spellings.keys.map { ($0, WordNormaliser.key($0)) })
        let plurals = WordNormaliser.foldPlurals(Set(raw.values))
        var folded: [String: [String]] = [:]
        for (spelling, key) in raw { folded[plurals[key] ?? key, default: []].append(spelling) }
        var forms: [String: Form] = [:]
        for (key, members) in folded {
            for (spelling, variantKey) in AccentVariants.keys(of: members, key: key, weights: spellings) {
                forms[spelling] = Form(key: variantKey, plural: plurals[raw[spelling]!] != nil)
            }
        }
        self.forms = forms
    }

    func form(of spelling: String) -> Form {
        forms[spelling] ?? Form(key: WordNormaliser.key(spelling), plural: false)
    }
}

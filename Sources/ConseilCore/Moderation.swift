/// What a facilitator may do to the answers of a word cloud or a free-text poll before or after
/// they are shown. Only the poll's settings change (`merged`, `hidden`): the ballots never do,
/// so every change can be undone.
public enum AnswerChange: Sendable, Equatable {
    /// One word group joins another, wherever the two stand in the list.
    case merge(String, into: String)
    /// The groups merged into this one stand alone again.
    case unmerge(String)
    case hide(String)
    case show(String)
}

extension Poll {
    /// The group a word key ends in after the facilitator's merges (a chain is followed; a
    /// hand-edited loop stops after a few hops).
    public func mergeTarget(of key: String) -> String {
        var key = key
        var hops = 0
        while let next = merged?[key], next != key, hops < 16 {
            key = next
            hops += 1
        }
        return key
    }

    public mutating func apply(_ change: AnswerChange) throws {
        switch change {
        case .merge(let from, let into):
            try requireWords()
            let target = mergeTarget(of: into)
            guard target != mergeTarget(of: from) else {
                throw ConseilError(
                    fr: "ces deux réponses sont déjà dans le même groupe",
                    en: "these two answers are already in the same group")
            }
            merged = (merged ?? [:]).merging([mergeTarget(of: from): target]) { $1 }
        case .unmerge(let key):
            try requireWords()
            let target = mergeTarget(of: key)
            let joined = (merged ?? [:]).filter { $0.value == target }
            guard !joined.isEmpty else {
                throw ConseilError(
                    fr: "aucun regroupement à défaire dans ce groupe",
                    en: "no merge to undo in this group")
            }
            merged = (merged ?? [:]).filter { $0.value != target }
            if merged?.isEmpty == true { merged = nil }
        case .hide(let key):
            try requireAnswers()
            hidden = Array(Set((hidden ?? []) + [key])).sorted()
        case .show(let key):
            try requireAnswers()
            guard hidden?.contains(key) == true else {
                throw ConseilError(fr: "cette réponse n'est pas masquée", en: "this answer is not hidden")
            }
            hidden = hidden?.filter { $0 != key }
            if hidden?.isEmpty == true { hidden = nil }
        }
    }

    private func requireWords() throws {
        guard kind == .words else {
            throw ConseilError(
                fr: "seuls les mots d'un nuage se regroupent",
                en: "only the words of a word cloud can be merged")
        }
    }

    private func requireAnswers() throws {
        guard kind == .words || kind == .text else {
            throw ConseilError(
                fr: "seules les réponses d'un nuage de mots ou d'un texte libre se masquent",
                en: "only the answers of a word cloud or a free-text poll can be hidden")
        }
    }
}

extension PollResults {
    /// How many answers the facilitator hid and how many groups were merged into others: the
    /// minutes and exports say so, since what is shown is no longer the raw tally.
    public var hiddenCount: Int { poll.kind == .text ? hiddenTexts.count : hiddenAnswers.count }
    public var mergedCount: Int { poll.kind == .words ? poll.merged?.count ?? 0 : 0 }

    /// « 2 réponses masquées, 1 regroupement » or nil when nothing was moderated.
    public func moderationNote(_ language: Language) -> String? {
        var parts: [String] = []
        if hiddenCount > 0 {
            let many = hiddenCount > 1
            parts.append(
                language == .fr
                    ? "\(hiddenCount) réponse\(many ? "s" : "") masquée\(many ? "s" : "")"
                    : "\(hiddenCount) answer\(many ? "s" : "") hidden")
        }
        if mergedCount > 0 {
            let many = mergedCount > 1
            parts.append(
                language == .fr
                    ? "\(mergedCount) regroupement\(many ? "s" : "")"
                    : "\(mergedCount) merge\(many ? "s" : "")")
        }
        guard !parts.isEmpty else { return nil }
        return (language == .fr ? "Modération : " : "Moderation: ") + parts.joined(separator: ", ")
            + (language == .fr ? " (bulletins inchangés)" : " (ballots unchanged)")
    }

    /// The key of the answer a person names on the command line: a word group by its key or any
    /// of its spellings (accents and case aside), a text by its key or a part of it that only
    /// one answer contains. Hidden answers count, so that they can be shown again.
    public func answerKey(named name: String) throws -> String {
        let folded = TextFolding.foldAccentsAndCase(name.trimmingASCIISpaces)
        var keys: [String] = []
        switch poll.kind {
        case .words:
            keys = (answers + hiddenAnswers).filter { group in
                group.key == name
                    || ([group.text] + group.spellings).contains {
                        TextFolding.foldAccentsAndCase($0) == folded
                    }
            }.map(\.key)
        case .text:
            let all = textAnswers + hiddenTexts
            keys = all.filter { $0.key == name }.map(\.key)
            if keys.isEmpty, !folded.isEmpty {
                keys = all.filter { TextFolding.foldAccentsAndCase($0.text).contains(folded) }.map(\.key)
            }
        default:
            throw ConseilError(
                fr: "seules les réponses d'un nuage de mots ou d'un texte libre se modèrent",
                en: "only the answers of a word cloud or a free-text poll can be moderated")
        }
        let unique = Array(Set(keys))
        guard unique.count == 1 else {
            throw unique.isEmpty
                ? ConseilError(
                    fr:
                        "aucune réponse « \(InertText.make(name)) » ; « conseil poll results \(poll.id) » les liste",
                    en: "no answer “\(InertText.make(name))”; “conseil poll results \(poll.id)” lists them")
                : ConseilError(
                    fr:
                        "\(unique.count) réponses contiennent « \(InertText.make(name)) » : donnez plus de texte",
                    en: "\(unique.count) answers contain “\(InertText.make(name))”: give more of the text")
        }
        return unique[0]
    }
}

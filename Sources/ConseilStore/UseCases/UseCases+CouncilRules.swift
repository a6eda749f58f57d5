import ConseilCore

extension UseCases {
    /// Sets the council's rules of deliberation (a nil keeps the current one): whether the
    /// session's chair decides a tie in a public vote, and the quorum in percent of the members.
    public func setCouncilRules(castingVote: Bool?, quorumPercent: Int?) throws -> Council {
        try actor.require(
            .manageMembers,
            for: Localized(fr: "changer les règles du conseil", en: "changing the council's rules"))
        if let quorumPercent, !RecordLimits.percent.contains(quorumPercent) {
            throw ConseilError(
                fr: "quorum hors limites : \(quorumPercent) ; donnez un pourcentage de 0 à 100",
                en: "quorum out of range: \(quorumPercent); give a percentage from 0 to 100")
        }
        return try FolderLock.hold(root.path, .exclusive) {
            var council = try council()
            if let castingVote { council.castingVote = castingVote }
            if let quorumPercent { council.quorumPercent = quorumPercent }
            try root.saveCouncil(council)
            return council
        }
    }
}

import ConseilCore

extension UseCases {
    /// Adds a member; council.json is the root's record, so the root's lock guards it.
    public func addMember(id: String, name: String, role: Role) throws -> Member {
        try actor.require(.manageMembers, for: Localized(fr: "ajouter un membre", en: "adding a member"))
        let id = try Identifier.validated(id, what: Localized(fr: "membre", en: "member"))
        let name = try TypedName.checked(name, maxLength: 100, what: Localized(fr: "le nom", en: "the name"))
        return try FolderLock.hold(root.path, .exclusive) {
            var council = try council()
            guard council.member(id) == nil else {
                throw ConseilError(fr: "le membre \(id) existe déjà", en: "member \(id) already exists")
            }
            let member = Member(id: id, name: name, role: role)
            council.members.append(member)
            try root.saveCouncil(council)
            return member
        }
    }
}

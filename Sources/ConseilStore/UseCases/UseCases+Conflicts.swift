import ConseilCore

extension UseCases {
    /// Resolves a sync conflict (DataRoot.resolveConflict): choosing a record's version is
    /// changing it, so it takes the right of its kind besides `.resolveConflicts`, and a record
    /// of a session whose minutes are adopted keeps its version. A file outside the layout is
    /// the administrator's.
    @discardableResult
    public func resolveConflict(_ given: String, keep choice: ConflictChoice) throws -> SyncConflict {
        try actor.require(.resolveConflicts)
        let record = try root.conflictTarget(given).record
        guard let kind = Layout.kind(of: record) else {
            try actor.require(.manageMembers, for: Capability.resolveConflicts.action)
            return try FolderLock.hold(root.path, .exclusive) {
                try root.resolveConflict(given, keep: choice)
            }
        }
        try actor.require(kind.capability, for: Capability.resolveConflicts.action)
        if kind.isInSession {
            let session = String(record.prefix { $0 != "/" })
            return try changing(session: session) { _ in try root.resolveConflict(given, keep: choice) }
        }
        let folder = kind == .council ? root.path : root.proposalPath(String(record.split(separator: "/")[1]))
        return try FolderLock.hold(folder, .exclusive) { try root.resolveConflict(given, keep: choice) }
    }
}

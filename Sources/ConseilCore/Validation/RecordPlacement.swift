/// A record's ids must be the names of the file and folders it lies in: writes go to the place
/// its ids name, so a record copied under another name (by hand, or by a remote) would be
/// listed in one place and written back to another, or counted in a poll it is not part of.
public enum RecordPlacement {
    /// The first id that is not the name of its place, or nil when the record is where it says.
    public static func problem(_ ids: [(field: String, value: String, place: String)]) -> Localized? {
        guard let wrong = ids.first(where: { $0.value != $0.place }) else { return nil }
        return Localized(
            fr:
                "« \(wrong.field) » vaut « \(InertText.make(wrong.value)) » mais le fichier est rangé sous « \(InertText.make(wrong.place)) »",
            en:
                "“\(wrong.field)” is “\(InertText.make(wrong.value))” but the file lies under “\(InertText.make(wrong.place))”"
        )
    }
}

extension Session {
    public func placementProblem(folder: String) -> Localized? {
        RecordPlacement.problem([("id", id, folder)])
    }
}

extension AgendaItem {
    public func placementProblem(fileStem: String, session folder: String) -> Localized? {
        RecordPlacement.problem([("id", id, fileStem), ("session", session, folder)])
    }
}

extension Attendance {
    public func placementProblem(fileStem: String) -> Localized? {
        RecordPlacement.problem([("member", member, fileStem)])
    }
}

extension MinutesEntry {
    public func placementProblem(fileStem: String, session folder: String) -> Localized? {
        RecordPlacement.problem([("id", id, fileStem), ("session", session, folder)])
    }
}

extension Poll {
    public func placementProblem(folder: String, session folderSession: String) -> Localized? {
        RecordPlacement.problem([("id", id, folder), ("session", session, folderSession)])
    }
}

extension Proposal {
    public func placementProblem(folder: String) -> Localized? {
        RecordPlacement.problem([("id", id, folder)])
    }
}

extension ProposalEvent {
    public func placementProblem(fileStem: String, proposal folder: String) -> Localized? {
        RecordPlacement.problem([("id", id, fileStem), ("proposal", proposal, folder)])
    }
}

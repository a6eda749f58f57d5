import ConseilCore

extension DataRoot {
    /// What `check` reports in a session's records that load but point at something wrong: a
    /// chair or secretary who is no member, a pouvoir that does not stand (`Proxy`). The
    /// records still count; the pouvoir does not.
    func roleAndProxyProblems(session: String, council: Council?) -> [LoadProblem] {
        guard let members = council?.memberIds else { return [] }
        var problems: [LoadProblem] = []
        if case .success(let record) = decodeSession(session),
            let reason = record.rolesProblem(members: members)
        {
            problems.append(LoadProblem(path: absolute(Layout.session(session)), reason: reason))
        }
        let records = attendance(session: session).values
        for record in records {
            if let reason = Proxy.problem(of: record, among: records, members: members) {
                let file = absolute(Layout.attendance(session: session, member: record.member))
                problems.append(LoadProblem(path: file, reason: reason))
            }
        }
        return problems
    }
}

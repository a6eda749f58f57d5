import TestSupport

extension LiveApp {
    /// `conseil vote POLL --member MEMBER` (the ballot screen) in a tmux window of its own, with
    /// the interface's environment.
    func ballotScreen(poll: String, member: String) throws -> TmuxPane {
        let variables = Self.environment(fixture).map { "\($0.key)='\($0.value)'" }.sorted().joined(
            separator: " ")
        return try tmux.open("env -i TERM=\"$TERM\" \(variables) '\(binary)' vote \(poll) --member \(member)")
    }
}

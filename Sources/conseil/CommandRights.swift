import ArgumentParser
import ConseilCore

/// A command as the table of rights sees it (ConseilCore/Rights.swift): the capability it
/// needs, and the global options that a restricted session takes from the forced command.
/// A restricted session runs a command only when its type is marked here and the actor may
/// have its capability; anything else (a group without its subcommand, an unmarked command)
/// never runs over SSH.
protocol RequiresCapability: ParsableCommand {
    static var capability: Capability { get }
    var global: GlobalOptions { get set }
}

// What each command needs, declared once. The use cases check the same capability again
// when they write; the restricted mode asks before anything is read.

/// No subcommand: the interface.
extension Conseil: RequiresCapability { static let capability = Capability.read }
extension TuiCommand: RequiresCapability { static let capability = Capability.read }
extension VoteCommand: RequiresCapability { static let capability = Capability.vote }
extension CheckCommand: RequiresCapability { static let capability = Capability.read }
extension OverviewCommand: RequiresCapability { static let capability = Capability.read }
/// Listens on the network for the room's phones: the facilitator's, never over SSH.
extension ServeCommand: RequiresCapability { static let capability = Capability.openRoom }
/// Creates a data root and runs `git init`: outside any data root.
extension InitCommand: RequiresCapability { static let capability = Capability.runPrograms }

extension MemberCommand.List: RequiresCapability { static let capability = Capability.read }
extension MemberCommand.Add: RequiresCapability { static let capability = Capability.manageMembers }
/// Reading the rules is for all; changing them asks the use case for managing members.
extension CouncilCommand.Rules: RequiresCapability { static let capability = Capability.read }

extension SessionCommand.List: RequiresCapability { static let capability = Capability.read }
extension SessionCommand.Show: RequiresCapability { static let capability = Capability.read }
extension SessionCommand.New: RequiresCapability { static let capability = Capability.runSessions }
extension SessionCommand.State: RequiresCapability { static let capability = Capability.runSessions }
extension SessionCommand.Roles: RequiresCapability { static let capability = Capability.runSessions }
/// Prints every member's voting code, a secret kept out of the shared repository: never over SSH.
extension SessionCommand.Cards: RequiresCapability { static let capability = Capability.runPrograms }
extension SessionCommand.Attend: RequiresCapability { static let capability = Capability.recordAttendance }

extension AgendaCommand.List: RequiresCapability { static let capability = Capability.read }
extension AgendaCommand.Add: RequiresCapability { static let capability = Capability.runSessions }
extension AgendaCommand.Start: RequiresCapability { static let capability = Capability.runSessions }
extension AgendaCommand.Finish: RequiresCapability { static let capability = Capability.runSessions }
extension AgendaCommand.Edit: RequiresCapability { static let capability = Capability.runSessions }
extension AgendaCommand.Delete: RequiresCapability { static let capability = Capability.runSessions }

extension PollCommand.List: RequiresCapability { static let capability = Capability.read }
extension PollCommand.Results: RequiresCapability { static let capability = Capability.read }
extension PollCommand.New: RequiresCapability { static let capability = Capability.runPolls }
extension PollCommand.Open: RequiresCapability { static let capability = Capability.runPolls }
extension PollCommand.Close: RequiresCapability { static let capability = Capability.runPolls }
extension PollCommand.Count: RequiresCapability { static let capability = Capability.runPolls }
extension PollCommand.Merge: RequiresCapability { static let capability = Capability.runPolls }
extension PollCommand.Unmerge: RequiresCapability { static let capability = Capability.runPolls }
extension PollCommand.Hide: RequiresCapability { static let capability = Capability.runPolls }
extension PollCommand.Show: RequiresCapability { static let capability = Capability.runPolls }
extension PollCommand.Edit: RequiresCapability { static let capability = Capability.runPolls }
extension PollCommand.Delete: RequiresCapability { static let capability = Capability.runPolls }
extension PollCommand.Uncount: RequiresCapability { static let capability = Capability.runPolls }
/// A second terminal that only shows a poll to the room.
extension ProjectorCommand: RequiresCapability { static let capability = Capability.read }

extension ProposalCommand.List: RequiresCapability { static let capability = Capability.read }
extension ProposalCommand.Show: RequiresCapability { static let capability = Capability.read }
extension ProposalCommand.Add: RequiresCapability { static let capability = Capability.manageProposals }
extension ProposalCommand.Status: RequiresCapability { static let capability = Capability.manageProposals }

extension MinutesCommand.Export: RequiresCapability { static let capability = Capability.read }
extension MinutesCommand.Add: RequiresCapability { static let capability = Capability.writeMinutes }
extension MinutesCommand.Adopt: RequiresCapability { static let capability = Capability.writeMinutes }
extension MinutesCommand.Delete: RequiresCapability { static let capability = Capability.writeMinutes }

/// `sync` and `sync status` run git.
extension SyncCommand.Run: RequiresCapability { static let capability = Capability.runPrograms }
extension SyncCommand.Status: RequiresCapability { static let capability = Capability.runPrograms }
extension SyncCommand.Conflicts: RequiresCapability { static let capability = Capability.read }
extension SyncCommand.Resolve: RequiresCapability { static let capability = Capability.resolveConflicts }

/// Writes an archive into any folder.
extension DemoCommand.Generate: RequiresCapability { static let capability = Capability.runPrograms }

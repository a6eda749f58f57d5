import ConseilCore

/// What carrying out an effect came to, handed back to `update` as an event (as bubbletea's
/// messages and TCA's response actions are): the shell never writes the state itself, so the
/// whole loop plays through the same driver in tests.
public enum EffectResult: Sendable, Equatable {
    /// Done: what to tell the person, and the id of the record it made, if any.
    case done(Localized?, created: String? = nil)
    /// The external editor closed with this text, for the minutes editor to take and save.
    case edited(String)
    /// Refused or failed: nothing was written; the reason, which may name the input at fault.
    case refused(ConseilError)
}

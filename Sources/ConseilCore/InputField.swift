/// The inputs that a change takes from a person, whatever the front: a refusal names the one
/// it is about, so that the command line points to its flag and a form to its field.
public enum InputField: String, Sendable, Equatable, CaseIterable {
    case kind, question, options, abstain, maxAnswers, hands, voters
    case title, duration, date, place
    case note, progress, review, theme, description, owner
    case majority, base, named, grades
    case presenter, item, who, due
}

import ConseilCore

/// The ballot's behaviour: pure, like the main interface's `update`.
public func updateBallot(_ state: inout BallotState, _ key: Key) -> [BallotEffect] {
    state.message = nil
    state.notice = nil
    guard let poll = state.poll else { return choosePoll(key, &state) }
    switch key {
    case .up: state.cursor = max(0, state.cursor - 1)
    case .down, .tab: state.cursor = min(state.rowCount - 1, state.cursor + 1)
    case .escape:
        if state.onPouvoirBallot {
            // Back to the holder's own ballot, as it is on disk.
            return [.ownBallot(poll: poll.id)]
        } else if state.openPolls.count > 1 {
            state.poll = nil
        } else {
            return [.quit]
        }
    case .control("c"): return [.quit]
    case .enter:
        if !poll.kind.hasOptions && state.cursor < state.rowCount - 1 && poll.kind == .words {
            state.cursor += 1
            return []
        }
        return submit(poll, &state)
    case .character("q") where poll.kind.hasOptions || poll.kind == .grades: return [.quit]
    default:
        if poll.kind == .grades {
            grade(key, poll, &state)
        } else if poll.kind.hasOptions {
            pick(key, poll, &state)
        } else {
            type(key, &state)
        }
    }
    return []
}

private func choosePoll(_ key: Key, _ state: inout BallotState) -> [BallotEffect] {
    switch key {
    case .up, .character("k"): state.cursor = max(0, state.cursor - 1)
    case .down, .character("j"): state.cursor = min(max(0, state.openPolls.count - 1), state.cursor + 1)
    case .enter where state.openPolls.indices.contains(state.cursor):
        return [.choose(poll: state.openPolls[state.cursor].id)]
    case .escape, .character("q"), .control("c"): return [.quit]
    default: break
    }
    return []
}

/// Space ticks an option: one for a single choice, up to the maximum for a multiple choice.
private func pick(_ key: Key, _ poll: Poll, _ state: inout BallotState) {
    switch key {
    case .character("k"): state.cursor = max(0, state.cursor - 1)
    case .character("j"): state.cursor = min(state.rowCount - 1, state.cursor + 1)
    case .character(" "):
        if poll.kind == .multi {
            if state.ticked.contains(state.cursor) {
                state.ticked.remove(state.cursor)
            } else if state.ticked.count < poll.maxAnswers ?? poll.options.count {
                state.ticked.insert(state.cursor)
            } else {
                state.message = Localized(
                    fr: "\(poll.maxAnswers ?? 0) réponses au plus : décochez-en une d'abord",
                    en: "at most \(poll.maxAnswers ?? 0) answers: untick one first")
            }
        } else {
            state.ticked = [state.cursor]
        }
    default: break
    }
}

/// ←/→ move the current option's grade along the scale (best on the left), a digit picks it,
/// Backspace leaves the option ungraded; j/k move between options.
private func grade(_ key: Key, _ poll: Poll, _ state: inout BallotState) {
    guard state.graded.indices.contains(state.cursor) else { return }
    let last = poll.scale.count - 1
    let current = state.graded[state.cursor]
    switch key {
    case .character("k"): state.cursor = max(0, state.cursor - 1)
    case .character("j"): state.cursor = min(state.rowCount - 1, state.cursor + 1)
    case .left, .character("h"): state.graded[state.cursor] = max(0, (current ?? 1) - 1)
    case .right, .character("l"), .character(" "): state.graded[state.cursor] = min(last, (current ?? -1) + 1)
    case .backspace: state.graded[state.cursor] = nil
    case .character(let digit)
    where digit.wholeNumberValue.map { (1...poll.scale.count).contains($0) } ?? false:
        state.graded[state.cursor] = digit.wholeNumberValue! - 1
    default: break
    }
}

private func type(_ key: Key, _ state: inout BallotState) {
    guard state.typed.indices.contains(state.cursor) else { return }
    let limit = state.poll?.kind == .text ? Ballot.maxTextLength : Ballot.maxWordLength
    switch key {
    case .backspace: if !state.typed[state.cursor].isEmpty { state.typed[state.cursor].removeLast() }
    case .control("u"): state.typed[state.cursor] = ""
    case .character(let character) where state.typed[state.cursor].count < limit:
        state.typed[state.cursor].append(character)
    default: break
    }
}

private func submit(_ poll: Poll, _ state: inout BallotState) -> [BallotEffect] {
    let answer = state.answer
    guard !answer.isEmpty else {
        state.message =
            poll.kind == .grades
            ? Localized(
                fr: "notez une option avec ←/→ ou un chiffre", en: "grade an option with ←/→ or a digit")
            : Localized(
                fr: poll.kind.hasOptions ? "cochez une réponse avec Espace" : "écrivez une réponse",
                en: poll.kind.hasOptions ? "tick an answer with Space" : "type an answer")
        return []
    }
    return [.cast(poll: poll.id, answer: answer)]
}

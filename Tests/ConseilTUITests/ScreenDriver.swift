import ConseilCore
import ConseilTUI

/// Builds the application state on the shared fixture and plays keys through the one keymap
/// and the pure `update`, the way the terminal and `--dump` do.
struct ScreenDriver {
    var state: AppState
    /// Every effect `update` asked for, in order.
    var effects: [Effect] = []

    init(
        width: Int = 100, height: Int = 30, language: Language = .fr, unicode: Bool = true,
        data: Snapshot = CouncilFixture.shared, actor: Actor = .administrator
    ) {
        state = AppState(
            language: language, width: width, height: height, now: CouncilFixture.now, data: data,
            unicode: unicode, actor: actor)
    }

    /// Plays a key script (`Key.parse(script:)` syntax) and returns the effects it produced.
    @discardableResult
    mutating func play(_ script: String) -> [Effect] {
        var produced: [Effect] = []
        for key in Key.parse(script: script) { produced += update(&state, .key(key)) }
        effects += produced
        return produced
    }

    @discardableResult
    mutating func send(_ event: Event) -> [Effect] {
        let produced = update(&state, event)
        effects += produced
        return produced
    }

    var buffer: ScreenBuffer { Frame.render(state) }
    var text: String { buffer.text }
    var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

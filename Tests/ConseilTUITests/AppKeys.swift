import ConseilCore
import ConseilTUI

extension App {
    /// The real App on a fixture's data root, at the fixture's clock, 100×30.
    static func onFixture(_ fixture: CouncilFixture, member: Member? = nil, height: Int = 30) throws -> App {
        try App(
            root: fixture.root, member: member, language: .fr, width: 100, height: height,
            now: CouncilFixture.now, unicode: true)
    }

    /// Plays a key script (`Key.parse(script:)` syntax) through the App, effects and all.
    func play(_ script: String) {
        for key in Key.parse(script: script) { handle(.key(key)) }
    }
}

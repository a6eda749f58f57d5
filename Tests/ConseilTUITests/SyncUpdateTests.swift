import ConseilTUI
import Testing

@Suite("y starts one git sync at a time, off the drawing loop")
struct SyncUpdateTests {
    @Test func oneSyncAtATime() {
        var driver = ScreenDriver()
        #expect(driver.play("y") == [.sync])
        #expect(driver.state.syncing)
        #expect(driver.text.split(separator: "\n")[0].hasSuffix("synchronisation…"))
        #expect(driver.play("y").isEmpty, "a second y while git runs does nothing")
    }
}

import ConseilStore
import Foundation
import Testing

@testable import ConseilRoom

/// A flood of joins cannot fill the server's memory (issue 11 item 6): past 50,000 devices the
/// oldest that never answered are forgotten, never one whose answer is in.
@Suite("The room server's memory of devices is bounded")
struct RoomRegistryCapTests {
    @Test func pastTheCapTheOldestIdleDevicesGoAndThoseThatAnsweredStay() async throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "conseil-cap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        // The secrets live in the git directory: a folder named .git is all they need.
        try FileManager.default.createDirectory(
            at: base.appendingPathComponent("data/.git"), withIntermediateDirectories: true)
        let secrets = try RoomSecrets(root: DataRoot(path: base.appendingPathComponent("data").path))
        let registry = RoomRegistry(secrets: secrets, limits: RoomLimits(people: 1))

        var tokens: [String] = []
        for number in 0..<RoomRegistry.maxDevices {
            tokens.append(
                await registry.join(
                    from: "10.\(number / 65_536).\(number / 256 % 256).\(number % 256)", member: nil
                ).token)
        }
        // The first ten and the hundredth answered the poll.
        let answered = Array(tokens.prefix(10)) + [tokens[100]]
        for token in answered {
            let address = try #require(await registry.device(token)).address
            #expect(await registry.claimAnswer(poll: "q1", device: token, address: address) == .claimed)
            try await registry.settleAnswer(poll: "q1", device: token, address: address, written: true)
        }
        #expect(await registry.device(tokens[10]) != nil, "nothing is forgotten before the cap")

        let newcomer = await registry.join(from: "192.168.1.1", member: nil)
        #expect(await registry.device(newcomer.token) != nil, "the newcomer is let in")
        for token in answered {
            #expect(await registry.device(token) != nil, "a device that answered is kept")
        }
        let forgotten = RoomRegistry.maxDevices / 100
        #expect(await registry.device(tokens[10]) == nil, "the oldest idle device is forgotten")
        #expect(
            await registry.device(tokens[forgotten + 10]) == nil, "the \(forgotten) oldest idle devices go")
        #expect(await registry.device(tokens[forgotten + 11]) != nil, "no more than those")
        #expect(await registry.device(tokens.last!) != nil)
    }
}

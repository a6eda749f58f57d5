import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

/// The store writes only where the layout says, and reads only that: `check` finds nothing
/// unexpected in what the store wrote, and a file outside the layout is never a record.
@Suite struct LayoutWalkTests {
    @Test func everythingTheStoreWritesIsInTheLayout() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            _ = try Fixture.everything(in: root)
            #expect(root.check().isEmpty, "\(root.check().map(\.path))")
            #expect(root.unexpectedFiles().isEmpty)
            let files = allFiles(under: root.path)
            #expect(files.count > 12)
            for file in files {
                #expect(Layout.kind(of: file) != nil, "\(file)")
            }
        }
    }

    @Test func aBallotOutsideTheLayoutIsNotCountedAndCheckNamesIt() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session)
            try root.castBallot(poll: poll, member: "m01", answers: [Poll.yes], at: Fixture.now)
            let folder = root.absolute(Layout.ballotsFolder(session: session.id, poll: poll.id))
            let sound = try readBytes(folder + "/m01.json")
            try writeBytes(sound, to: folder + "/M02.json")
            try writeBytes(sound, to: folder + "/m03.json.bak")

            let loaded = root.ballots(of: poll)
            #expect(loaded.values.count == 1)
            #expect(loaded.problems.map(\.path) == [folder + "/M02.json", folder + "/m03.json.bak"])
            #expect(root.results(of: poll).results.base == 1)
            let unexpected = root.check().filter { $0.reason.fr.hasPrefix("fichier inattendu") }.map(\.path)
            #expect(unexpected == [folder + "/M02.json", folder + "/m03.json.bak"])
        }
    }

    @Test func aFolderOutsideTheLayoutIsNamedOnceAndNotWalked() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            let notes = root.absolute(Layout.sessionFolder(session.id)) + "/notes"
            try FileManager.default.createDirectory(
                atPath: notes + "/deep", withIntermediateDirectories: true)
            try writeBytes([], to: notes + "/deep/a.json")
            try FileManager.default.createDirectory(
                atPath: root.path + "/.git/hooks", withIntermediateDirectories: true)
            try writeBytes([], to: root.path + "/.git/hooks/pre-commit")
            let problems = root.check()
            #expect(problems.map(\.path) == [notes])
            #expect(problems.first?.reason.en.hasPrefix("unexpected folder") == true)
        }
    }
}

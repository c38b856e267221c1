import Foundation
import Testing
@testable import SiteGenServer

/// The dev server when the site on disk turns against it: files swapped for links while the
/// build is failing, the site folder renamed, requests for other hosts (DNS rebinding).
@Suite("sitegen serve under faults")
struct ServeFaultTests {
    /// While the build is failing, an asset replaced by a link to a file outside the site is
    /// not served (the last good build's table names the path, but the file is no longer the
    /// one the build verified), and after a good build it is not part of the site at all.
    @Test func aLinkToAFileOutsideIsNeverServedEvenWhileTheBuildFails() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        let secret = try SecretFile()
        defer { secret.remove() }
        try await LiveServer.run(site) { server in
            let events = try TestConnection(port: server.port)
            events.request("/_sitegen/events", keepAlive: true)
            let style = site.root.appendingPathComponent("templates/assets/style.css")
            try FileManager.default.removeItem(at: style)
            try FileManager.default.createSymbolicLink(at: style, withDestinationURL: secret.file)
            try site.write("content/posts/broken.md", "---\ntitle: Broken\ndate: March 1\n---\n")
            #expect(await events.next("event: error\n") != nil)
            let whileFailing = try await get("/assets/style.css", port: server.port)
            #expect(whileFailing.status == "HTTP/1.1 503 Service Unavailable")
            #expect(!whileFailing.text.contains(SecretFile.text))

            try site.write("content/posts/broken.md", "---\ntitle: Fixed\ndate: 2024-03-02\n---\n")
            #expect(await events.next("event: reload\n") != nil)
            let afterGoodBuild = try await get("/assets/style.css", port: server.port)
            #expect(afterGoodBuild.status == "HTTP/1.1 404 Not Found")
            #expect(!afterGoodBuild.text.contains(SecretFile.text))
        }
    }

    @Test func renamingTheSiteFolderKeepsAssetsServedAndSaysWhy() async throws {
        let site = try ServerTestSite()
        let moved = site.root.deletingLastPathComponent().appendingPathComponent(site.root.lastPathComponent + "-moved")
        defer {
            site.remove()
            try? FileManager.default.removeItem(at: moved)
        }
        try await LiveServer.run(site) { server in
            let events = try TestConnection(port: server.port)
            events.request("/_sitegen/events", keepAlive: true)
            #expect(await events.next("retry: 500\n\n") != nil)
            try FileManager.default.moveItem(at: site.root, to: moved)
            #expect(await events.next("data: sitegen: the site folder \(site.root.path) is gone (renamed or deleted?)") != nil)
            let style = try await get("/assets/style.css", port: server.port)
            #expect(style.status == "HTTP/1.1 200 OK")
            #expect(style.text.hasSuffix("body { color: black; }\n"))
            #expect(try await get("/posts/first/", port: server.port).status == "HTTP/1.1 200 OK")
        }
    }

    @Test func otherHostsAreRefusedUnlessAllowed() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        try await LiveServer.run(site, adjust: { LiveServer.shortLimits(&$0); $0.allowedHosts = ["blog.test"] }) { server in
            let rebinding = try TestConnection(port: server.port)
            rebinding.send("GET /about/ HTTP/1.1\r\nHost: attacker.example:\(server.port)\r\n\r\n")
            #expect(await rebinding.next("HTTP/1.1 403 Forbidden\r\n") != nil)
            #expect(await rebinding.next("sitegen serve does not answer to host \"attacker.example\"; "
                                         + "to allow it, start sitegen serve with --allowed-host attacker.example\n") != nil)
            #expect(await rebinding.waitForClose(within: .seconds(5)))

            for host in ["blog.test", "localhost:\(server.port)", "127.0.0.1", "[::1]:\(server.port)", "app.localhost"] {
                let allowed = try TestConnection(port: server.port)
                allowed.send("GET /about/ HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
                #expect(await allowed.next("HTTP/1.1 200 OK\r\n") != nil, "\(host)")
            }
            let noHost = try TestConnection(port: server.port)
            noHost.send("GET /about/ HTTP/1.0\r\n\r\n")
            #expect(await noHost.next("HTTP/1.1 400 Bad Request\r\n") != nil)
        }
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import SiteGenCore
@testable import SiteGenServer

@Suite("Serving the built site")
struct ResponderTests {
    /// Runs `test` against an in-process server for the test site.
    func withSite(_ extra: [String: String] = [:], hub: EventHub = EventHub(),
                  _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let site = try ServerTestSite(extra)
        defer { site.remove() }
        let served = try site.served()
        let application = Application(responder: SiteResponder(store: SiteStore(served), hub: hub))
        try await application.test(.router, test)
    }

    @Test func servesPagesWithTheScript() async throws {
        try await withSite { client in
            for path in ["/", "/posts/first/", "/about/", "/tags/%EC%8A%A4%ED%94%84%EB%A7%81/"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-store")
                let body = String(buffer: response.body)
                #expect(body.hasSuffix(LiveReloadScript.element + "</BODY>\n</html>\n"), "\(path)")
            }
            let post = try await client.execute(uri: "/posts/first/?utm=x", method: .get)
            #expect(String(buffer: post.body).contains("Body of the first post."))
        }
    }

    @Test func servesEveryTypeWithItsContentType() async throws {
        let expected = [
            "/assets/style.css": "text/css; charset=utf-8", "/assets/app.js": "text/javascript; charset=utf-8",
            "/assets/icon.svg": "image/svg+xml; charset=utf-8", "/assets/font.woff2": "font/woff2",
            "/posts/pic.png": "image/png", "/files/photo.jpg": "image/jpeg", "/files/photo.jpeg": "image/jpeg",
            "/files/image.webp": "image/webp", "/files/data.json": "application/json; charset=utf-8",
            "/files/notes.txt": "text/plain; charset=utf-8", "/feed.xml": "application/xml; charset=utf-8",
            "/sitemap.xml": "application/xml; charset=utf-8", "/robots.txt": "text/plain; charset=utf-8",
        ]
        try await withSite { client in
            for (path, contentType) in expected {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType] == contentType, "\(path)")
                #expect(response.headers[.cacheControl] == "no-store", "\(path)")
                #expect(!String(buffer: response.body).contains("EventSource"), "\(path)")
            }
            #expect(String(buffer: try await client.execute(uri: "/files/notes.txt", method: .get).body) == "노트\n")
            #expect(String(buffer: try await client.execute(uri: "/feed.xml", method: .get).body).contains("http://127.0.0.1:1313/posts/first/"))
            let staticHTML = try await client.execute(uri: "/files/raw.html", method: .get)
            #expect(String(buffer: staticHTML.body) == "<p>static html</p>\n" + LiveReloadScript.element)
        }
    }

    @Test func servesStaticFilesAsEditedInPlaceButNothingElse() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        let application = Application(responder: SiteResponder(store: SiteStore(try site.served()), hub: EventHub()))
        try site.write("templates/assets/style.css", "body { color: red; }\n")
        try await application.test(.router) { client in
            #expect(String(buffer: try await client.execute(uri: "/assets/style.css", method: .get).body) == "body { color: red; }\n")
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/assets/app.js"))
            let gone = try await client.execute(uri: "/assets/app.js", method: .get)
            #expect(gone.status == .serviceUnavailable)
            #expect(gone.headers[.retryAfter] == "1")
            #expect(String(buffer: gone.body) == "templates/assets/app.js changed or moved since the last good build; it is served again once a build succeeds\n")
        }
    }

    /// An asset swapped for a link (or a hard link) to a file outside the site after the build
    /// verified it is never served: not the file, not its folder, not through a linked folder.
    @Test func neverServesALinkSwappedInAfterTheBuild() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        let secret = try SecretFile()
        defer { secret.remove() }
        let served = try site.served()
        let application = Application(responder: SiteResponder(store: SiteStore(served), hub: EventHub()))
        let assets = site.root.appendingPathComponent("templates/assets")
        try FileManager.default.removeItem(at: assets.appendingPathComponent("style.css"))
        try FileManager.default.createSymbolicLink(at: assets.appendingPathComponent("style.css"), withDestinationURL: secret.file)
        try FileManager.default.removeItem(at: assets.appendingPathComponent("app.js"))
        try FileManager.default.linkItem(at: secret.file, to: assets.appendingPathComponent("app.js"))
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/files"), to: site.root.appendingPathComponent("content/files-old"))
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("content/files"), withDestinationURL: secret.folder)
        try await application.test(.router) { client in
            for path in ["/assets/style.css", "/assets/app.js", "/files/notes.txt"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .serviceUnavailable, "\(path)")
                #expect(!String(buffer: response.body).contains(SecretFile.text), "\(path)")
            }
        }
    }

    /// Pages are prepared once per build: the body a request gets is the prepared one, with
    /// the script already in, never re-rendered or copied per request.
    @Test func pagesArePreparedOncePerBuild() throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        let served = try site.served()
        guard case .page(let first) = served.file(at: "posts/first/index.html"),
              case .page(let again) = served.file(at: "posts/first/index.html") else {
            throw TestFailure("no prepared page")
        }
        #expect(String(buffer: first.body).hasSuffix(LiveReloadScript.element + "</BODY>\n</html>\n"))
        #expect(first.contentType == "text/html; charset=utf-8")
        #expect(first.body.withUnsafeReadableBytes { $0.baseAddress } == again.body.withUnsafeReadableBytes { $0.baseAddress })
        guard case .page(let feed) = served.file(at: "feed.xml") else { throw TestFailure("no feed") }
        #expect(!String(buffer: feed.body).contains("EventSource"))
    }

    /// A rebuild prepares only the pages whose text changed; the others keep their bodies.
    @Test func aRebuildPreparesOnlyChangedPages() throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        let options = BuildOptions(baseURL: SiteURL(parsing: "http://127.0.0.1:1313/"), dryRun: true, rebuildCache: RebuildCache())
        let first = try #require(ServedSite(build(root: site.root, now: ServerTestSite.now, options: options), root: site.root))
        try site.write("content/about.md", "---\ntitle: About\n---\nHello again.\n")
        let result = build(root: site.root, now: ServerTestSite.now, options: options)
        let second = try #require(ServedSite(result, folder: first.folder, previous: first))
        func body(_ site: ServedSite, _ path: String) throws -> ByteBuffer {
            guard case .page(let page) = site.file(at: path) else { throw TestFailure("no page \(path)") }
            return page.body
        }
        let address = { (buffer: ByteBuffer) in buffer.withUnsafeReadableBytes { $0.baseAddress } }
        #expect(address(try body(second, "posts/first/index.html")) == address(try body(first, "posts/first/index.html")))
        #expect(String(buffer: try body(second, "about/index.html")).contains("Hello again."))
        let fresh = try #require(ServedSite(result, root: site.root))
        for file in result.files {
            #expect(try body(second, file.outputPath) == body(fresh, file.outputPath), "\(file.outputPath)")
        }
    }

    @Test func missingPagesGetTheSitesOwn404() async throws {
        try await withSite { client in
            for path in ["/nope/", "/posts/missing/", "/nope.png", "/site.yaml", "/content/about.md", "/templates/404.mustache"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let body = String(buffer: response.body)
                #expect(body.contains("Our own 404"), "\(path)")
                #expect(body.contains(LiveReloadScript.element))
            }
        }
    }

    @Test func siteWithout404PageGetsAPlainOne() async throws {
        let response = SiteResponder.page(path: "/x/", query: nil, in: ServedSite())
        #expect(response.status == .notFound)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
    }

    @Test func folderWithoutSlashRedirects() async throws {
        try await withSite { client in
            let about = try await client.execute(uri: "/about", method: .get)
            #expect(about.status == .found)
            #expect(about.headers[.location] == "/about/")
            let tag = try await client.execute(uri: "/tags/%EC%8A%A4%ED%94%84%EB%A7%81?x=1", method: .get)
            #expect(tag.headers[.location] == "/tags/%EC%8A%A4%ED%94%84%EB%A7%81/?x=1")
        }
    }

    @Test func headHasTheHeadersAndNoBody() async throws {
        try await withSite { client in
            let get = try await client.execute(uri: "/posts/first/", method: .get)
            let head = try await client.execute(uri: "/posts/first/", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentType] == "text/html; charset=utf-8")
            #expect(head.headers[.contentLength] == String(get.body.readableBytes))
            let missing = try await client.execute(uri: "/nope/", method: .head)
            #expect(missing.status == .notFound)
            #expect(missing.body.readableBytes == 0)
            let events = try await client.execute(uri: "/_sitegen/events", method: .head)
            #expect(events.headers[.contentType] == "text/event-stream; charset=utf-8")
        }
    }

    @Test func onlyGetAndHead() async throws {
        try await withSite { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch, .options] {
                let response = try await client.execute(uri: "/", method: method)
                #expect(response.status == .methodNotAllowed, "\(method)")
                #expect(response.headers[.allow] == "GET, HEAD")
            }
        }
    }

    @Test func nothingOutsideTheSiteCanBeRead() async throws {
        let attempts = [
            "/../site.yaml", "/assets/../../site.yaml", "/%2e%2e/site.yaml", "/assets/%2e%2e/%2e%2e/site.yaml",
            "/assets%2f..%2f..%2fsite.yaml", "/assets/..%5c..%5csite.yaml", "/assets\\..\\..\\site.yaml",
            "/%2fetc%2fpasswd", "//etc/passwd", "/etc/passwd", "/../../../../etc/passwd", "/index.html%00.png",
            "/%00", "/%252e%252e/site.yaml", "/assets/%2e%2e/templates/404.mustache", "/..%2f..%2fetc%2fpasswd",
        ]
        try await withSite { client in
            for attempt in attempts {
                let response = try await client.execute(uri: attempt, method: .get)
                #expect(response.status == .badRequest || response.status == .notFound, "\(attempt)")
                let body = String(buffer: response.body)
                #expect(!body.contains("baseURL") && !body.contains("root:") && !body.contains("{{<layout}}"), "\(attempt)")
            }
        }
    }

    @Test func eventStreamEndsWhenTheHubCloses() async throws {
        let hub = EventHub()
        await hub.publish(.error("content/posts/x.md:2:1: error: <b>bad</b>"))
        await hub.close()
        try await withSite(hub: hub) { client in
            let response = try await client.execute(uri: "/_sitegen/events", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream; charset=utf-8")
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(String(buffer: response.body) == "retry: 500\n\n")
        }
    }
}

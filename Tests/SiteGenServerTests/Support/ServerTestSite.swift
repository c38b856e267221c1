import Foundation
import SiteGenCore
@testable import SiteGenServer

/// A throwaway site folder with minimal templates, a page, posts and one static file of
/// every served type; removed by `remove()`.
struct ServerTestSite {
    /// The clock of every test build: 2025-01-01T00:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_735_689_600)

    let root: URL

    init(_ extra: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-server-test-\(UUID().uuidString)")
        var files = Self.files
        files.merge(extra) { $1 }
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The site built in memory for `http://127.0.0.1:1313/`, as the server holds it.
    func served() throws -> ServedSite {
        let options = BuildOptions(baseURL: SiteURL(parsing: "http://127.0.0.1:1313/"), dryRun: true)
        let result = build(root: root, now: Self.now, options: options)
        guard let site = ServedSite(result, root: root) else { throw TestFailure("build failed: \(result.diagnostics)") }
        return site
    }

    static let files: [String: String] = [
        "site.yaml": "title: Test\nbaseURL: https://example.com/\n",
        "templates/layout.mustache": "<!doctype html>\n<html><head><title>{{page.documentTitle}}</title></head>\n<BODY>{{$main}}{{/main}}</BODY>\n</html>\n",
        "templates/home.mustache": "{{<layout}}{{$main}}<h1>Home</h1>{{#posts}}<a href=\"{{url}}\">{{title}}</a>{{/posts}}{{/main}}{{/layout}}",
        "templates/post.mustache": "{{<layout}}{{$main}}<h1>{{post.title}}</h1>{{{post.content}}}{{/main}}{{/layout}}",
        "templates/page.mustache": "{{<layout}}{{$main}}<h1>{{page.title}}</h1>{{{content}}}{{/main}}{{/layout}}",
        "templates/list.mustache": "{{<layout}}{{$main}}{{#posts}}<a href=\"{{url}}\">{{title}}</a>{{/posts}}{{/main}}{{/layout}}",
        "templates/tags.mustache": "{{<layout}}{{$main}}{{#tags}}<a href=\"{{url}}\">{{name}}</a>{{/tags}}{{/main}}{{/layout}}",
        "templates/tag.mustache": "{{<layout}}{{$main}}<h1>{{tag.name}}</h1>{{/main}}{{/layout}}",
        "templates/404.mustache": "{{<layout}}{{$main}}<h1>Our own 404</h1>{{/main}}{{/layout}}",
        "templates/assets/style.css": "body { color: black; }\n",
        "templates/assets/app.js": "console.log(1);\n",
        "templates/assets/icon.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n",
        "templates/assets/font.woff2": "wOF2",
        "content/about.md": "---\ntitle: About\n---\nHello.\n",
        "content/posts/2024-03-01-first.md": "---\ntitle: First\ndate: 2024-03-01\ntags: [스프링]\n---\nBody of the first post.\n",
        "content/posts/pic.png": "PNG",
        "content/files/photo.jpg": "JPG",
        "content/files/photo.jpeg": "JPEG",
        "content/files/image.webp": "WEBP",
        "content/files/data.json": "{\"a\": 1}\n",
        "content/files/notes.txt": "노트\n",
        "content/files/raw.html": "<p>static html</p>\n",
    ]
}

/// A failed test precondition, with its reason.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A file outside every test site, which no response may ever contain.
struct SecretFile {
    static let text = "root:x:0:0:secret outside the site"
    let folder: URL
    var file: URL { folder.appendingPathComponent("notes.txt") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-secret-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.text.utf8).write(to: file)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

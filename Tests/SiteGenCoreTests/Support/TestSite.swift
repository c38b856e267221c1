import Foundation
@testable import SiteGenCore

/// A throwaway site folder written from `[path: text]`, removed by `remove()`.
struct TestSite {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Builds with a fixed clock.
    func build(_ options: BuildOptions = BuildOptions()) -> BuildResult {
        SiteGenCore.build(root: root, now: Fixtures.now, options: options)
    }
}

enum Fixtures {
    /// The clock of every test build: 2025-01-01T00:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_735_689_600)

    /// `Tests/SiteGenCoreTests/Fixtures`, found from this file, not the working directory.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Minimal templates covering every page kind, for in-memory sites.
    static let templates: [String: String] = [
        "templates/layout.mustache": "<html lang=\"{{site.language}}\"><title>{{page.documentTitle}}</title>{{$main}}{{/main}}</html>\n",
        "templates/home.mustache": "{{<layout}}{{$main}}<h1>{{page.title}}</h1>{{{intro}}}{{#posts}}<a href=\"{{url}}\">{{title}}</a>{{/posts}}{{/main}}{{/layout}}",
        "templates/post.mustache": "{{<layout}}{{$main}}<h1>{{post.title}}</h1>{{#post.toc}}<nav>{{#items}}<a href=\"{{url}}\">{{text}}</a>{{/items}}</nav>{{/post.toc}}{{{post.content}}}{{/main}}{{/layout}}",
        "templates/page.mustache": "{{<layout}}{{$main}}<h1>{{page.title}}</h1>{{{content}}}{{/main}}{{/layout}}",
        "templates/list.mustache": "{{<layout}}{{$main}}{{#posts}}<a href=\"{{url}}\">{{title}}</a>{{/posts}}{{/main}}{{/layout}}",
        "templates/tags.mustache": "{{<layout}}{{$main}}{{#tags}}<a href=\"{{url}}\">{{name}}</a>{{/tags}}{{/main}}{{/layout}}",
        "templates/tag.mustache": "{{<layout}}{{$main}}<h1>{{tag.name}}</h1>{{#posts}}<a href=\"{{url}}\">{{title}}</a>{{/posts}}{{/main}}{{/layout}}",
        "templates/404.mustache": "{{<layout}}{{$main}}<h1>404</h1>{{/main}}{{/layout}}",
    ]

    /// A small valid site: config, templates, one page and two posts.
    static func site(_ extra: [String: String] = [:]) -> [String: String] {
        var files = templates
        files["site.yaml"] = "title: Test\nbaseURL: https://example.com/\n"
        files["content/about.md"] = "---\ntitle: About\n---\nHello.\n"
        files["content/posts/2024-03-01-first.md"] = "---\ntitle: First\ndate: 2024-03-01\ntags: [a]\n---\nBody.\n"
        files["content/posts/second.md"] = "---\ntitle: Second\ndate: 2024-03-02\n---\n[first](/posts/first/)\n"
        files.merge(extra) { $1 }
        return files
    }
}

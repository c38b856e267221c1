import Foundation
import Testing
@testable import SiteGenCore

@Suite("Build, write and safety")
struct BuildTests {
    @Test func buildsEveryPageKind() throws {
        let site = try TestSite(Fixtures.site(["content/posts/pic.png": "png"]))
        defer { site.remove() }
        let result = site.build()
        #expect(result.diagnostics == [])
        for path in ["index.html", "about/index.html", "posts/index.html", "posts/first/index.html", "posts/second/index.html",
                     "tags/index.html", "tags/a/index.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "posts/pic.png"] {
            #expect(site.exists("public/\(path)"), "\(path)")
        }
        #expect(try site.read("public/robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://example.com/sitemap.xml\n")
    }

    @Test func failedBuildLeavesPreviousOutputUntouched() throws {
        let site = try TestSite(Fixtures.site())
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = try TreeSnapshot(site.root.appendingPathComponent("public"))
        try site.write("content/posts/broken.md", "---\ntitle: x\n")
        try site.write("content/posts/second.md", "---\ntitle: Changed\ndate: 2024-03-02\n---\nNew body.\n")
        let result = site.build()
        #expect(!result.succeeded)
        #expect(try TreeSnapshot(site.root.appendingPathComponent("public")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)
    }

    @Test func successfulBuildReplacesOutputWhole() throws {
        let site = try TestSite(Fixtures.site())
        defer { site.remove() }
        #expect(site.build().succeeded)
        try site.write("public/stale.html", "old")
        #expect(site.build().succeeded)
        #expect(!site.exists("public/stale.html"))
    }

    @Test func outputIsDeterministic() throws {
        let site = try TestSite(Fixtures.site([
            "content/posts/c.md": "---\ntitle: C\ndate: 2024-03-02\ntags: [b, a, 한글]\n---\n## x\n## x\n## y\n",
        ]))
        defer { site.remove() }
        let first = site.root.appendingPathComponent("out1")
        let second = site.root.appendingPathComponent("out2")
        #expect(site.build(BuildOptions(output: first)).succeeded)
        #expect(site.build(BuildOptions(output: second)).succeeded)
        #expect(try TreeSnapshot(first) == TreeSnapshot(second))
    }

    /// A build that writes renders each page straight into the staging folder, creating the
    /// one-page folders (`posts/<slug>/`) on the worker that writes them; the files must be
    /// exactly the ones a dry run renders in memory, plus the static files.
    @Test func writtenFilesEqualTheDryRun() throws {
        let site = try TestSite(Fixtures.site([
            "content/posts/c.md": "---\ntitle: C\ndate: 2024-03-02\ntags: [b, a, 한글]\n---\n## x\n## x\n## y\n",
            "content/notes/deep/page.md": "---\ntitle: Deep\n---\nbody\n",
            "content/notes/deep/diagram.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "templates/assets/site.css": "body{}",
        ]))
        defer { site.remove() }
        let dry = site.build(BuildOptions(dryRun: true))
        let written = site.build()
        #expect(written.succeeded)
        #expect(written.fileCount == dry.files.count)
        let tree = try TreeSnapshot(site.root.appendingPathComponent("public"))
        var expected = Dictionary(uniqueKeysWithValues: dry.files.map { ($0.outputPath, Data($0.contents.utf8)) })
        for file in dry.site?.staticFiles ?? [] {
            expected[file.outputPath] = try Data(contentsOf: site.root.appendingPathComponent(file.sourcePath))
        }
        #expect(tree.files.keys.sorted() == expected.keys.sorted())
        #expect(tree.files == expected)
        #expect(tree.files["notes/deep/diagram.svg"] != nil)
    }

    /// A rebuild keeps the file (inode and modification time) of every page whose bytes did not
    /// change, so sync tools upload only what changed; changed pages are new files.
    @Test func rebuildKeepsUnchangedFiles() throws {
        let site = try TestSite(Fixtures.site(["templates/assets/a.css": "a{}", "templates/assets/b.css": "b{}"]))
        defer { site.remove() }
        #expect(site.build(BuildOptions(useCache: false)).succeeded)
        func inode(_ path: String) -> UInt64? {
            var info = stat()
            return stat(site.root.appendingPathComponent("public/\(path)").path, &info) == 0 ? UInt64(info.st_ino) : nil
        }
        let about = inode("about/index.html"), second = inode("posts/second/index.html")
        let cssA = inode("assets/a.css"), cssB = inode("assets/b.css")
        try site.write("content/posts/second.md", "---\ntitle: Second, edited\ndate: 2024-03-02\n---\nnew body\n")
        try site.write("templates/assets/b.css", "b{color:red}")
        #expect(site.build(BuildOptions(useCache: false)).succeeded)
        #expect(about != nil && inode("about/index.html") == about)
        #expect(cssA != nil && inode("assets/a.css") == cssA)
        #expect(inode("posts/second/index.html") != second)
        #expect(inode("assets/b.css") != cssB)
        #expect(try site.read("public/posts/second/index.html").contains("new body"))
        #expect(try site.read("public/assets/b.css") == "b{color:red}")
        let clean = site.root.appendingPathComponent("clean")
        #expect(site.build(BuildOptions(output: clean, useCache: false)).succeeded)
        #expect(try TreeSnapshot(site.root.appendingPathComponent("public")) == TreeSnapshot(clean))
    }

    @Test func refusesDangerousOutputFolders() throws {
        let site = try TestSite(Fixtures.site())
        defer { site.remove() }
        for output in [site.root, site.root.appendingPathComponent("content"), site.root.appendingPathComponent("templates"),
                       site.root.deletingLastPathComponent(), URL(fileURLWithPath: "/"), site.root.appendingPathComponent("content/posts/out")] {
            let result = site.build(BuildOptions(output: output))
            #expect(!result.succeeded, "\(output.path)")
            #expect(result.diagnostics.first?.message.hasPrefix("refusing to write the site to this folder") == true)
        }
        #expect(site.exists("content/about.md"))
    }

    @Test func refusesToReplaceAFolderThatIsNotASite() throws {
        let site = try TestSite(Fixtures.site(["precious/notes.txt": "keep me"]))
        defer { site.remove() }
        let result = site.build(BuildOptions(output: site.root.appendingPathComponent("precious")))
        #expect(result.diagnostics.map(\.message) == ["refusing to replace this folder: it is not empty and has no index.html, so it does not look like a built site"])
        #expect(try site.read("precious/notes.txt") == "keep me")
    }

    @Test func symbolicLinkLoopsEnd() throws {
        let site = try TestSite(Fixtures.site())
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/loop").path,
                                                   withDestinationPath: site.root.appendingPathComponent("content").path)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/outside.md").path,
                                                   withDestinationPath: "/etc/hostname")
        let result = site.build()
        #expect(result.succeeded)
        #expect(result.diagnostics.map(\.description) == [
            "content/loop: warning: skipped: folder was already read (symbolic link loop?)",
            "content/outside.md: warning: skipped: link points outside the site root",
        ])
    }

    @Test func missingTemplatesAreReported() throws {
        var files = Fixtures.site()
        files["templates/post.mustache"] = nil
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.build().diagnostics.map(\.description) == [
            "templates/post.mustache: error: missing template; every site needs home.mustache, post.mustache, page.mustache, list.mustache, tags.mustache, tag.mustache, 404.mustache",
        ])
    }

    @Test func baseURLOverrideAndDryRun() throws {
        let site = try TestSite(Fixtures.site())
        defer { site.remove() }
        let result = site.build(BuildOptions(baseURL: SiteURL(parsing: "https://user.github.io/blog/"), dryRun: true))
        #expect(result.succeeded)
        #expect(!site.exists("public"))
        let second = try #require(result.files.first { $0.outputPath == "posts/second/index.html" })
        #expect(second.contents.contains("<a href=\"/blog/posts/first/\">first</a>"))
    }

    @Test func templateValuesAreEscaped() throws {
        let site = try TestSite(Fixtures.site(["content/posts/x.md": "---\ntitle: \"<script>alert('x')</script>\"\ndate: 2024-01-01\n---\nx\n"]))
        defer { site.remove() }
        let result = site.build(BuildOptions(dryRun: true))
        let page = try #require(result.files.first { $0.outputPath == "posts/x/index.html" })
        #expect(page.contents.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</h1>"))
    }
}

@Suite("Templates")
struct TemplateTests {
    @Test func syntaxErrorsOnTheFirstLineKeepTheirColumn() {
        let (_, problems) = TemplateSet.compile([SourceFile(sourcePath: "templates/x.mustache", text: "<p>{{#a}}{{/b}}</p>")])
        #expect(problems.first?.description == "templates/x.mustache:1:14: error: section close name incorrect; close each {{#name}} with {{/name}}")
    }

    /// `toc.html` is the markup the item loop of the theme writes, byte for byte, with
    /// escaping, Hangul ids and level 3 entries (also one before any level 2).
    @Test func tocHTMLEqualsTheItemLoop() throws {
        let loop = """
            <ol>
            {{#post.toc.items}}
            <li><a href="{{url}}">{{text}}</a>{{^empty(children)}}
            <ol>
            {{#children}}
            <li><a href="{{url}}">{{text}}</a></li>
            {{/children}}
            </ol>
            {{/empty(children)}}</li>
            {{/post.toc.items}}
            </ol>
            """
        let site = try TestSite(Fixtures.site([
            "templates/post.mustache": "{{#post.toc}}{{{post.toc.html}}}\n=====\n\(loop)\n{{/post.toc}}",
            "content/posts/t.md": "---\ntitle: T\ndate: 2024-03-03\n---\n### 먼저 <3 & \"따옴표\"\n## 설치 전 할 일\n### `code` 안\n### 둘째\n## 마지막\n",
        ]))
        defer { site.remove() }
        let result = site.build(BuildOptions(dryRun: true))
        let page = try #require(result.files.first { $0.outputPath == "posts/t/index.html" })
        let halves = page.contents.components(separatedBy: "\n=====\n")
        #expect(halves.count == 2)
        #expect(halves.first == halves.last?.trimmingCharacters(in: .newlines))
        #expect(halves.first?.contains("<li><a href=\"#%EB%A8%BC%EC%A0%80-3--%EB%94%B0%EC%98%B4%ED%91%9C\">먼저 &lt;3 &amp; &quot;따옴표&quot;</a></li>") == true)
    }

    /// With `partials/post-item`, each post's list entry is rendered once and shown through
    /// `{{{html}}}`; it must equal including the partial in the loop.
    @Test func postItemHTMLEqualsThePartialInTheLoop() throws {
        let site = try TestSite(Fixtures.site([
            "templates/partials/post-item.mustache": "<li><a href=\"{{url}}\">{{title}}</a> {{#tags}}#{{name}} {{/tags}}{{site.title}}</li>\n",
            "templates/list.mustache": "{{#posts}}{{{html}}}{{/posts}}=====\n{{#posts}}{{>partials/post-item}}{{/posts}}",
            "content/posts/t.md": "---\ntitle: \"<T> & 가\"\ndate: 2024-03-03\ntags: [a, 나]\n---\nx\n",
        ]))
        defer { site.remove() }
        let result = site.build(BuildOptions(dryRun: true))
        #expect(result.diagnostics == [])
        let list = try #require(result.files.first { $0.outputPath == "posts/index.html" })
        let halves = list.contents.components(separatedBy: "=====\n")
        #expect(halves.count == 2 && halves[0] == halves[1])
        #expect(halves[0].hasPrefix("<li><a href=\"/posts/t/\">&lt;T&gt; &amp; 가</a> #a #나 Test</li>\n"))
    }

    @Test func escapingMatchesMustache() throws {
        let (templates, _) = TemplateSet.compile([SourceFile(sourcePath: "templates/x.mustache", text: "{{a}}|{{{a}}}")])
        #expect(templates.render(["a": "<a href=\"x\">'&'</a>"], with: "x") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;|<a href=\"x\">'&'</a>")
    }
}

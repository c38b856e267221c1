import Foundation
import Testing
@testable import SiteGenCore

/// Which files become posts, where their images are, and what happens when two want one URL.
@Suite("Import entries")
struct ImportEntryTests {
    func post(_ path: String, url: String, kind: ImportEntry.Kind = .post) -> ImportEntry {
        ImportEntry(kind: kind, sourcePath: path, matter: ForeignFrontMatter(body: ""), targetPath: "content/" + path,
                    url: url, extras: FrontMatterMapping.Extras(title: path))
    }

    @Test func chirpyImagePathsBecomeAddresses() {
        var log = ImportLog()
        let text = "![a](a.png) [link](b.png) ![c](/img/c.png \"title\") ![d](https://x/d.png) `![e](e.png)`"
        #expect(ChirpyMedia.rewrite(text, subpath: "/posts/2024/", cdn: nil, log: &log)
            == "![a](/posts/2024/a.png) [link](b.png) ![c](/img/c.png \"title\") ![d](https://x/d.png) `![e](e.png)`")
        #expect(ChirpyMedia.rewrite("![a](a.png) ![c](/img/c.png)", subpath: "/p", cdn: "https://cdn.example.com/", log: &log)
            == "![a](https://cdn.example.com/p/a.png) ![c](https://cdn.example.com/img/c.png)")
        #expect(ChirpyMedia.rewrite("![a](a.png)", subpath: nil, cdn: nil, log: &log) == "![a](a.png)")
        #expect(log.converted == ["Chirpy image paths (media_subpath, cdn) → addresses": 3])
    }

    @Test func postsThatWouldShareAURLGetNumberedSlugs() {
        var entries = [post("_posts/java/2024-01-02-a.md", url: "/posts/a/"), post("_posts/2024-01-01-a.md", url: "/posts/a/"),
                       post("_posts/2024-01-03-a-2.md", url: "/posts/a-2/"), post("_posts/web/2024-01-04-a.md", url: "/posts/a/"),
                       post("about.md", url: "/about/", kind: .page), post("about/index.md", url: "/about/", kind: .page)]
        var log = ImportLog()
        URLCollisions.resolve(&entries, log: &log)
        #expect(entries.map(\.url) == ["/posts/a-3/", "/posts/a/", "/posts/a-2/", "/posts/a-4/", "/about/", "/about/"])
        #expect(entries.map(\.extras.slug) == ["a-3", nil, nil, "a-4", nil, nil])
        #expect(log.warnings.map(\.description) == [
            "_posts/java/2024-01-02-a.md: warning: its URL /posts/a/ is also _posts/2024-01-01-a.md's (the old site could show only one of them there); now /posts/a-3/",
            "_posts/web/2024-01-04-a.md: warning: its URL /posts/a/ is also _posts/2024-01-01-a.md's (the old site could show only one of them there); now /posts/a-4/",
            "about/index.md: warning: its URL /about/ is also about.md's; the build will say so: give one of them another slug",
        ])
    }

    @Test func anEmptyPostIsLeftOut() throws {
        let source = try TestSite(["_config.yml": "title: 블로그\n", "_posts/2024-01-01-empty.md": "\n  \n", "_posts/2024-01-02-b.md": "---\ntitle: B\n---\n본문\n"])
        defer { source.remove() }
        let plan = JekyllImport(site: ImportReader(root: source.root).read().0, now: Fixtures.now).plan()
        #expect(plan.posts == 1)
        #expect(plan.log.warnings.map(\.description) == ["_posts/2024-01-01-empty.md: warning: not imported: the file is empty"])
    }

    @Test func rawHTMLIsJudgedOnTheConvertedText() throws {
        func settings(_ post: String) throws -> [String] {
            let source = try TestSite(["_config.yml": "title: 블로그\n", "_posts/2024-01-01-a.md": "---\ntitle: A\n---\n" + post])
            defer { source.remove() }
            return JekyllImport(site: ImportReader(root: source.root).read().0, now: Fixtures.now).plan().settings.lines
        }
        #expect(try !settings("{% highlight cpp %}\nstd::vector<int> a;\n{% endhighlight %}\n").contains("  unsafe: true"),
                "code in {% highlight %} is fenced code after the import, not HTML")
        #expect(try settings("<details><summary>더 보기</summary>\n\n본문\n</details>\n").contains("  unsafe: true"))
    }

    @Test func chirpyPreviewImageIsBelowMediaSubpath() throws {
        let source = try TestSite(["_config.yml": "title: 블로그\n",
                                   "_posts/2024-01-01-a.md": "---\ntitle: A\nmedia_subpath: /assets/img/a\nimage:\n  path: cover.png\n---\n본문\n"])
        defer { source.remove() }
        let plan = JekyllImport(site: ImportReader(root: source.root).read().0, now: Fixtures.now).plan()
        guard case .text(let text)? = plan.files.first(where: { $0.path == "content/posts/2024-01-01-a.md" })?.content else {
            Issue.record("no post in \(plan.files.map(\.path))")
            return
        }
        #expect(text.contains("\nimage: /assets/img/a/cover.png\n"))
    }
}

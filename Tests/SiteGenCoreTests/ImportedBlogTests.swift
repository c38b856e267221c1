import Foundation
import Testing
@testable import SiteGenCore

/// The acceptance on whole blogs, built with this repository's own theme: a Korean
/// Chirpy blog with posts in category folders (`Fixtures/import/jekyll-chirpy-folders`), a
/// Minimal Mistakes blog (`jekyll-minimal-mistakes`) and a site made with `hugo new site`
/// (`hugo-new-site`). Imported, they build with no errors, list
/// every published post, redirect every old URL and show no Liquid, kramdown or shortcode text;
/// the Chirpy blog's `_posts/` dropped into `content/posts/` as it is builds too.
@Suite("Imported blogs with the real theme")
struct ImportedBlogTests {
    static let theme = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    /// Every file below `folder`, by path relative to it.
    static func files(in folder: URL, under prefix: String) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) ?? FileManager.DirectoryEnumerator() {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            found[prefix + String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return found
    }

    /// The fixture imported into a new site with the real theme, built in memory.
    func importAndBuild(_ name: String) throws -> (ImportPlan, BuildResult, [String: String]) {
        let (plan, _, site) = try ImportFixtureTests.importSite(name, from: Fixtures.folder.appendingPathComponent("import/\(name)/source"))
        defer { site.remove() }
        for (path, data) in try Self.files(in: Self.theme, under: "templates/") { try site.write(path, data) }
        let result = site.build(BuildOptions(dryRun: true))
        return (plan, result, Dictionary(uniqueKeysWithValues: result.files.map { ($0.outputPath, $0.contents) }))
    }

    /// The page a redirect page at `outputPath` sends readers to.
    func redirectTarget(_ pages: [String: String], _ outputPath: String) -> String? {
        guard let page = pages[outputPath], page.contains("<meta name=\"robots\" content=\"noindex\">"),
              let start = page.range(of: "<link rel=\"canonical\" href=\"") else { return nil }
        return String(page[start.upperBound...].prefix { $0 != "\"" })
    }

    func expectNoForeignSyntax(_ pages: [String: String]) {
        for (path, html) in pages.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            #expect(ForeignSyntax.find(in: html).isEmpty, "\(path) shows \(ForeignSyntax.find(in: html))")
        }
    }

    /// The fixtures' images are placeholders (a few bytes of text): the image stage publishes
    /// them as they are, with a warning each, which these tests are not about.
    static func withoutPlaceholderImages(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { !$0.message.hasSuffix("it is published as it is, without renditions or a size") }
    }

    @Test func chirpyBlogInCategoryFolders() throws {
        let (plan, result, pages) = try importAndBuild("jekyll-chirpy-folders")
        #expect(plan.log.warnings.isEmpty)
        #expect(Self.withoutPlaceholderImages(result.diagnostics).map(\.message).allSatisfy {
                    $0.hasPrefix("code shown without highlighting for a language sitegen does not know: \"cpp\"") },
                "no unknown fields, no foreign syntax: \(result.diagnostics.map(\.description))")
        let list = try #require(pages["posts/index.html"])
        for url in ["/posts/spring-transaction/", "/posts/redis-lock/", "/posts/cpp-move/", "/posts/jpa-n-plus-one/"] {
            #expect(list.contains("href=\"\(url)\""), "\(url) is listed")
        }
        #expect(!list.contains("아직 공개하지 않은 글") && !list.contains("Kafka 입문"), "published: false and drafts are not listed")
        #expect(redirectTarget(pages, "2023/05/01/spring-tx/index.html") == "https://devkim.github.io/posts/spring-transaction/")
        #expect(redirectTarget(pages, "java/spring-transaction.html") == "https://devkim.github.io/posts/spring-transaction/")
        #expect(redirectTarget(pages, "cpp/move-semantics/index.html") == "https://devkim.github.io/posts/cpp-move/")
        #expect(pages["tags/c/index.html"] != nil && pages["tags/c-plus-plus/index.html"] != nil, "C and C++ get a page each")
        #expect(pages["categories/java/index.html"] != nil && pages["categories/c-plus-plus/index.html"] != nil)
        #expect(pages["about/index.html"]?.contains("김개발") == true)
        let post = try #require(pages["posts/spring-transaction/index.html"])
        #expect(post.contains("callout-warning") && post.contains("callout-tip"))
        #expect(post.contains("application.yml"), "Chirpy's {: file=\"…\" } is the code block's title")
        #expect(post.contains("href=\"/posts/redis-lock/\""), "{% post_url %} is the post's new URL")
        #expect(pages["posts/redis-lock/index.html"]?.contains("src=\"/assets/img/posts/redis/flow.png\"") == true, "media_subpath is applied")
        expectNoForeignSyntax(pages)
    }

    @Test func minimalMistakesBlog() throws {
        let (plan, result, pages) = try importAndBuild("jekyll-minimal-mistakes")
        #expect(plan.log.warnings.isEmpty)
        #expect(plan.settings.lines.contains("markdown:") == false, "the notice <div> became a callout, so no raw HTML is left")
        #expect(Self.withoutPlaceholderImages(result.diagnostics).map(\.description) == [])
        let list = try #require(pages["posts/index.html"])
        #expect(list.contains("href=\"/posts/java-stream/\"") && list.contains("href=\"/posts/java-optional/\""))
        #expect(redirectTarget(pages, "java/java-stream/index.html") == "https://leejava.github.io/posts/java-stream/", "permalink /:categories/:title/")
        #expect(pages["about/index.html"] != nil)
        let post = try #require(pages["posts/java-stream/index.html"])
        #expect(post.contains("callout-warning") && post.contains("<strong>주의</strong>"))
        #expect(post.contains("src=\"/assets/images/stream.png\""))
        expectNoForeignSyntax(pages)
    }

    @Test func hugoNewSite() throws {
        let (plan, result, pages) = try importAndBuild("hugo-new-site")
        #expect(plan.log.warnings.isEmpty)
        #expect(Self.withoutPlaceholderImages(result.diagnostics).map(\.description) == [])
        let list = try #require(pages["posts/index.html"])
        for url in ["/blog/posts/go-채널-완전-정복/", "/blog/posts/k8s-pods/", "/blog/posts/c-언어-포인터/"] {
            #expect(list.contains("href=\"\(URLEncoding.encodePath(url))\""), "\(url) is listed")
        }
        #expect(!list.contains("초안"), "drafts are not listed")
        let channels = "https://gopher.example.kr" + URLEncoding.encodePath("/blog/posts/go-채널-완전-정복/")
        #expect(redirectTarget(pages, "posts/go-channel-intro/index.html") == channels)
        #expect(redirectTarget(pages, "2024/01/channels.html") == channels)
        #expect(redirectTarget(pages, "2024/02/go-채널-완전-정복/index.html") == channels, "the [permalinks] URL")
        #expect(redirectTarget(pages, "old/pods/index.html") == "https://gopher.example.kr/blog/posts/k8s-pods/")
        #expect(redirectTarget(pages, "about-me/index.html") == "https://gopher.example.kr/blog/about/")
        #expect(pages["series/go-입문/index.html"] != nil, "Hugo's series taxonomy is a sitegen series")
        #expect(pages["categories/개발/index.html"] != nil && pages["tags/c-plus-plus/index.html"] != nil && pages["tags/c/index.html"] != nil)
        let post = try #require(pages["posts/go-채널-완전-정복/index.html"])
        #expect(post.contains("src=\"/blog/posts/go-channels/diagram.png\""), "the bundle's image moved along")
        #expect(post.contains("href=\"/blog/posts/k8s-pods/\""), "{{< ref >}} is the post's new URL")
        expectNoForeignSyntax(pages)
    }

    @Test func chirpyPostsBuildWithoutImport() throws {
        let source = Fixtures.folder.appendingPathComponent("import/jekyll-chirpy-folders/source")
        var files = try Self.files(in: source.appendingPathComponent("_posts"), under: "content/posts/")
        files.merge(try Self.files(in: source.appendingPathComponent("assets"), under: "content/assets/")) { $1 }
        files.merge(try Self.files(in: Self.theme, under: "templates/")) { $1 }
        files["site.yaml"] = Data("title: 블로그\nbaseURL: https://example.com/\nlanguage: ko\ntimezone: Asia/Seoul\n".utf8)
        let site = try TestSite([:])
        defer { site.remove() }
        for (path, data) in files { try site.write(path, data) }
        let result = site.build(BuildOptions(dryRun: true))
        let pages = Dictionary(uniqueKeysWithValues: result.files.map { ($0.outputPath, $0.contents) })
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let list = try #require(pages["posts/index.html"])
        for url in ["/posts/spring-transaction/", "/posts/redis-lock/", "/posts/cpp-move/", "/posts/jpa-n-plus-one/"] {
            #expect(list.contains("href=\"\(url)\""), "\(url) is listed")
        }
        #expect(!list.contains("아직 공개하지 않은 글"), "published: false is a draft")
        #expect(redirectTarget(pages, "java/spring-transaction.html") == "https://example.com/posts/spring-transaction/")
        #expect(redirectTarget(pages, "cpp/move-semantics/index.html") == "https://example.com/posts/cpp-move/", "a permalink that differs")
        #expect(pages["tags/c/index.html"] != nil && pages["tags/c-plus-plus/index.html"] != nil)
        #expect(pages["categories/java/index.html"] != nil)
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(warnings.filter { $0.hasPrefix("unknown front matter field 'layout'") }.count == 1, "one warning per key for the whole site")
        #expect(warnings.contains(ForeignSyntaxHint.message + " (in 4 files; first here)"), "Liquid and kramdown left as text are named once")
    }

    @Test func hugoPostsBuildWithoutImport() throws {
        let source = Fixtures.folder.appendingPathComponent("import/hugo-new-site/source")
        var files = try Self.files(in: source.appendingPathComponent("content/posts"), under: "content/posts/")
        files.merge(try Self.files(in: source.appendingPathComponent("static"), under: "content/")) { $1 }
        files.merge(try Self.files(in: Self.theme, under: "templates/")) { $1 }
        files["site.yaml"] = Data("title: 블로그\nbaseURL: https://example.com/\nlanguage: ko\ntimezone: Asia/Seoul\n".utf8)
        let site = try TestSite([:])
        defer { site.remove() }
        for (path, data) in files { try site.write(path, data) }
        let result = site.build(BuildOptions(dryRun: true))
        let pages = Dictionary(uniqueKeysWithValues: result.files.map { ($0.outputPath, $0.contents) })
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let list = try #require(pages["posts/index.html"])
        #expect(list.contains("href=\"/posts/k8s-pods/\""), "the TOML post is read and listed")
        #expect(list.contains("href=\"/posts/go-channels/\"") && list.contains("href=\"/posts/c-lang/\""))
        #expect(!list.contains("초안"))
        #expect(redirectTarget(pages, "old/pods/index.html") == "https://example.com/posts/k8s-pods/")
        #expect(redirectTarget(pages, "posts/go-channel-intro/index.html") == "https://example.com/posts/go-channels/")
        #expect(pages["series/go-입문/index.html"] != nil && pages["categories/인프라/index.html"] != nil)
        let warnings = result.diagnostics.map(\.message)
        #expect(warnings.contains(ForeignSyntaxHint.message + " (in 2 files; first here)"), "shortcodes left as text are named once")
    }
}

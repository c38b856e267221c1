import Foundation
import Testing
@testable import SiteGenCore

/// The image stage inside whole builds: renditions published, the cache reused and safe to
/// delete, covers and link previews, byte-identical output.
@Suite("Image stage")
struct ImageStageTests {
    static let post = """
    ---
    title: 그림 글
    date: 2024-03-03
    cover: ./cover.jpg
    ---
    ![첫 그림](diagram.png)

    ![두 번째](/posts/photo.png "사진")

    ![벡터](chart.svg)
    """

    static func site() throws -> TestSite {
        let site = try TestSite(Fixtures.site(["content/posts/pictures.md": post,
                                               "content/posts/chart.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 200\"></svg>",
                                               "templates/layout.mustache": "{{#page.socialImage}}<meta og=\"{{url}}\" w=\"{{width}}\">{{/page.socialImage}}{{$main}}{{/main}}\n",
                                               "templates/post.mustache": "{{<layout}}{{$main}}{{#post.cover}}{{{html}}}{{/post.cover}}{{{post.content}}}{{/main}}{{/layout}}",
                                               "templates/list.mustache": "{{<layout}}{{$main}}{{#posts}}{{#image}}[{{url}} {{width}}]{{/image}}{{/posts}}{{/main}}{{/layout}}"]))
        try site.write("content/posts/diagram.png", Data(TestImages.graphic(width: 1000, height: 600)))
        try site.write("content/posts/photo.png", Data(TestImages.photo(width: 1300, height: 700)))
        try site.write("content/posts/cover.jpg", Data(TestImages.encoded(TestImages.photo(width: 600, height: 300), as: .jpeg, width: 600, quality: 97)))
        return site
    }

    /// Every file of the output, by path.
    static func tree(_ site: TestSite) throws -> [String: Data] {
        try TreeSnapshot(site.root.appendingPathComponent("public")).files
    }

    @Test func publishesRenditionsAndFillsTheCatalog() throws {
        let site = try Self.site()
        defer { site.remove() }
        let result = site.build(BuildOptions(useCache: false))
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.images.processed == 3 && result.images.cached == 0 && result.images.asIs == 1)
        let files = try Self.tree(site).keys.filter { $0.hasPrefix("posts/") && !$0.hasSuffix(".html") }.sorted()
        let key = { (name: String) in files.first { $0.hasPrefix("posts/\(name)-") }.map { String($0.split(separator: ".")[1]) } ?? "" }
        let (diagram, photo, cover) = (key("diagram"), key("photo"), key("cover"))
        #expect(files == ["posts/chart.svg", "posts/cover-480.\(cover).avif", "posts/cover-480.\(cover).webp", "posts/cover-600.\(cover).avif",
                          "posts/cover-600.\(cover).webp", "posts/cover.jpg",
                          "posts/diagram-1000.\(diagram).webp", "posts/diagram.png",
                          "posts/photo-1200.\(photo).jpg", "posts/photo-1300.\(photo).avif", "posts/photo-1300.\(photo).webp",
                          "posts/photo-480.\(photo).avif", "posts/photo-480.\(photo).webp", "posts/photo-960.\(photo).avif",
                          "posts/photo-960.\(photo).webp", "posts/photo.png"].sorted())
        let catalog = try #require(result.site?.images)
        #expect(catalog.image(at: "/posts/diagram.png")?.kind == .graphic)
        #expect(catalog.image(at: "/posts/photo.png")?.social?.width == 1200)
        #expect(catalog.image(at: "/posts/chart.svg").map { [$0.width, $0.height] } == [300, 200])
        let page = try site.read("public/posts/pictures/index.html")
        #expect(page.hasPrefix("<meta og=\"https://example.com/posts/cover.jpg\" w=\"600\">"))
        #expect(page.contains("<picture><source type=\"image/avif\" srcset=\"/posts/cover-480.\(cover).avif 480w, /posts/cover-600.\(cover).avif 600w\""))
        #expect(page.contains("<img src=\"/posts/cover.jpg\" alt=\"\" width=\"600\" height=\"300\" decoding=\"async\"></picture>"))
        #expect(try site.read("public/posts/index.html").contains("[/posts/cover.jpg 600]"))
    }

    @Test func linkPreviewsSkipAnSVGBeforeTheFirstPictureTheyCanShow() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.write("content/posts/pictures.md", Data("---\ntitle: 그림 글\ndate: 2024-03-03\n---\n![벡터](chart.svg)\n\n![첫 그림](diagram.png)\n".utf8))
        #expect(site.build(BuildOptions(useCache: false)).succeeded)
        let page = try site.read("public/posts/pictures/index.html")
        #expect(page.hasPrefix("<meta og=\"https://example.com/posts/diagram.png\" w=\"1000\">"), "\(page.prefix(80))")
    }

    @Test func aSecondBuildTakesEverythingFromTheCacheAndDeletingItChangesNothing() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build(BuildOptions(useCache: false)).succeeded)
        let first = try Self.tree(site)
        let cache = site.root.appendingPathComponent(".sitegen-cache/images")
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted()
        #expect(entries.count == 4, "three entries and the stamps: \(entries)")

        let second = site.build(BuildOptions(useCache: false))
        #expect(second.images.processed == 0 && second.images.cached == 3)
        #expect(try Self.tree(site) == first)

        try FileManager.default.removeItem(at: cache)
        let third = site.build(BuildOptions(useCache: false))
        #expect(third.images.processed == 3)
        #expect(try Self.tree(site) == first, "the same input gives byte-identical output")
    }

    @Test func aBuildWithEveryImageCachedWritesEachBodyOnce() throws {
        let site = try Self.site()
        defer { site.remove() }
        // Parse writes bodies with the cached images; an SVG is read by the image stage itself.
        try site.write("content/posts/pictures.md", Data(Self.post.replacingOccurrences(of: "![벡터](chart.svg)", with: "").utf8))
        let cold = site.build(BuildOptions(useCache: false))
        #expect(cold.succeeded && cold.images.bodiesWrittenAgain == 1)
        let first = try Self.tree(site)
        let warm = site.build(BuildOptions(useCache: false))
        #expect(warm.images.cached == 3 && warm.images.bodiesWrittenAgain == 0)
        #expect(try Self.tree(site) == first, "bodies written at parse with the cached images are the same")
        // The original is published from the cache entry its renditions came from, by hard link.
        let published = try FileManager.default.attributesOfItem(atPath: site.root.appendingPathComponent("public/posts/diagram.png").path)
        #expect(published[.referenceCount] as? Int ?? 0 >= 2)
        let originals = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent(".sitegen-cache/images").path)
            .map { site.root.appendingPathComponent(".sitegen-cache/images/\($0)/original").path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        #expect(originals.count == 3)
        #expect(try originals.contains { try FileManager.default.attributesOfItem(atPath: $0)[.systemFileNumber] as? Int == published[.systemFileNumber] as? Int })

        try site.write("content/posts/diagram.png", Data(TestImages.graphic(width: 800, height: 600)))
        let changed = site.build(BuildOptions(useCache: false))
        #expect(changed.images.processed == 1 && changed.images.bodiesWrittenAgain == 1)
        #expect(try site.read("public/posts/pictures/index.html").contains("width=\"800\""))
    }

    @Test func aChangedImageIsEncodedAgainUnderNewNames() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build(BuildOptions(useCache: false)).succeeded)
        try site.write("content/posts/diagram.png", Data(TestImages.graphic(width: 800, height: 600)))
        let result = site.build(BuildOptions(useCache: false))
        #expect(result.images.processed == 1 && result.images.cached == 2)
        let names = try Self.tree(site).keys.filter { $0.hasPrefix("posts/diagram-") }.sorted()
        #expect(names.count == 1 && names[0].hasPrefix("posts/diagram-800."), "\(names)")
    }

    @Test func aBrokenImageFailsTheBuildAndKeepsThePreviousOutput() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build(BuildOptions(useCache: false)).succeeded)
        let before = try Self.tree(site)
        try site.write("content/posts/diagram.png", Data(TestImages.graphic(width: 100, height: 60).prefix(90)))
        let result = site.build(BuildOptions(useCache: false))
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/pictures.md:6:1: error: image \"diagram.png\" cannot be decoded: its PNG data is truncated or corrupt; export the image again",
        ])
        #expect(try Self.tree(site) == before)
    }

    @Test func checkAndServeSeeTheSameImages() throws {
        let site = try Self.site()
        defer { site.remove() }
        let dry = site.build(BuildOptions(dryRun: true))
        #expect(dry.succeeded)
        let statics = try #require(dry.site?.staticFiles.filter { $0.sourcePath.hasPrefix(".sitegen-cache/") })
        #expect(statics.count == 15, "12 renditions and the 3 originals")
        #expect(statics.allSatisfy { FileManager.default.fileExists(atPath: site.root.appendingPathComponent($0.sourcePath).path) })
    }
}

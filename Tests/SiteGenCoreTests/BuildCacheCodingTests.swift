import Foundation
import Testing
@testable import SiteGenCore

/// The build cache keeps parsed pages in `BinaryCoder`'s form; a page read back must be the
/// page written, every stored field of it.
@Suite("Build cache coding")
struct BuildCacheCodingTests {
    /// A page with every stored field, at every depth, set to something other than its default.
    static func fullPage() -> Page {
        var page = Page(kind: .post, sourcePath: "content/posts/a.md", slug: "a", url: "/posts/a/", title: "제목")
        page.date = Date(timeIntervalSince1970: 1_700_000_000.5)
        page.updated = Date(timeIntervalSince1970: 1_700_100_000)
        page.dateSpot = SourceSpot(sourcePath: "content/posts/a.md", line: 3, column: 7)
        page.updatedSpot = SourceSpot(sourcePath: "content/posts/a.md", line: 4, column: 10)
        page.tags = ["Spring Batch", "레디스"]
        page.categories = ["개발", "Backend"]
        page.aliases = [PageAlias(path: "/2024/01/a/", spot: SourceSpot(sourcePath: "content/posts/a.md", line: 8, column: 3))]
        page.imageFolder = "/assets/img/a/"
        page.image = "/assets/img/a/cover.png"
        page.imageSpot = SourceSpot(sourcePath: "content/posts/a.md", line: 9, column: 8)
        page.siteWideWarnings = [SiteWideWarning(message: "liquid", line: 12, column: 1)]
        page.cover = PageImage(destination: "./cover.png", sitePath: "/posts/cover.png", spot: SourceSpot(sourcePath: "content/posts/a.md", line: 10, column: 8))
        page.summary = "요약"
        page.draft = true
        page.template = "special"
        page.showsTOC = false
        page.toc = TOCLevels(min: 1, max: 4)
        page.math = true
        page.templateSpot = SourceSpot(sourcePath: "content/posts/a.md", line: 5, column: 11)
        page.series = "시리즈"
        page.seriesSpot = SourceSpot(sourcePath: "content/posts/a.md", line: 6, column: 9)
        page.seriesOrder = 2
        page.seriesOrderSpot = SourceSpot(sourcePath: "content/posts/a.md", line: 7, column: 14)
        let text = "---\ntitle: x\n---\n## 본문\n\n![그림](a.png \"제목\")\n"
        page.body = text[text.range(of: "## ")!.lowerBound...]
        page.bodyLine = 4
        page.content.html = "<h2 id=\"본문\">본문</h2>"
        page.content.headings = [Heading(level: 2, id: "본문", text: "본문")]
        page.content.ids = ["본문", "fn-1"]
        page.content.tasks = TaskCount(done: 1, total: 3)
        page.content.links = [SourceLink(destination: "/posts/b/", line: 2, column: 3, isImage: false)]
        page.content.images = [ImageReference(destination: "a.png", sitePath: "/posts/a.png", alt: "그림", title: "제목", index: 1, line: 6, column: 1)]
        page.content.firstParagraph = "첫 문단"
        page.content.wordCount = WordCount(hangulSyllables: 12, otherWords: 3)
        page.content.problems = [MarkdownProblem(line: 2, column: 5, message: "footnote")]
        page.content.unknownCodeLanguages = [UnknownCodeLanguage(language: "cobol", line: 9)]
        page.content.hasMath = true
        page.content.imageDigest = "0123456789abcdef"
        page.contentKey = "fedcba9876543210"
        return page
    }

    /// Stored properties (by path) whose value in `value` is the same as in `reference`.
    static func unchangedFields(_ value: Any, _ reference: Any, path: String = "") -> [String] {
        let mirror = Mirror(reflecting: value), referenceMirror = Mirror(reflecting: reference)
        guard mirror.displayStyle == .struct else {
            return String(reflecting: value) == String(reflecting: reference) ? [path] : []
        }
        var unchanged: [String] = []
        for (child, referenceChild) in zip(mirror.children, referenceMirror.children) {
            unchanged += unchangedFields(child.value, referenceChild.value, path: path + "." + (child.label ?? "?"))
        }
        return unchanged
    }

    /// Every stored property, at every depth, as text: a comparison that does not depend on
    /// `==` being written to compare every field.
    static func deepDescription(_ value: Any) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }

    @Test func everyStoredFieldOfAPageIsRoundTripped() throws {
        let page = Self.fullPage()
        let defaults = Page(kind: .page, sourcePath: "", slug: "", url: "", title: "")
        // A new field of Page (or of what it holds) must be set in `fullPage()` first.
        #expect(Self.unchangedFields(page, defaults) == [], "set these fields in fullPage() so the round trip covers them")
        let entry = RebuildCache.ParsedEntry(textDigest: "d", settings: "s", page: page,
                                             problems: [.warning("content/posts/a.md", line: 1, column: 2, "w")])
        let decoded = try BinaryCoder.decode(RebuildCache.ParsedEntry.self, from: try BinaryCoder.encode(entry))
        let decodedPage = try #require(decoded.page)
        #expect(decodedPage == page)
        #expect(Self.deepDescription(decodedPage) == Self.deepDescription(page))
        #expect(decoded.problems == entry.problems)
    }

    @Test func absentOptionalsAndEmptyCollectionsRoundTrip() throws {
        let page = Page(kind: .home, sourcePath: "content/index.md", slug: "", url: "/", title: "")
        let decoded = try BinaryCoder.decode(Page.self, from: try BinaryCoder.encode(page))
        #expect(Self.deepDescription(decoded) == Self.deepDescription(page))
    }

    @Test func damagedBytesThrowInsteadOfMisreading() throws {
        let bytes = try BinaryCoder.encode(Self.fullPage())
        #expect(throws: (any Error).self) { try BinaryCoder.decode(Page.self, from: Array(bytes.dropLast(3))) }
        #expect(throws: (any Error).self) { try BinaryCoder.decode(Page.self, from: bytes + [0]) }
        #expect(throws: (any Error).self) { try BinaryCoder.decode(Page.self, from: Array(bytes.dropFirst(8))) }
        // A length near Int.max (a flipped byte) is refused, not added to an offset until it traps.
        for type in [String.self, StoredText.self] as [any Decodable.Type] {
            var damaged = try BinaryCoder.encode("ab")
            for index in 0..<8 { damaged[index] = 0xFF }
            damaged[7] = 0x7F
            #expect(throws: (any Error).self) { try BinaryCoder.decode(type, from: damaged) }
        }
        // A string whose bytes are not UTF-8 is refused, also where repairing it would keep its
        // length (a 4-byte sequence cut to 3 bytes becomes one 3-byte U+FFFD).
        for invalid: [UInt8] in [[0x61, 0xFF], [0xF0, 0x90, 0x80], [0xED, 0xA0, 0x80], [0xC3]] {
            var damaged = try BinaryCoder.encode(String(repeating: "x", count: invalid.count))
            damaged.replaceSubrange((damaged.count - invalid.count)..., with: invalid)
            #expect(throws: (any Error).self) { try BinaryCoder.decode(String.self, from: damaged) }
        }
        #expect(try BinaryCoder.decode(String.self, from: try BinaryCoder.encode("캐시 ✓ 🙂")) == "캐시 ✓ 🙂")
        var damagedKey = try BinaryCoder.encode(Self.fullPage())
        for index in 0..<8 { damagedKey[index] = 0xFF }
        #expect(throws: (any Error).self) { try BinaryCoder.decode(Page.self, from: damagedKey) }
    }

    /// Source stamps and output records are two packed columns; they read back whole, and a
    /// table whose columns do not add up is a miss.
    @Test func stampTablesRoundTripAndRefuseDamage() throws {
        let entries: [String: StampTable.Entry] = [
            "posts/캐시/index.html": ("0123abcd", FileStamp(size: 10_240, mtimeSeconds: 1_764_000_000, mtimeNanoseconds: 999_999_999, inode: .max)),
            "index.html": ("ffee", FileStamp(size: 0, mtimeSeconds: -1, mtimeNanoseconds: 0, inode: 7)),
            "": ("", FileStamp(size: 1, mtimeSeconds: 2, mtimeNanoseconds: 3, inode: 4)),
        ]
        let bytes = try BinaryCoder.encode(StampTable(entries))
        let read = try #require(try BinaryCoder.decode(StampTable.self, from: bytes).entries)
        #expect(read.count == entries.count)
        for (path, entry) in entries {
            #expect(read[path]?.digest == entry.digest && read[path]?.stamp == entry.stamp)
        }
        #expect(try BinaryCoder.decode(StampTable.self, from: BinaryCoder.encode(StampTable([:]))).entries?.isEmpty == true)
        // Columns that do not add up are a miss, never a wrong entry.
        let stamp: [Int64] = [1, 2, 3, 4]
        #expect(StampTable(text: Array("a\0d\0".utf8), numbers: stamp).entries?["a"]?.digest == "d")
        #expect(StampTable(text: Array("a\0d".utf8), numbers: stamp).entries == nil)  // no final NUL
        #expect(StampTable(text: Array("a\0d\0e\0".utf8), numbers: stamp).entries == nil)  // a field too many
        #expect(StampTable(text: Array("a\0d\0".utf8), numbers: stamp + [5]).entries == nil)  // a number too many
        #expect(StampTable(text: Array("a\0d\0".utf8), numbers: []).entries == nil)
        #expect(throws: (any Error).self) { try BinaryCoder.decode(StampTable.self, from: Array(bytes.dropLast(8))) }
    }

    /// A page's text read from the cache stays the file's bytes until asked for: it equals,
    /// hashes and encodes as the string it was, and bytes that are not UTF-8 (a damaged file)
    /// come out repaired, never as an invalid string.
    @Test func storedTextReadsBackAsItsText() throws {
        let text = "## 본문\n\n<p>캐시 &amp; 전략</p>"
        let read = try BinaryCoder.decode(StoredText.self, from: try BinaryCoder.encode(StoredText(text)))
        #expect(read.string == text && read.substring == Substring(text) && !read.isEmpty)
        #expect(read == StoredText(text) && read.hashValue == StoredText(text).hashValue)
        #expect(read == StoredText(text[...]) && read != StoredText("다른 글"))
        let again = try BinaryCoder.decode(StoredText.self, from: try BinaryCoder.encode(read))
        #expect(again.string == text)
        // Other coders see a plain string.
        let json = try JSONEncoder().encode(read)
        #expect(try JSONDecoder().decode(String.self, from: json) == text)
        #expect(try JSONDecoder().decode(StoredText.self, from: json).string == text)
        // A byte that is not UTF-8 is repaired when the text is made.
        var bytes = try BinaryCoder.encode(StoredText("ab"))
        bytes[bytes.count - 1] = 0xFF
        #expect(try BinaryCoder.decode(StoredText.self, from: bytes).string == "a\u{FFFD}")
        // A copied page shares its box until one copy changes.
        var page = Self.fullPage()
        let copy = page
        page.title = "바뀐 제목"
        #expect(copy.title == "제목" && page.title == "바뀐 제목" && copy != page)
    }
}

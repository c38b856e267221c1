import Foundation
import Testing
@testable import SiteGenCore

/// The search index: text extraction from rendered HTML, postings with field weights, chunk
/// encoding, and byte-identical output for the same site.
@Suite("Search index")
struct SearchIndexTests {
    /// A parsed in-memory site.
    static func site(_ posts: [String: String]) -> Site {
        var files = Fixtures.site()
        files.merge(posts) { $1 }
        var source = SiteSource(root: URL(fileURLWithPath: "/site"))
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { source.add(SourceFile(sourcePath: path, text: text)) }
        return SiteParser(now: Fixtures.now).parse(source).0
    }

    /// A site parsed through `cache`, as a build with a build cache parses it.
    static func site(_ posts: [String: String], cache: RebuildCache) -> Site {
        var files = Fixtures.site()
        files.merge(posts) { $1 }
        var source = SiteSource(root: URL(fileURLWithPath: "/site"))
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            source.add(SourceFile(sourcePath: path, text: text))
            var digest = Digest()
            digest.add(text)
            source.digests[path] = digest.hex
        }
        var parser = SiteParser(now: Fixtures.now)
        parser.cache = cache
        return parser.parse(source).0
    }

    /// Decodes one posting list (the inverse of `SearchChunk.appendPostings`).
    static func decode(_ text: String) -> [(document: Int, weight: Int)] {
        let values = text.utf8.map { byte in SearchChunk.alphabet.firstIndex(of: byte) ?? 0 }
        var result: [(Int, Int)] = [], index = 0, document = -1
        while index < values.count {
            var gap = 0, shift = 0
            while values[index] & 32 != 0 { gap |= (values[index] & 31) << shift; shift += 5; index += 1 }
            gap |= values[index] << shift
            document += gap + 1
            result.append((document, values[index + 1]))
            index += 2
        }
        return result
    }

    @Test func textLeavesOutMarkupSelfLinksAndIcons() {
        let html = """
            <h2 id="설치">설치<a class="anchor" href="#설치" aria-hidden="true">#</a></h2>
            <p><strong>스프링 배치</strong>를 &amp; <code>List&lt;Int&gt;</code>&#44; 끝<sup class="footnote-ref"><a href="#fn-1">1</a></sup></p>
            <div class="callout"><p class="callout-title"><svg><path d="M1"/></svg>팁</p></div>
            <!-- raw HTML omitted --><ul><li>하나</li><li>둘<a href="#fnref-1" class="footnote-backref">↩</a></li></ul>
            <div class="code"><div class="code-head"><span class="code-title">Job.kt</span><span class="code-lang">Kotlin</span></div>
            <pre class="hl"><code><span class="k">val</span> x</code></pre></div>
            """
        let text = SearchText(html: html)
        #expect(text.text == "설치\n스프링 배치를 & List<Int>, 끝1\n팁\n하나\n둘\nJob.kt\nval x")
        #expect(text.sections.map(\.id) == ["설치"])
        #expect(text.sections.map(\.offset) == [0])
    }

    @Test func sectionOffsetsCountUTF16UnitsLikeJavaScript() {
        let text = SearchText(html: "<p>가😀b</p><h3 id=\"c\">C</h3><p>d</p>")
        #expect(text.text == "가😀b\nC\nd")
        #expect(text.sections.first?.offset == 5)  // 가 1 + 😀 2 + b 1 + \n 1
    }

    @Test func postingsCarryFieldsAndBodyCounts() throws {
        let site = Self.site([
            "content/posts/2024-04-01-batch.md": "---\ntitle: 배치 정리\ndate: 2024-04-01\ntags: [redis]\n---\n## Redis 설정\n\n배치 배치 배치.\n",
        ])
        let index = SearchIndex(site: site)
        #expect(index.documents.map(\.title) == ["First", "Second", "배치 정리", "About"])
        func postings(_ term: String) throws -> [(document: Int, weight: Int)] {
            let position = try #require(index.terms.firstIndex(of: term))
            var bytes: [UInt8] = []
            SearchChunk.appendPostings(index.postings[position], to: &bytes)
            return Self.decode(String(decoding: bytes, as: UTF8.self))
        }
        // Title (1) and three times in the body (3 × 8).
        #expect(try postings("배치").map(\.weight) == [1 | 3 << 3])
        // Tag (2), heading (4), and once in the body.
        #expect(try postings("redis").map(\.weight) == [2 | 4 | 1 << 3])
        #expect(try postings("first").map(\.document) == [0, 1])  // a title, and a link's text
        #expect(index.terms == index.terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test func chunksCoverEveryTermOnce() throws {
        let terms = (0..<400).map { String(format: "term%03d", $0) }
        let postings = terms.indices.map { [UInt32($0) << 6 | 1, UInt32($0 + 1000) << 6 | 8] }
        let chunks = SearchChunk.cut(terms: terms, postings: PostingLists(postings), limit: 1_000)
        #expect(chunks.count > 3)
        #expect(chunks[0].start == "")
        var all: [String] = []
        for chunk in chunks {
            let array = try #require(try JSONSerialization.jsonObject(with: Data(chunk.json.utf8)) as? [String])
            all += stride(from: 0, to: array.count, by: 2).map { array[$0] }
            #expect(chunk.json.utf8.count < 1_100)
        }
        #expect(all == terms)
        // A start is the shortest prefix that sorts after the previous chunk's last term.
        #expect(SearchChunk.shortestStart("term120", after: "term119") == "term12")
        #expect(SearchChunk.shortestStart("배치", after: "배") == "배치")
        #expect(SearchChunk.shortestStart("캐시", after: "배치") == "캐")
    }

    @Test func postingGapsUseContinuationCharacters() {
        var bytes: [UInt8] = []
        SearchChunk.appendPostings([0 << 6 | 1, 40 << 6 | 2, 41 << 6 | 63], to: &bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text == "AB" + "nBC" + "A_")  // gap 39 = 7 + 1·32: "h"|32 → "n", then "B"
        #expect(Self.decode(text).map(\.document) == [0, 40, 41])
        #expect(SearchChunk.encodedSize([0 << 6 | 1, 40 << 6 | 2, 41 << 6 | 63]) == bytes.count)
    }

    @Test func filesAreValidJSONAndTheSameEveryBuild() throws {
        let site = Self.site(["content/posts/q.md": "---\ntitle: \"Quote \\\"q\\\" \\\\ tab\\there\"\ndate: 2024-05-01\n---\n## 제목\n\n본문 \"인용\"\n"])
        let first = SearchIndex(site: site), second = SearchIndex(site: site)
        #expect(first.metaJSON() == second.metaJSON())
        #expect(first.chunks == second.chunks)
        #expect(first.documents.map { $0.fragmentJSON() } == second.documents.map { $0.fragmentJSON() })
        for json in [first.metaJSON()] + first.chunks.map(\.json) + first.documents.map({ $0.fragmentJSON() }) {
            #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(json.prefix(80))")
        }
        let fragment = try #require(try JSONSerialization.jsonObject(with: Data(first.documents[2].fragmentJSON().utf8)) as? [String: Any])
        #expect(fragment["t"] as? String == "Quote \"q\" \\ tab\there")
        #expect(fragment["u"] as? String == "/posts/q/")
        #expect((fragment["h"] as? [[Any]])?.first?[1] as? String == "제목")
    }

    @Test func termsOfUnchangedPagesComeFromTheBuildCache() throws {
        let cache = RebuildCache()
        let posts = ["content/posts/a.md": "---\ntitle: 배치 A\ndate: 2024-05-01\n---\n## 청크\n\n스프링배치의 청크지향 처리.\n",
                     "content/posts/b.md": "---\ntitle: B\ndate: 2024-05-02\ntags: [redis]\n---\nRedisTemplate 설정.\n"]
        let site = Self.site(posts, cache: cache)
        let first = SearchIndex(site: site, cache: cache)
        #expect(first.entries.allSatisfy { $0.document != nil })
        let again = SearchIndex(site: Self.site(posts, cache: cache), cache: cache)
        #expect(again.entries.allSatisfy { $0.document == nil }, "every page's terms from the cache")
        #expect(again.metaJSON() == first.metaJSON() && again.chunks == first.chunks)
        #expect(again.documents.map { $0.fragmentJSON() } == first.documents.map { $0.fragmentJSON() })
        #expect(again.entries.map(\.digest) == first.entries.map(\.digest))

        var edited = posts
        edited["content/posts/b.md"] = "---\ntitle: B\ndate: 2024-05-02\ntags: [redis]\n---\nRedisTemplate 설정과 Lettuce.\n"
        let afterEdit = SearchIndex(site: Self.site(edited, cache: cache), cache: cache)
        #expect(afterEdit.entries.filter { $0.document != nil }.map(\.page.slug) == ["b"])
        let clean = SearchIndex(site: Self.site(edited, cache: RebuildCache()))
        #expect(afterEdit.metaJSON() == clean.metaJSON() && afterEdit.chunks == clean.chunks)
        #expect(afterEdit.terms.contains("lettuce"))
    }

    @Test func searchTermsSurviveTheCachesBinaryForm() throws {
        var table = SearchTermTable()
        let page = try #require(Self.site(["content/posts/a.md": "---\ntitle: 캐시 전략\ndate: 2024-05-01\n---\nWebFlux와 @Cacheable, user_id.\n"]).posts.first)
        SearchDocument(id: 0, page: page, config: SiteConfig()).tokenize(page, into: &table)
        let made = table.takeTerms()
        let entry = RebuildCache.SearchEntry(digest: "d", terms: made)
        let read = try BinaryCoder.decode(RebuildCache.SearchEntry.self, from: BinaryCoder.encode(entry))
        let terms = try #require(read.terms)
        #expect(terms.keys == made.keys && terms.weights == made.weights)
        #expect(terms.words.map(\.key) == made.words.map(\.key) && terms.words.map(\.text) == made.words.map(\.text))
        #expect(!terms.words.isEmpty && !terms.keys.isEmpty)
    }

    @Test func writtenSummariesAreSearchedDerivedOnesAreNot() throws {
        let site = Self.site([
            "content/posts/s.md": "---\ntitle: S\ndate: 2024-05-01\nsummary: 요약에만 있는 낱말\n---\n본문.\n",
            "content/posts/t.md": "---\ntitle: T\ndate: 2024-05-02\n---\n첫 문단입니다.\n",
        ])
        let index = SearchIndex(site: site)
        #expect(index.terms.contains("낱말"))
        let derived = try #require(site.posts.first { $0.slug == "t" })
        #expect(!SearchDocument.isWritten(summary: derived.summary, of: derived))
    }
}

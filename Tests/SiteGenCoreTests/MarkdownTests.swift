import Testing
@testable import SiteGenCore

@Suite("Markdown")
struct MarkdownTests {
    func html(_ markdown: String, _ options: MarkdownOptions = MarkdownOptions()) -> String {
        MarkdownRenderer.render(markdown, options: options).html
    }

    @Test func commonMarkBasics() {
        #expect(html("*a* **b** `c`") == "<p><em>a</em> <strong>b</strong> <code>c</code></p>\n")
        #expect(html("```kotlin\nval x = 1 < 2\n```") == """
        <div class="code">
        <div class="code-head"><span class="code-lang">Kotlin</span></div>
        <pre class="hl"><code class="language-kotlin"><span class="k">val</span> <span class="v">x</span> \
        <span class="o">=</span> <span class="m">1</span> <span class="o">&lt;</span> <span class="m">2</span>
        </code></pre>
        </div>

        """)
    }

    @Test func rawHTMLIsOmittedUnlessUnsafe() {
        #expect(html("<script>alert(1)</script>") == "<!-- raw HTML omitted -->\n")
        #expect(html("a <b>x</b>") == "<p>a <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n")
        #expect(html("[x](javascript:alert(1))") == "<p><a href=\"\">x</a></p>\n")
        #expect(html("<div>ok</div>", MarkdownOptions(unsafeHTML: true)) == "<div>ok</div>\n")
    }

    @Test func headingIDsKeepHangulAndAreUnique() {
        let result = MarkdownRenderer.render("## 설치 전 할 일\n\n## 설치 전 할 일\n\n### Spring Batch 5!\n\n## Main")
        #expect(result.headings.map(\.id) == ["설치-전-할-일", "설치-전-할-일-1", "spring-batch-5", "main-1"])
        #expect(result.html.hasPrefix("<h2 id=\"설치-전-할-일\">설치 전 할 일<a class=\"anchor\" href=\"#%EC%84%A4%EC%B9%98-%EC%A0%84-%ED%95%A0-%EC%9D%BC\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n"))
    }

    @Test func headingTextKeepsInlineMarkup() {
        let result = MarkdownRenderer.render("## The `ItemReader` *API*")
        #expect(result.headings == [Heading(level: 2, id: "the-itemreader-api", text: "The ItemReader API")])
        #expect(result.html.contains(">The <code>ItemReader</code> <em>API</em><a class=\"anchor\""))
    }

    @Test func taskListItems() {
        let result = MarkdownRenderer.render("- [ ] todo\n- [x] done\n- [X] Done too\n- [] not a task\n- plain")
        #expect(result.tasks == TaskCount(done: 2, total: 3))
        #expect(result.html == """
        <ul>
        <li><input type="checkbox" disabled> todo</li>
        <li><input type="checkbox" checked disabled> done</li>
        <li><input type="checkbox" checked disabled> Done too</li>
        <li>[] not a task</li>
        <li>plain</li>
        </ul>

        """)
    }

    @Test func taskMarkerNeedsSpaceAfter() {
        #expect(MarkdownRenderer.render("- [x]done").tasks.total == 0)
        #expect(MarkdownRenderer.render("[x] not in a list").tasks.total == 0)
    }

    /// The marker is read and cut as bytes; what follows may be any text, and cmark may have
    /// split the marker over several text nodes.
    @Test func taskMarkersBeforeHangulAndInlineMarkup() {
        let result = MarkdownRenderer.render("- [x] 한글 할 일\n- [ ]\t**굵게**\n- [X]\n- [ ]x 아님\n- [ab] 아님\n")
        #expect(result.tasks == TaskCount(done: 2, total: 3))
        #expect(result.html.contains("<li><input type=\"checkbox\" checked disabled> 한글 할 일</li>"))
        #expect(result.html.contains("<li><input type=\"checkbox\" disabled> <strong>굵게</strong></li>"))
        #expect(result.html.contains("<li>[ ]x 아님</li>"))
        #expect(result.html.contains("<li>[ab] 아님</li>"))
    }

    @Test func headingIDsTrimUnicodeSpaceAndCountRepeats() {
        let result = MarkdownRenderer.render("## \u{3000}설치 전 할 일\u{00A0}\n## 설치 전 할 일\n## main\n")
        #expect(result.ids == ["설치-전-할-일", "설치-전-할-일-1", "main-1"])
        #expect(result.headings.first?.text == "설치 전 할 일")
    }

    @Test func linkDestinationsAreRecordedAndRewritten() {
        let options = MarkdownOptions(rootPrefix: "/blog/", sourceFolder: "/posts/")
        let result = MarkdownRenderer.render("[a](/posts/x/) [b](img.png) [c](https://e.com) [d](#top)\n\n![e](../about/pic.png)", options: options)
        #expect(result.html == "<p><a href=\"/blog/posts/x/\">a</a> <a href=\"/blog/posts/img.png\">b</a> <a href=\"https://e.com\">c</a> <a href=\"#top\">d</a></p>\n<p><img src=\"/blog/about/pic.png\" alt=\"e\" /></p>\n")
        #expect(result.links.map(\.destination) == ["/posts/x/", "img.png", "https://e.com", "#top", "../about/pic.png"])
        #expect(result.links.last?.line == 3)
        #expect(result.links.last?.isImage == true)
    }

    @Test func readingTimeCountsHangulAndWordsSeparately() {
        let hangul = String(repeating: "가", count: 1000)
        #expect(MarkdownRenderer.render(hangul).wordCount == WordCount(hangulSyllables: 1000, otherWords: 0))
        #expect(MarkdownRenderer.render(hangul).wordCount.readingMinutes == 2)
        let words = Array(repeating: "word", count: 401).joined(separator: " ")
        #expect(MarkdownRenderer.render(words).wordCount.readingMinutes == 3)
        #expect(MarkdownRenderer.render("Spring의 청크").wordCount == WordCount(hangulSyllables: 3, otherWords: 1))
    }

    @Test func summariesCutOnGraphemes() {
        #expect(Summary.make(from: "짧은 문장") == "짧은 문장")
        let long = String(repeating: "가나다 ", count: 100)
        let summary = Summary.make(from: long, limit: 20)
        #expect(summary == "가나다 가나다 가나다 가나다 가나다…")
        let emoji = String(repeating: "👩‍💻", count: 30)
        #expect(Summary.make(from: emoji, limit: 10) == String(repeating: "👩‍💻", count: 10) + "…")
        #expect(MarkdownRenderer.render("# T\n\nFirst *para*\ngraph.\n\nSecond.").firstParagraph == "First para graph.")
    }
}

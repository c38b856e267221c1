import Testing
@testable import SiteGenCore

/// GFM extensions and sitegen's own, one rule at a time: Markdown in, HTML out.
@Suite("Markdown extensions")
struct MarkdownExtensionTests {
    func html(_ markdown: String, _ options: MarkdownOptions = MarkdownOptions(forFeed: true)) -> String {
        MarkdownRenderer.render(markdown, options: options).html
    }

    func paragraph(_ markdown: String) -> String {
        let output = html(markdown)
        return output.hasPrefix("<p>") && output.hasSuffix("</p>\n") ? String(output.dropFirst(3).dropLast(5)) : output
    }

    @Test func strikethrough() {
        #expect(paragraph("~~취소선~~은 ~one~ two") == "<del>취소선</del>은 <del>one</del> two")
        #expect(paragraph("x ~~~three~~~ ~~a~ \\~~no~~ `~~code~~`") == "x ~~~three~~~ ~~a~ ~~no~~ <code>~~code~~</code>")
        #expect(paragraph("3~5개와 7~9개") == "3<del>5개와 7</del>9개", "GFM reads single tildes as strikethrough; escape them: 3\\~5")
        #expect(paragraph("~~a **b** c~~") == "<del>a <strong>b</strong> c</del>")
        #expect(paragraph("a ~~ b~~") == "a ~~ b~~")
    }

    @Test func extendedAutolinks() {
        #expect(paragraph("www.commonmark.org/help") == "<a href=\"http://www.commonmark.org/help\">www.commonmark.org/help</a>")
        #expect(paragraph("Visit www.commonmark.org/a.b.") == "Visit <a href=\"http://www.commonmark.org/a.b\">www.commonmark.org/a.b</a>.")
        #expect(paragraph("(https://ko.wikipedia.org/wiki/A_(B))") == "(<a href=\"https://ko.wikipedia.org/wiki/A_(B)\">https://ko.wikipedia.org/wiki/A_(B)</a>)")
        #expect(paragraph("www.google.com/search?q=commonmark&hl;") == "<a href=\"http://www.google.com/search?q=commonmark\">www.google.com/search?q=commonmark</a>&amp;hl;")
        #expect(paragraph("메일 foo@bar.baz 로") == "메일 <a href=\"mailto:foo@bar.baz\">foo@bar.baz</a> 로")
        #expect(paragraph("https://a.kr/<b") == "<a href=\"https://a.kr/\">https://a.kr/</a>&lt;b")
        #expect(paragraph("`https://in.code` [https://in.link](/x) xwww.no.com") == "<code>https://in.code</code> <a href=\"/x\">https://in.link</a> xwww.no.com")
        #expect(paragraph("www.a_b.c_d") == "www.a_b.c_d")
    }

    @Test func footnotesAreNumberedByFirstReference() {
        let result = MarkdownRenderer.render("둘째[^b], 첫째[^a], 다시[^b].\n\n[^a]: A *에이*\n[^b]: B\n\n    두 번째 문단\n\n    ```kotlin\n    val x = 1\n    ```\n", options: MarkdownOptions(forFeed: true))
        #expect(result.html.hasPrefix("<p>둘째<sup class=\"footnote-ref\"><a href=\"#fn-b\" id=\"fnref-b\" data-footnote-ref>1</a></sup>, 첫째<sup class=\"footnote-ref\"><a href=\"#fn-a\" id=\"fnref-a\" data-footnote-ref>2</a></sup>, 다시<sup class=\"footnote-ref\"><a href=\"#fn-b\" id=\"fnref-b-2\" data-footnote-ref>1</a></sup>.</p>\n"))
        #expect(result.html.contains("<li id=\"fn-b\">\n<p>B</p>\n<p>두 번째 문단</p>\n<pre><code class=\"language-kotlin\">val x = 1\n</code></pre>\n"))
        #expect(result.html.contains("<a href=\"#fnref-b\" class=\"footnote-backref\" data-footnote-backref aria-label=\"본문으로 돌아가기\">↩</a>"))
        #expect(result.html.contains("<li id=\"fn-a\">\n<p>A <em>에이</em> <a href=\"#fnref-a\""))
        #expect(result.ids.contains("fn-a") && result.ids.contains("fnref-b-2"))
        #expect(result.problems.isEmpty)
    }

    @Test func footnoteDefinitionsNeverBecomeLinksAndProblemsHaveLines() {
        let result = MarkdownRenderer.render("본문[^1] 그리고 [^없음].\n\n[^1]: https://example.com\n[^2]: 안 쓰임\n")
        #expect(!result.html.contains("<a href=\"https://example.com\">1"))
        #expect(result.html.contains("<a href=\"https://example.com\">https://example.com</a>"))
        #expect(result.problems == [
            MarkdownProblem(line: 1, column: 1, message: "footnote [^없음] has no definition; add a line '[^없음]: …'"),
            MarkdownProblem(line: 4, column: 1, message: "footnote [^2] is never referenced; refer to it with [^2] or remove it"),
        ])
        #expect(MarkdownRenderer.render("```\n[^1]: not a footnote\n```\n").html.contains("[^1]: not a footnote"))
    }

    @Test func tagFilterInUnsafeMode() {
        let options = MarkdownOptions(unsafeHTML: true, forFeed: true)
        #expect(html("<strong> <title> <style> <em>\n\n<blockquote>\n  <xmp> is disallowed.  <XMP> is also disallowed.\n</blockquote>", options)
            == "<p><strong> &lt;title> &lt;style> <em></p>\n<blockquote>\n  &lt;xmp> is disallowed.  &lt;XMP> is also disallowed.\n</blockquote>\n")
        #expect(html("<script>alert(1)</script>", options) == "&lt;script>alert(1)&lt;/script>\n")
    }

    @Test func cjkFriendlyEmphasis() {
        #expect(paragraph("**스프링 배치(Spring Batch)**를 쓴다") == "<strong>스프링 배치(Spring Batch)</strong>를 쓴다")
        #expect(paragraph("**점진적 정적 생성(ISR)**의 장점") == "<strong>점진적 정적 생성(ISR)</strong>의 장점")
        #expect(paragraph("*\"인용\"*은, _(밑줄)_도") == "<em>&quot;인용&quot;</em>은, _(밑줄)_도", "the amendment keeps `_`'s closing rule")
        #expect(paragraph("이것은**굵게**입니다") == "이것은<strong>굵게</strong>입니다")
        // Without CJK next to a run, cmark's result stands, whatever it is.
        #expect(paragraph("**(ISR)**s and a**\"b\"**c") == "**(ISR)<strong>s and a</strong>&quot;b&quot;**c")
        #expect(paragraph("**(ISR)**s") == "**(ISR)**s")
        // Escaped asterisks are text, never delimiters.
        #expect(paragraph("\\*\\*굵게(x)\\*\\*를") == "**굵게(x)**를")
    }

    @Test func calloutsFromGitHubAlerts() {
        let output = html("> [!TIP]\n> 캐시는 **짧게**.\n\n> [!caution] 직접 고른 제목\n> 본문")
        #expect(output.hasPrefix("<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\"><svg class=\"callout-icon\""))
        #expect(output.contains("</svg>팁</p>\n<p>캐시는 <strong>짧게</strong>.</p>\n</div>\n"))
        #expect(output.contains("</svg>직접 고른 제목</p>\n<p>본문</p>\n</div>\n"))
        var labels = MarkdownLabels()
        labels.setTitle("메모", of: .note)
        #expect(html("> [!NOTE]\n> x", MarkdownOptions(labels: labels)).contains("</svg>메모</p>"))
        #expect(html("> \\[!NOTE]\n> x") == "<blockquote>\n<p>[!NOTE]\nx</p>\n</blockquote>\n")
        #expect(html("> [!NOPE]\n> x").hasPrefix("<blockquote>"))
    }

    @Test func mathIsKeptByteForByte() {
        let result = MarkdownRenderer.render("식 $a_1 + b_2 = \\alpha$ 와 $$\\sum_{i=1}^n x_i$$.\n\n$$\nx \\\\ y_*\n\n*z*\n$$\n\n```math\n\\frac{1}{2}\n```\n")
        #expect(result.html.contains("<span class=\"math math-inline\">$a_1 + b_2 = \\alpha$</span>"))
        #expect(result.html.contains("<span class=\"math math-display\">$$\\sum_{i=1}^n x_i$$</span>"))
        #expect(result.html.contains("<div class=\"math math-display\">$$\nx \\\\ y_*\n\n*z*\n$$</div>\n"))
        #expect(result.html.contains("<div class=\"math math-display\">$$\n\\frac{1}{2}\n$$</div>\n"))
        #expect(result.hasMath)
        #expect(paragraph("가격은 $5에서 $10 사이") == "가격은 $5에서 $10 사이", "a closing $ follows a non-space")
        #expect(paragraph("$a$1 값") == "$a$1 값", "…and is not followed by a digit")
        #expect(paragraph("\\$x$ 와 `$a$`") == "$x$ 와 <code>$a$</code>")
        #expect(!MarkdownRenderer.render("가격은 $5에서 $10 사이").hasMath)
        #expect(html("$$x_1$$") == "<div class=\"math math-display\">$$\nx_1$$</div>\n")
    }

    @Test func figuresFromTitledImages() {
        #expect(html("![구조도](/d.svg \"전체 구조\")") == "<figure><img src=\"/d.svg\" alt=\"구조도\" /><figcaption>전체 구조</figcaption></figure>\n")
        #expect(paragraph("글 ![a](/d.svg \"t\")") == "글 <img src=\"/d.svg\" alt=\"a\" title=\"t\" />")
    }

    @Test func problemsForRawHTMLAndMissingAltText() {
        let result = MarkdownRenderer.render("# T\n\ntext\n<div>x</div>\n\n![](/a.png) <b>x</b>")
        #expect(result.problems == [
            MarkdownProblem(line: 6, column: 1, message: "image \"/a.png\" has no alt text; describe it between the brackets: ![what it shows](/a.png)"),
            MarkdownProblem(line: 4, column: 1, message: "raw HTML is left out of the page (first here); to keep it, set 'markdown: { unsafe: true }' in site.yaml"),
        ])
        #expect(MarkdownRenderer.render("<div>x</div>", options: MarkdownOptions(unsafeHTML: true)).problems.isEmpty)
        #expect(MarkdownRenderer.render("요약\n\n<!--more-->\n\n본문 <!-- 메모 -->").problems.isEmpty, "a comment shows nothing either way")
        #expect(MarkdownRenderer.render("<!-- a --> <b>x</b>\n").problems.count == 1)
    }

    @Test func infoStringProblemsAreWarningsAtTheFence() {
        let result = MarkdownRenderer.render("본문\n\n```kotlin {9} wat\nval x = 1\n```\n")
        #expect(result.problems == [
            MarkdownProblem(line: 3, column: 1, message: "unknown code block option 'wat'; options are {3-5,8}, title=\"file name\" and linenos"),
            MarkdownProblem(line: 3, column: 1, message: "marked line 9 is past the end of the code block (1 lines)"),
        ])
    }

    @Test func feedBodiesHaveNoSelfLinks() {
        #expect(html("## 제목") == "<h2 id=\"제목\">제목</h2>\n")
        #expect(html("## 제목", MarkdownOptions()).contains("class=\"anchor\""))
    }
}

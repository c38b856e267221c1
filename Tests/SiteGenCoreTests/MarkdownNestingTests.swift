import Testing
@testable import SiteGenCore

/// Every inline construct in every container: each is transformed, rewritten and recorded
/// wherever it stands, and nothing crashes however deep or large the input.
@Suite("Markdown nesting")
struct MarkdownNestingTests {
    static let inlines = "[링크](/posts/a/) ![그림](img.png) <https://e.com/x> https://auto.link `code` **굵게** ~~취소~~ $x_1$ 각주[^1]"

    /// One document with every construct in a paragraph, a table cell, a list item, a nested
    /// list, a block quote, a callout, a footnote and a heading.
    static var document: String {
        """
        # 제목 [링크](/posts/a/)

        \(inlines)

        | 열 | 열 |
        |---|---|
        | \(inlines) | [셀](../about/) |

        - \(inlines)
          - \(inlines)

        > \(inlines)
        >
        > | a | b |
        > |---|---|
        > | [인용 셀](/posts/q/) | x |

        > [!NOTE]
        > \(inlines)

        [^1]: 각주 안에도 \(inlines.replacingOccurrences(of: "[^1]", with: ""))
        """
    }

    @Test func everyLinkInEveryContainerIsRewrittenAndRecorded() {
        let options = MarkdownOptions(rootPrefix: "/blog/", sourceFolder: "/posts/")
        let result = MarkdownRenderer.render(Self.document, options: options)
        let internalLinks = result.links.filter { $0.destination == "/posts/a/" }
        #expect(internalLinks.count == 8, "heading, paragraph, cell, item, nested item, quote, callout, footnote")
        #expect(result.links.contains { $0.destination == "../about/" && $0.line == 7 })
        #expect(result.links.contains { $0.destination == "/posts/q/" && $0.line == 16 })
        #expect(result.images.count == 7)
        #expect(!result.html.contains("href=\"/posts/a/\""), "every internal link carries the base path")
        #expect(result.html.components(separatedBy: "href=\"/blog/posts/a/\"").count == 9)
        #expect(result.html.components(separatedBy: "src=\"/blog/posts/img.png\"").count == 8)
        #expect(result.html.components(separatedBy: "<a href=\"https://auto.link\">").count == 8)
        #expect(result.html.components(separatedBy: "<del>취소</del>").count == 8)
        #expect(result.html.components(separatedBy: "<span class=\"math math-inline\">$x_1$</span>").count == 8)
        #expect(result.html.components(separatedBy: "data-footnote-ref>1</a></sup>").count == 7)
        #expect(result.problems.isEmpty, "\(result.problems)")
    }

    @Test func deepNestingAndLongInputStayBounded() {
        let quotes = String(repeating: "> ", count: 5000) + "[a](/x) *b*"
        let lists = (0..<2000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        let emphasis = String(repeating: "*a **b ", count: 20000) + String(repeating: "** c*", count: 20000)
        let brackets = String(repeating: "[", count: 50000) + String(repeating: "](/x)", count: 50000)
        let tildes = String(repeating: "~a ", count: 30000)
        for text in [quotes, lists, emphasis, brackets, tildes] {
            let result = MarkdownRenderer.render(text)
            #expect(!result.html.isEmpty)
        }
    }

    @Test func unusualBytesAreSafe() {
        for text in ["\u{0}", "a\u{0}b *c*", String(decoding: [0xEF, 0xB7, 0x91, 0x24, 0x78, 0x24], as: UTF8.self), "𐄀\\*x*", "\\", "[^", "$", "$$", "| a |\n|-", "> [!", "- [", "\r\n\r\n", String(repeating: "\\~", count: 10000)] {
            _ = MarkdownRenderer.render(text)
        }
        #expect(MarkdownRenderer.render("𐄀 \\~~a~~").html == "<p>𐄀 <del>a</del></p>\n", "a text holding the marker character gets no markers")
    }
}

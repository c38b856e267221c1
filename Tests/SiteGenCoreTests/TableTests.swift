import Testing
@testable import SiteGenCore

/// GFM pipe tables, checked against the table examples of the GitHub Flavored Markdown spec.
@Suite("GFM tables")
struct TableTests {
    func html(_ markdown: String) -> String { MarkdownRenderer.render(markdown).html }

    @Test func specExample198() {
        #expect(html("| foo | bar |\n| --- | --- |\n| baz | bim |") == """
        <table>
        <thead>
        <tr>
        <th>foo</th>
        <th>bar</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>baz</td>
        <td>bim</td>
        </tr>
        </tbody>
        </table>

        """)
    }

    @Test func specExample199Alignment() {
        let out = html("| abc | defghi |\n:-: | -----------:\nbar | baz")
        #expect(out.contains("<th style=\"text-align: center\">abc</th>\n<th style=\"text-align: right\">defghi</th>"))
        #expect(out.contains("<td style=\"text-align: center\">bar</td>\n<td style=\"text-align: right\">baz</td>"))
    }

    @Test func specExample200EscapedPipes() {
        let out = html("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |")
        #expect(out.contains("<th>f|oo</th>"))
        #expect(out.contains("<td>b <code>|</code> az</td>"))
        #expect(out.contains("<td>b <strong>|</strong> im</td>"))
    }

    @Test func specExample201EndsAtBlockQuote() {
        let out = html("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar")
        #expect(out.hasSuffix("</table>\n<blockquote>\n<p>bar</p>\n</blockquote>\n"))
    }

    @Test func specExample203HeaderMustMatchDelimiter() {
        #expect(html("| abc | def |\n| --- |\n| bar |") == "<p>| abc | def |\n| --- |\n| bar |</p>\n")
    }

    @Test func specExample204RowsArePaddedAndCut() {
        let out = html("| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |")
        #expect(out.contains("<tr>\n<td>bar</td>\n<td></td>\n</tr>"))
        #expect(out.contains("<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>"))
        #expect(!out.contains("boo"))
    }

    @Test func specExample205NoBody() {
        #expect(html("| abc | def |\n| --- | --- |") == "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n</table>\n")
    }

    @Test func paragraphBeforeTableStaysAParagraph() {
        let out = html("Intro *line*\n| a | b |\n|---|---|\n| 1 | 2 |")
        #expect(out.hasPrefix("<p>Intro <em>line</em></p>\n<table>"))
    }

    @Test func tableInsideBlockQuote() {
        let out = html("> | a | b |\n> |---|---|\n> | 1 | 2 |")
        #expect(out.contains("<blockquote>\n<table>"))
        #expect(out.contains("<td>1</td>\n<td>2</td>"))
    }

    @Test func cellsWithBlockSyntaxStayText() {
        let out = html("| a |\n|---|\n| - x |\n| # y |")
        #expect(out.contains("<td>- x</td>"))
        #expect(out.contains("<td># y</td>"))
    }

    @Test func delimiterRows() {
        #expect(TableTransform.delimiterRow("|:--|:-:|--:|---|") == [.left, .center, .right, .none])
        #expect(TableTransform.delimiterRow("| a |") == nil)
        #expect(TableTransform.delimiterRow("|-:-|") == nil)
        #expect(TableTransform.cells(of: "| a | b \\| c |") == ["a", "b | c"])
    }
}

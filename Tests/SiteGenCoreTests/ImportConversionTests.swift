import Foundation
import Testing
@testable import SiteGenCore

/// The import's conversions, each a string in and a string out.
@Suite("Import conversions")
struct ImportConversionTests {
    var links: ImportLinks {
        var links = ImportLinks()
        links.add(sourcePath: "_posts/2024-01-01-a.md", url: "/posts/a/", isPost: true)
        links.add(sourcePath: "about.md", url: "/about/", isPost: false)
        links.siteValues = ["title": "블로그", "url": "https://old.example.com"]
        return links
    }

    func liquid(_ text: String) -> (String, ImportLog) {
        var log = ImportLog()
        let converted = LiquidConverter(links: links, sourcePath: "_posts/x.md", firstLine: 5, pageTitle: "제목").convert(text, log: &log)
        return (converted, log)
    }

    @Test func liquidScannerFindsTagsAndOutputs() {
        let text = "a {% raw -%} b {{- x | y -}} {% endraw %} {{ unclosed"
        var found: [String] = []
        var position = text.startIndex
        while let token = LiquidScanner.next(in: text, from: position) {
            found.append("\(token.kind == .tag ? "tag" : "out"):\(token.name):\(token.arguments)")
            position = token.range.upperBound
        }
        #expect(found == ["tag:raw:", "out::x | y", "tag:endraw:"])
    }

    @Test func liquidLinksValuesAndWhitespaceControl() {
        #expect(liquid("[a]({% post_url 2024-01-01-a %}) [b]({{ site.baseurl }}{% link about.md %})").0 == "[a](/posts/a/) [b](/about/)")
        #expect(liquid("{{ site.url }}{{ site.baseurl }}/x and {{ site.url }}").0 == "/x and https://old.example.com")
        #expect(liquid("{{ \"/img/a.png\" | relative_url }} {{ 'b' | absolute_url }} {{ page.title }} {{ site.title | append: '!' }}").0 == "/img/a.png /b 제목 블로그!")
        #expect(liquid("a\n{%- assign x = 1 -%}\nb").0 == "ab")
        #expect(liquid("{% include embed/youtube.html id=\"xyz\" %}").0 == "[YouTube: xyz](https://www.youtube.com/watch?v=xyz)")
    }

    @Test func unknownVariablesInCodeStayAsWritten() {
        let (text, log) = liquid("```yaml\nnode: ${{ matrix.node }}\n```\n`{{ msg }}` and {{ msg }}")
        #expect(text == "```yaml\nnode: ${{ matrix.node }}\n```\n`{{ msg }}` and ")
        #expect(log.warnings.map(\.message) == [
            "{{ matrix.node }} in code kept as written; Jekyll showed nothing there (it read it as a Liquid variable)",
            "{{ msg }} in code kept as written; Jekyll showed nothing there (it read it as a Liquid variable)",
            "Liquid {{ msg }} cannot be worked out by sitegen; removed",
        ])
    }

    @Test func minimalMistakesIncludesAndCapturedNotices() {
        #expect(liquid("{% include toc %}\n{% include figure image_path=\"/a.png\" alt=\"그림\" caption=\"설명 **굵게**\" %}").0
            == "\n![그림](/a.png)\n*설명 **굵게***")
        #expect(liquid("{% include figure image_path=/b.png %} {% include video id=\"x1\" provider=\"vimeo\" %}").0 == "![b](/b.png) [Vimeo: x1](https://vimeo.com/x1)")
        var log = ImportLog()
        let text = "a\n{% capture n %}\n**주의**: 하나\n\n둘 {{ site.title }}\n{%- endcapture -%}\n<div class=\"notice--danger\">{{ n | markdownify }}</div>\n{% capture other %}x{% endcapture %}\nb"
        #expect(CapturedNotices.convert(text, log: &log)
            == "a\n> [!CAUTION]\n> **주의**: 하나\n>\n> 둘 {{ site.title }}\n\n\n{% capture other %}x{% endcapture %}\nb")
        #expect(log.converted == ["{% capture %} and <div class=\"notice…\"> → callouts": 1])
        #expect(CapturedNotices.convert("{% capture n %}\nx\n{% endcapture %}\n<div class=\"unknown\">{{ n | markdownify }}</div>", log: &log)
            == "{% capture n %}\nx\n{% endcapture %}\n<div class=\"unknown\">{{ n | markdownify }}</div>")
    }

    @Test func codeBlockOptionsCarryOver() {
        #expect(ShortcodeConverter.highlightOptions("linenos=table,hl_lines=2 4-5,style=monokai") == ["linenos", "hl_lines=\"2 4-5\""])
        #expect(ShortcodeConverter.highlightOptions("linenos=false") == [])
        var log = ImportLog()
        let kramdown = KramdownConverter(sourcePath: "x.md")
        #expect(kramdown.convert("```yaml\na: 1\n```\n{: file=\"app.yml\" }\n\n```\nb\n```\n{: .nolineno }", log: &log)
            == "```yaml title=\"app.yml\"\na: 1\n```\n\n```\nb\n```")
        #expect(kramdown.convert("text\n{: file=\"app.yml\" }", log: &log) == "text", "no code block before it: dropped")
    }

    @Test func liquidBlocks() {
        #expect(liquid("{% raw %}{{ a }}{% endraw %}").0 == "{{ a }}")
        #expect(liquid("x {% comment %} gone {% endcomment %}y").0 == "x y")
        #expect(liquid("- item\n  {% highlight ruby linenos %}\n  puts 1\n  {% endhighlight %}\n").0 == "- item\n  ```ruby linenos\n  puts 1\n  ```\n")
        #expect(liquid("text {% highlight sh %}ls ``` x{% endhighlight %}").0 == "text \n````sh\nls ``` x\n````")
    }

    @Test func liquidThatCannotBeConvertedIsRemovedAndLogged() {
        let (text, log) = liquid("{% if a %}\nA\n{% endif %}\n{{ site.data.x }}\n{% raw %}open\n{% post_url nope %}")
        #expect(text == "\nA\n\n\nopen\n")
        #expect(log.warnings.map(\.description) == [
            "_posts/x.md:5:1: warning: Liquid {% if %} cannot be run by sitegen; the tag was removed, the text inside kept",
            "_posts/x.md:7:1: warning: Liquid {% endif %} cannot be run by sitegen; the tag was removed, the text inside kept",
            "_posts/x.md:8:1: warning: Liquid {{ site.data.x }} cannot be worked out by sitegen; removed",
            "_posts/x.md:9:1: warning: {% raw %} has no {% endraw %}; the tag was removed",
            "_posts/x.md:10:1: warning: {% post_url nope %} names no post in _posts/; removed",
        ])
    }

    @Test func kramdownAttributesAndCallouts() {
        var log = ImportLog()
        let text = """
        > 인용 안의 표시
        > {: .prompt-danger }

        - 목록
          {: .notice--success}

        1. TOC
        {:toc}

        `{: .keep}` [a](b){:target="_blank"} {: not-closed
        ~~~
        {: .prompt-tip }
        ~~~
        """
        #expect(KramdownConverter(sourcePath: "x.md").convert(text, log: &log) == """
        > [!CAUTION]
        > 인용 안의 표시

        > [!TIP]
        > - 목록


        `{: .keep}` [a](b) {: not-closed
        ~~~
        {: .prompt-tip }
        ~~~
        """)
        #expect(log.warnings.isEmpty)
    }

    @Test func shortcodes() {
        var log = ImportLog()
        var links = self.links
        links.add(sourcePath: "content/about.md", url: "/about/", isPost: false)
        let converter = ShortcodeConverter(links: links, sourcePath: "content/posts/x.md")
        #expect(converter.convert("{{< notice >}}\nnever closed", log: &log) == "\nnever closed")
        #expect(converter.convert("{{% notice warning \"제목\" %}}\n본문\n\n둘째\n{{% /notice %}}", log: &log) == "> [!WARNING] 제목\n> 본문\n>\n> 둘째")
        #expect(converter.convert("{{< vimeo 123 >}} {{< instagram BWNjjyYFxVx >}} {{< gist a >}}", log: &log)
            == "[Vimeo: 123](https://vimeo.com/123) [Instagram](https://www.instagram.com/p/BWNjjyYFxVx/) ")
        #expect(converter.convert("{{< figure src=\"a.png\" link=\"https://x\" >}}", log: &log) == "[![](a.png)](https://x)")
        #expect(converter.convert("[a]({{< ref \"about.md#top\" >}}) {{</* x */>}} {{%/* y */%}}", log: &log) == "[a](/about/#top) {{< x >}} {{% y %}}")
        #expect(log.warnings.map(\.description) == [
            "content/posts/x.md:1:1: warning: shortcode {{< notice >}} has no sitegen equivalent; removed",
            "content/posts/x.md:1:1: warning: shortcode {{< gist a >}} has no sitegen equivalent; removed",
        ])
    }

    @Test func foreignDates() {
        #expect(ForeignDate("2024-3-5")?.text == "2024-03-05")
        #expect(ForeignDate("2024/03/05 9:05")?.text == "2024-03-05T09:05:00")
        #expect(ForeignDate("2024.03.05 09:05:30 +/-0900")?.text == "2024-03-05T09:05:30")
        #expect(ForeignDate("2024-03-05 09:05:30 + 0900")?.text == "2024-03-05T09:05:30")
        #expect(ForeignDate("2024-03-05T09:05:30.123-07:00")?.text == "2024-03-05T09:05:30-07:00")
        #expect(ForeignDate("Tue, 05 Mar 2024 09:05:30 +0900")?.text == "2024-03-05T09:05:30+09:00")
        #expect(ForeignDate("05 Mar 2024")?.text == "2024-03-05")
        #expect(ForeignDate("2024-02-30") == nil && ForeignDate("어제") == nil && ForeignDate("2024-03-05 25:00") != nil)
        #expect(FrontMatterMapping.dateText(.text("2024-03-05 09:00:00 +0900")) == "2024-03-05 09:00:00 +0900", "kept when sitegen reads it")
    }

    @Test func jekyllPermalinksAndSlugs() {
        let date = ISODate.parse("2023-05-01T23:30:00+09:00", timeZone: .gmt)
        let document = JekyllPermalink.Document(title: "My-Post", name: "2023-05-01-My Post", categories: ["Java", "java", "Web Dev"],
                                                date: date, timeZone: TimeZone(identifier: "Asia/Seoul")!)
        #expect(JekyllPermalink.url(JekyllPermalink.pattern("date"), for: document) == "/java/web dev/2023/05/01/My-Post.html")
        #expect(JekyllPermalink.url(JekyllPermalink.pattern("pretty"), for: document) == "/java/web dev/2023/05/01/My-Post/")
        #expect(JekyllPermalink.url("/:year/:y_day/:slug:output_ext", for: document) == "/2023/121/my-post.html")
        #expect(JekyllPermalink.url("/:nonsense/", for: document) == nil)
        #expect(ForeignSlug.jekyllPretty("[WEB] STOMP란?") == "WEB-STOMP란")
        #expect(ForeignSlug.jekyll("C++ & Kotlin_정리") == "c-kotlin-정리")
        #expect(ForeignSlug.hugo("Hello World_한글 C++") == "hello-world_한글-c++")
    }

    @Test func frontMatterWriterQuotesOnlyWhatYAMLWouldMisread() {
        #expect(["평범한 제목", "제목: 부제", "[태그]", "true", "2024", "a #b", "C#", " x"].map { FrontMatterWriter.scalar($0) }
            == ["평범한 제목", "\"제목: 부제\"", "\"[태그]\"", "\"true\"", "\"2024\"", "\"a #b\"", "C#", "\" x\""])
        #expect(FrontMatterWriter.scalar("a, b", inFlow: true) == "\"a, b\"")
        var writer = FrontMatterWriter()
        writer.value("extra", .table([ForeignField(key: "list", value: .list([.table([ForeignField(key: "k", value: .number("1"))])]))]))
        #expect(writer.frontMatter == "---\nextra:\n  list:\n  - k: 1\n---\n")
    }

    @Test func termSpellingsThatWouldShareAURLAreMadeOne() {
        func entry(_ path: String, _ categories: [String]) -> ImportEntry {
            var extras = FrontMatterMapping.Extras(title: path)
            extras.categories = categories
            return ImportEntry(kind: .post, sourcePath: path, matter: ForeignFrontMatter(body: ""), targetPath: path, url: "/", extras: extras)
        }
        var entries = [entry("a.md", ["web", "Spring"]), entry("b.md", ["web,", "spring"]), entry("c.md", ["web"])]
        var log = ImportLog()
        TermSpellings.unify(&entries, log: &log)
        #expect(entries.map(\.extras.categories) == [["web", "Spring"], ["web", "spring"], ["web"]])
        #expect(log.warnings.map(\.description) == ["b.md: warning: category \"web,\" written as \"web\", as other posts write it: sitegen gives both one page, /categories/web/"])
    }

    @Test func brokenLinksAndOldURLs() {
        var log = ImportLog()
        #expect(LinkRepairs.repair("[a](\"https://x\") [b]([c](https://y)) `[d](\"e\")`", sourcePath: "x.md", firstLine: 3, log: &log)
            == "[a](https://x) [b](https://y) `[d](\"e\")`")
        #expect(log.warnings.count == 2)
        var links = self.links
        links.byOldURL = ["/2024/01/01/a.html": "/posts/a/", "/blog/b/": "/posts/b/"]
        links.files = ["/img/p.png", "/posts/bundle/q.png"]
        links.oldSite = "https://old.example.com/base"
        let mapping = LinkMapping(links: links, oldURL: "/blog/c/", sourceFolder: "/posts/bundle/")
        #expect(mapping.map(text: "[a](https://old.example.com/base/blog/b/) [b](http://old.example.com/base/2024/01/01/a.html) [c](https://old.example.com/base/nothing/)")
            == "[a](/posts/b/) [b](/posts/a/) [c](https://old.example.com/base/nothing/)")
        #expect(mapping.map(text: "[1](/2024/01/01/a.html#x) [2](../b/) [3](img/p.png) [4](q.png) [5](https://x) [6](#top) [7](/unknown/)")
            == "[1](/posts/a/#x) [2](/posts/b/) [3](/img/p.png) [4](q.png) [5](https://x) [6](#top) [7](/unknown/)")
    }

    @Test func foreignSyntaxCheckSeesOnlyText() {
        #expect(ForeignSyntax.find(in: "<p>a {{ b }}</p><pre><code>{% c %}</code></pre><code>{: d}</code>") == ["{{"])
    }
}

extension LinkMapping {
    /// The whole text mapped, for tests.
    func map(text: String) -> String {
        var log = ImportLog()
        return map(text, log: &log)
    }
}

import Testing
@testable import SiteGenCore

@Suite("Code blocks: HTML, info strings, unknown languages")
struct CodeBlockRendererTests {
    @Test func wholeBlockWithTitleMarksAndLineNumbers() {
        let block = CodeBlockRenderer.render(code: "val a = 1\n// b\nval c = \"<x>\"\n", info: #"kotlin {2} title="A.kt" linenos"#)
        #expect(block.html == """
        <div class="code">
        <div class="code-head"><span class="code-title">A.kt</span><span class="code-lang">Kotlin</span></div>
        <pre class="hl linenos"><code class="language-kotlin"><span class="line"><span class="ln" aria-hidden="true" data-n="1"></span>\
        <span class="k">val</span> <span class="v">a</span> <span class="o">=</span> <span class="m">1</span>
        </span><span class="line mark"><span class="ln" aria-hidden="true" data-n="2"></span><span class="c">// b</span>
        </span><span class="line"><span class="ln" aria-hidden="true" data-n="3"></span><span class="k">val</span> \
        <span class="v">c</span> <span class="o">=</span> <span class="s">&quot;&lt;x&gt;&quot;</span>
        </span></code></pre>
        </div>

        """.replacingOccurrences(of: "&quot;", with: "\""))
        #expect(block.language == "kotlin" && block.isKnownLanguage && block.problems.isEmpty)
    }

    @Test func plainBlockWithoutOptionsHasNoLineWrappers() {
        #expect(CodeBlockRenderer.render(code: "a < b && c\n", info: "").html == """
        <div class="code">
        <div class="code-head"><span class="code-lang">Text</span></div>
        <pre class="hl"><code class="language-text">a &lt; b &amp;&amp; c
        </code></pre>
        </div>

        """)
    }

    @Test func unknownLanguageIsEscapedPlainTextAndReported() {
        let block = CodeBlockRenderer.render(code: "<script>alert(1)</script>\n", info: "brainfuck")
        #expect(!block.isKnownLanguage && block.language == "brainfuck" && block.problems.isEmpty)
        #expect(block.html.contains(#"<span class="code-lang">brainfuck</span>"#))
        #expect(block.html.contains("<code class=\"language-brainfuck\">&lt;script&gt;alert(1)&lt;/script&gt;\n</code>"))
        let hostile = CodeBlockRenderer.render(code: "x", info: "\"><img>")
        #expect(!hostile.html.contains("<img>"))
    }

    @Test func multiLineTokensAreSplitPerLine() {
        #expect(codeHTML("/* a\nb */ x\n", info: "java {1}") == """
        <span class="line mark"><span class="c">/* a</span>
        </span><span class="line"><span class="c">b */</span> x
        </span>
        """)
        #expect(codeHTML("/* a\nb */\n", info: "java") == "<span class=\"c\">/* a</span>\n<span class=\"c\">b */</span>\n")
    }

    @Test func infoStringOptions() {
        let info = InfoString(#"kotlin {3-5, 8} title="Coupon Service.kt" linenos"#)
        #expect(info.language == "kotlin" && info.markedLines == [3...5, 8...8])
        #expect(info.title == "Coupon Service.kt" && info.showsLineNumbers && info.problems.isEmpty)
        #expect(InfoString("java{2}").markedLines == [2...2] && InfoString("java{2}").language == "java")
        #expect(InfoString(#"yaml hl_lines="1 3-4""#).markedLines == [1...1, 3...4])
        #expect(InfoString("{1} linenos") == InfoString("{1} linenos") && InfoString("{1} linenos").language == "")
    }

    @Test func infoStringProblemsAreReportedNotFatal() {
        let block = CodeBlockRenderer.render(code: "a\nb\n", info: "kotlin {5-3,x,9} lineos")
        #expect(block.problems == [
            "line range '5-3' in code block options is not a line number or a range like 3-5",
            "line range 'x' in code block options is not a line number or a range like 3-5",
            "unknown code block option 'lineos'; options are {3-5,8}, title=\"file name\" and linenos",
            "marked line 9 is past the end of the code block (2 lines)",
        ])
        #expect(block.isKnownLanguage && block.html.contains("language-kotlin"))
    }

    @Test func aliasesNameTheirLanguages() {
        let aliases = ["kt": "kotlin", "kts": "kotlin", "yml": "yaml", "sh": "bash", "zsh": "bash", "shell": "bash",
                       "js": "javascript", "ts": "typescript", "py": "python", "golang": "go", "docker": "dockerfile",
                       "gradle": "groovy", "ini": "properties", "patch": "diff", "md": "markdown", "shell-session": "console",
                       "mysql": "sql", "PostgreSQL": "sql", "htm": "html", "svg": "xml", "txt": "text", "json5": "json", "toml": "toml",
                       "http": "http", "lua": "lua", "swift": "swift", "java": "java"]
        for (alias, name) in aliases {
            #expect(Language.named(alias)?.name == name, "\(alias)")
        }
    }

    @Test func wideBlocksAreMarkedForTheScrollHint() {
        #expect(CodeBlockRenderer.render(code: String(repeating: "x", count: 41), info: "").html.hasPrefix("<div class=\"code code-wide\">"))
        #expect(CodeBlockRenderer.render(code: String(repeating: "가", count: 20), info: "").html.hasPrefix("<div class=\"code\">"))
        #expect(CodeBlockRenderer.render(code: String(repeating: "가", count: 21), info: "").html.hasPrefix("<div class=\"code code-wide\">"))
    }
}

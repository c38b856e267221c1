import Testing
@testable import SiteGenCore

@Suite("Highlight: markup, scripts, Python, Go, Lua")
struct MarkupHighlightTests {
    @Test func xmlAndHTML() {
        #expect(marks("<?xml version=\"1.0\"?>\n<!-- c -->\n<dep id='1'>a &amp; b</dep>\n", "xml") == [
            "c:<?xml version=\"1.0\"?>", "c:<!-- c -->", "tg:<dep", "at:id=", "s:'1'", "tg:>", "se:&amp;", "tg:</dep>",
        ])
        #expect(marks("<p class=\"x\" hidden>hi<script>let a = 1 < 2;</script></p>", "html") == [
            "p:<", "tg:p", "at:class", "o:=", "s:\"x\"", "at:hidden", "p:>", "p:<", "tg:script", "p:>",
            "k:let", "o:=", "m:1", "o:<", "m:2", "p:;</", "tg:script", "p:></", "tg:p", "p:>",
        ])
    }

    @Test func markdownHighlightsFencedCodeInItsLanguage() {
        let code = "# 제목\n\n- `code` and [link](https://x.dev)\n\n```kotlin\nval x = 1\n```\n"
        #expect(marks(code, "markdown") == [
            "gh:# 제목", "k:-", "s:`code`", "tg:link", "v:https://x.dev", "s:```kotlin", "k:val", "v:x", "o:=", "m:1", "s:```",
        ])
    }

    @Test func pythonStringsDecoratorsAndDefinitions() {
        let code = "@dataclass\nclass User(Base):\n    def greet(self, n: int) -> str:\n        return f\"hi {self.name}\" + r\"\\d\" + '\\n'\n"
        #expect(marks(code, "python") == [
            "a:@dataclass", "k:class", "t:User", "p:(", "p:):", "k:def", "f:greet", "p:(", "b:self", "p:,", "p::", "b:int",
            "p:)", "o:->", "b:str", "p::", "k:return", "s:f\"hi ", "se:{", "b:self", "p:.", "se:}", "s:\"", "o:+",
            "s:r\"\\d\"", "o:+", "s:'", "se:\\n", "s:'",
        ])
    }

    @Test func javaScriptRegexLiteralsAndDivision() {
        #expect(marks("const r = /a\\/b[/]/g; const half = total / 2 / 1;", "js") == [
            "k:const", "o:=", "s:/a\\/b[/]/g", "p:;", "k:const", "o:=", "o:/", "m:2", "o:/", "m:1", "p:;",
        ])
        #expect(marks("const s = `total ${n * 2}`", "ts") == ["k:const", "o:=", "s:`total ", "se:${", "o:*", "m:2", "se:}", "s:`"])
        #expect(marks("let n: number = count as Total", "typescript").contains("t:number"))
    }

    @Test func goRawStringsAndRunes() {
        #expect(marks("s := `raw \\n`\nr := 'x'\nvar n int = len(s)\n", "go") == [
            "o::=", "s:`raw \\n`", "o::=", "s:'x'", "k:var", "t:int", "o:=", "b:len", "p:(", "p:)",
        ])
    }

    @Test func luaScriptsForRedis() {
        #expect(marks("if redis.call('GET', KEYS[1]) == ARGV[1] then return 1 end -- 해제", "lua") == [
            "k:if", "v:redis", "p:.", "f:call", "p:(", "s:'GET'", "p:,", "v:KEYS", "p:[", "m:1", "p:])", "o:==",
            "v:ARGV", "p:[", "m:1", "p:]", "k:then", "k:return", "m:1", "k:end", "c:-- 해제",
        ])
    }
}

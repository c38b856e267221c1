import Foundation
import Testing
@testable import SiteGenCore

@Suite("Highlight: unterminated input, random input, large blocks")
struct HighlightRobustnessTests {
    static let languages = ["kotlin", "java", "swift", "go", "python", "javascript", "typescript", "sql", "groovy", "lua",
                            "yaml", "json", "toml", "bash", "console", "dockerfile", "http", "xml", "html",
                            "properties", "diff", "markdown", "text"]

    /// Tokens are in order, do not overlap, stay inside the text and cover whole characters.
    func expectWellFormed(_ code: String, _ language: String) {
        let bytes = Array(code.utf8)
        let tokens = CodeBlockRenderer.tokens(code: code, language: language) ?? []
        var end = 0
        for token in tokens {
            #expect(token.start >= end && token.end > token.start && token.end <= bytes.count, "\(language): \(token)")
            #expect(token.start == bytes.count || bytes[token.start] & 0xC0 != 0x80, "\(language) splits a character")
            end = token.end
        }
        let html = CodeBlockRenderer.render(code: code, info: language).html
        #expect(html.components(separatedBy: "<span").count == html.components(separatedBy: "</span>").count, "\(language)")
    }

    @Test(arguments: ["\"abc", "\"\"\"abc\n", "'abc", "/* abc\n/* nested", "`abc", "${abc", "\"${abc", "\"\\(abc",
                      "<<EOF\nabc", "$(abc", "<!-- abc", "<a href=\"x", "--[[ abc", "#\"abc", "f\"{abc", "r\"\\", "\\",
                      "```kotlin\nval s = \"", "key: |\n  abc", "{\"a\": \"b", "@", "/", "$", "<", "#!", "0x", "1e", "\u{FEFF}\"가"])
    func unterminatedInputRunsToTheEnd(_ code: String) {
        for language in Self.languages {
            expectWellFormed(code, language)
        }
        #expect(marks("val s = \"never closed", "kotlin").last == "s:\"never closed")
        #expect(marks("x /* never closed\nval y = 1", "kotlin").last == "c:/* never closed\nval y = 1")
        #expect(marks("s = '''never\nclosed", "python").last == "s:'''never\nclosed")
    }

    @Test func randomInputNeverBreaksTheLexers() {
        var generator = SplitMix(seed: 13)
        let alphabet = Array("\"'`$\\{}()[]<>/*#-!@:;=|&?.,\n\t aZ0_9가🙂x\u{0}%+~^")
        for round in 0..<300 {
            let code = String((0..<Int(generator.next() % 120)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            expectWellFormed(code, Self.languages[round % Self.languages.count])
        }
    }

    @Test func deepInterpolationIsBounded() {
        let deep = String(repeating: "\"${", count: 5_000)
        expectWellFormed(deep, "kotlin")
        expectWellFormed(String(repeating: "$(", count: 5_000), "bash")
        expectWellFormed(String(repeating: "\"\\(", count: 5_000), "swift")
    }

    @Test func fiveThousandLineBlock() {
        let line = "    val coupon = repository.findById(id) ?: throw CouponNotFound(\"id=$id\") // 조회\n"
        let code = "fun load() {\n" + String(repeating: line, count: 4_998) + "}\n"
        let clock = ContinuousClock()
        var block = RenderedCodeBlock(html: "", language: "", isKnownLanguage: false)
        let elapsed = clock.measure { block = CodeBlockRenderer.render(code: code, info: "kotlin linenos") }
        #expect(block.html.components(separatedBy: "<span class=\"line\">").count - 1 == 5_000)
        #expect(block.html.components(separatedBy: "<span class=\"c\">// 조회</span>").count - 1 == 4_998)
        // A bound that only a hang or a quadratic lexer breaks, even in a debug build on a busy
        // machine (a release build takes about 25 ms of CPU).
        #expect(elapsed < .seconds(60), "a 5,000-line block took \(elapsed)")
    }

    @Test func outputIsDeterministic() {
        let code = "SELECT * FROM t WHERE a = 'x' -- c\n"
        #expect(CodeBlockRenderer.render(code: code, info: "sql {1}") == CodeBlockRenderer.render(code: code, info: "sql {1}"))
    }
}

/// A small deterministic random number generator for generated inputs.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

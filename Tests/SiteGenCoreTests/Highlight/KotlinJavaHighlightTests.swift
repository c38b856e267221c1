import Testing
@testable import SiteGenCore

@Suite("Highlight: Kotlin, Java, Swift, Groovy")
struct KotlinJavaHighlightTests {
    @Test func kotlinStringTemplates() {
        let code = #"val msg = "Hi ${user.name}, id=$id\n""#
        #expect(marks(code, "kotlin") == [
            "k:val", "v:msg", "o:=", "s:\"Hi ", "se:${", "p:.", "v:name", "se:}", "s:, id=", "se:$",
            "s:", "se:\\n", "s:\"",
        ].filter { $0 != "s:" })
        #expect(codeHTML(code, info: "kotlin").contains(#"<span class="se">${</span>user<span class="p">.</span>"#))
    }

    @Test func kotlinRawStringsKeepBackslashesAndTemplates() {
        let code = "val sql = \"\"\"\n    SELECT * FROM t WHERE a = '\\n' AND b = $b\n\"\"\".trimIndent()\n"
        #expect(marks(code, "kotlin", "s") == ["\"\"\"\n    SELECT * FROM t WHERE a = '\\n' AND b = ", "\n\"\"\""])
        #expect(marks(code, "kotlin", "se") == ["$"])
    }

    @Test func nestedBlockCommentsInKotlinAndSwift() {
        let code = "/* outer /* inner */ still outer */ val x = 1\n"
        #expect(marks(code, "kotlin").prefix(2) == ["c:/* outer /* inner */ still outer */", "k:val"])
        #expect(marks(code.replacingOccurrences(of: "val", with: "let"), "swift").prefix(2)
                == ["c:/* outer /* inner */ still outer */", "k:let"])
        #expect(marks("/** Doc. */\nfun f() = 1\n", "kotlin").first == "cd:/** Doc. */")
    }

    @Test func kotlinDeclarationsAndSoftKeywords() {
        let code = "data class Coupon(val value: Int)\nprivate suspend fun <T : Any> List<T>.top(): T? = first()\nval k = Coupon::class\n"
        let kinds = marks(code, "kotlin")
        #expect(kinds == [
            "k:data", "k:class", "t:Coupon", "p:(", "k:val", "v:value", "o::", "t:Int", "p:)",
            "k:private", "k:suspend", "k:fun", "o:<", "p::", "o:>", "o:<", "o:>", "p:.", "f:top", "p:()", "o::", "o:?", "o:=", "p:()",
            "k:val", "v:k", "o:=", "o:::",
        ])
        #expect(marks("val value = data.value\n", "kotlin") == ["k:val", "v:value", "o:=", "p:.", "v:value"])
        #expect(marks("@Test fun `쿠폰을 한 번만 발급한다`() = Unit\n", "kotlin") == ["a:@Test", "k:fun", "f:`쿠폰을 한 번만 발급한다`", "p:()", "o:=", "t:Unit"])
    }

    @Test func javaTextBlocksAndAnnotationsWithArguments() {
        let code = """
        @Transactional(readOnly = true)
        @Query(value = \"\"\"
            SELECT c FROM Coupon c WHERE c.id = :id
            \"\"\", nativeQuery = false)
        public Optional<Coupon> findCoupon(@Param("id") long id) { return repo.find(id); }
        """
        let kinds = marks(code, "java")
        #expect(kinds.prefix(3) == ["a:@Transactional", "p:(", "v:readOnly"] || kinds.prefix(2) == ["a:@Transactional", "p:("])
        #expect(kinds.contains("s:\"\"\"\n    SELECT c FROM Coupon c WHERE c.id = :id\n    \"\"\""))
        #expect(kinds.contains("l:false") && kinds.contains("f:findCoupon") && kinds.contains("a:@Param"))
        #expect(kinds.contains("k:return") && kinds.contains("t:long"))
        #expect(!kinds.contains("f:find"))
    }

    @Test func genericsAndComparisonsAreBothOperators() {
        let generic = marks("val m: Map<String, List<Int>> = mapOf()\n", "kotlin")
        #expect(generic.contains("o:<") && generic.contains("o:>>") && generic.contains("t:String") && generic.contains("t:Int"))
        let comparison = marks("if (a < b && c > d) return\n", "kotlin")
        #expect(comparison == ["k:if", "p:(", "o:<", "o:&&", "o:>", "p:)", "k:return"])
        #expect(marks("List<String> names = new ArrayList<>();\n", "java").contains("o:<>"))
    }

    @Test func swiftInterpolationAttributesAndClosureArguments() {
        let code = "@MainActor func greet(_ name: String) -> String { \"Hi \\(name.uppercased())\" }\nlet n = [1].map { $0 + 1 }\n"
        let kinds = marks(code, "swift")
        #expect(kinds.contains("a:@MainActor") && kinds.contains("f:greet") && kinds.contains("b:String"))
        #expect(kinds.contains("se:\\(") && kinds.contains("se:)") && kinds.contains("v:$0"))
        #expect(marks("#if DEBUG\nlet x = 1\n#endif\n", "swift").first == "c:#if DEBUG")
    }

    @Test func groovyGradleScripts() {
        let code = "dependencies {\n    implementation group: 'org.x', name: \"lib\", version: '1.0'\n}\ndef greet(String name) { println \"hi ${name}\" }\n"
        let kinds = marks(code, "gradle")
        #expect(kinds.contains("l:group:") && kinds.contains("s:'org.x'") && kinds.contains("s:\"hi ${name}\""))
        #expect(kinds.contains("t:def") && kinds.contains("f:greet"))
    }
}

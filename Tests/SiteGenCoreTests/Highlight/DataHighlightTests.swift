import Testing
@testable import SiteGenCore

@Suite("Highlight: SQL, YAML, JSON, TOML, properties")
struct DataHighlightTests {
    @Test func sqlQuotedIdentifiersStringsAndComments() {
        let code = """
        -- 재고 차감
        SELECT "order", `user`, name FROM coupon /* hot row */ WHERE memo = 'it''s' # mysql comment
        UPDATE coupon SET stock = stock - 1 WHERE id = ? FOR UPDATE;
        """
        #expect(marks(code, "sql") == [
            "c:-- 재고 차감", "k:SELECT", "v:\"order\"", "p:,", "v:`user`", "p:,", "k:FROM", "c:/* hot row */",
            "k:WHERE", "o:=", "s:'it''s'", "c:# mysql comment",
            "k:UPDATE", "k:SET", "o:=", "o:-", "m:1", "k:WHERE", "o:=", "o:?", "k:FOR", "k:UPDATE", "p:;",
        ])
        #expect(marks("create table t (id bigint not null, v varchar(20) default now())", "postgresql").contains("t:varchar"))
        #expect(marks("SELECT COUNT(*) FROM t", "mysql").contains("b:COUNT"))
    }

    @Test func yamlKeysWithColonsAnchorsAndBlockScalars() {
        let code = """
        base: &base
          url: jdbc:mysql://localhost:3306/coupon?useSSL=false  # 로컬
          "quoted:key": 'it''s'
        prod:
          <<: *base
          script: |
            echo "a: b"
            exit 0
          list:
            - name: first
            - second
        next: "x\\ty"
        """
        #expect(marks(code, "yaml") == [
            "y:base", "p::", "l:&base",
            "y:url", "p::", "c:# 로컬",
            "y:\"quoted:key\"", "p::", "s:'it''s'",
            "y:prod", "p::",
            "y:<<", "p::", "v:*base",
            "y:script", "p::", "p:|",
            "s:echo \"a: b\"", "s:exit 0",
            "y:list", "p::",
            "p:-", "y:name", "p::",
            "p:-",
            "y:next", "p::", "s:\"x", "se:\\t", "s:y\"",
        ])
    }

    @Test func jsonKeysStringsAndEscapes() {
        let code = #"{"name": "쿠폰 \"A\"\n", "n": -1.5e3, "ok": true, "none": null, "list": [1]}"#
        #expect(marks(code, "json") == [
            "p:{", "y:\"name\"", "p::", "s:\"쿠폰 ", "se:\\\"", "s:A", "se:\\\"\\n", "s:\"", "p:,",
            "y:\"n\"", "p::", "m:-1.5e3", "p:,", "y:\"ok\"", "p::", "l:true", "p:,",
            "y:\"none\"", "p::", "l:null", "p:,", "y:\"list\"", "p::", "p:[", "m:1", "p:]}",
        ].filter { $0 != "s:" })
        #expect(marks(#"{"u": "\u00e9"}"#, "json").contains("se:\\u00e9"))
    }

    @Test func tomlAndProperties() {
        #expect(marks("[server]\nport = 8080 # c\nname = \"x\"\nwhen = 2024-01-01\n", "toml") == [
            "k:[server]", "o:=", "m:8080", "c:# c", "o:=", "s:\"x\"", "o:=", "m:2024-01-01",
        ])
        #expect(marks("# c\nspring.datasource.url=jdbc:mysql://x\nserver.port: 8080\n", "properties") == [
            "c:# c", "y:spring.datasource.url", "o:=", "s:jdbc:mysql://x", "y:server.port", "o::", "s:8080",
        ])
        #expect(marks("[section]\nkey = value ; note\n", "ini") == ["k:[section]", "y:key", "o:=", "s:value", "c:; note"])
    }
}

import Testing
@testable import SiteGenCore

@Suite("Highlight: shell, console, Dockerfile, HTTP, diff")
struct ShellHighlightTests {
    @Test func heredocBodiesAreStringsAndTheLineGoesOn() {
        let code = "cat <<EOF > /tmp/x.yaml\nname: $NAME\nEOF\necho done\ncat <<-'END'\n\tnot $lexed\n\tEND\n"
        #expect(marks(code, "bash") == [
            "s:<<EOF", "s:name: $NAME\nEOF", "b:echo", "k:done", "s:<<-'END'", "s:\tnot $lexed\n\tEND",
        ])
    }

    @Test func commandSubstitutionAndParameterExpansion() {
        let code = #"COUNT=$(redis-cli GET "coupon:$(date +%F)") && echo "${COUNT:-0} left" # 남은 수량"#
        #expect(marks(code, "bash") == [
            "v:COUNT", "o:=", "k:$(", "s:\"coupon:", "k:$(", "k:)", "s:\"", "k:)", "o:&&", "b:echo",
            "s:\"", "se:${", "v:COUNT", "p::-", "v:0", "se:}", "s: left\"", "c:# 남은 수량",
        ])
        #expect(marks("if [ -f x ]; then exit 1; fi\n", "sh") == ["k:if", "o:[", "o:]", "p:;", "k:then", "b:exit", "m:1", "p:;", "k:fi"])
    }

    @Test func consolePromptsCommandsAndOutput() {
        let code = "$ ./gradlew test --tests \"*Coupon*\"\nBUILD SUCCESSFUL in 3s\nuser@host:~$ echo $HOME\n/home/user\n"
        #expect(marks(code, "console") == [
            "gp:$ ", "b:test", "s:\"*Coupon*\"", "go:BUILD SUCCESSFUL in 3s", "gp:user@host:~$ ", "b:echo", "v:$HOME", "go:/home/user",
        ])
        #expect(marks("50% done\n> Task :test\n", "console") == ["go:50% done", "go:> Task :test"])
    }

    @Test func dockerfileInstructions() {
        let code = "FROM eclipse-temurin:21-jre AS run\n# 런타임\nENV JAVA_OPTS=\"-Xmx512m\"\nRUN apt-get update && \\\n    apt-get install -y curl\nENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]\n"
        #expect(marks(code, "dockerfile") == [
            "k:FROM", "s:eclipse-temurin:21-jre", "k:AS", "s:run", "c:# 런타임", "k:ENV", "v:JAVA_OPTS", "o:=", "s:\"-Xmx512m\"",
            "k:RUN", "o:&&", "se:\\\n", "k:ENTRYPOINT", "p:[", "s:\"java\"", "p:,", "s:\"-jar\"", "p:,", "s:\"app.jar\"", "p:]",
        ])
    }

    @Test func httpRequestWithJSONBody() {
        let code = "POST /api/coupons HTTP/1.1\nContent-Type: application/json\n\n{\"id\": 1}\n"
        #expect(marks(code, "http") == ["f:POST", "k:HTTP", "o:/", "m:1.1", "y:Content-Type", "o::", "p:{", "y:\"id\"", "p::", "m:1", "p:}"])
        #expect(marks("HTTP/1.1 200 OK\nContent-Type: text/plain\n\n{\"no\": 1}\n", "http") == ["k:HTTP", "o:/", "m:1.1", "m:200", "y:Content-Type", "o::"])
    }

    @Test func diffLines() {
        let code = "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n context\n-old\n+new\n"
        #expect(marks(code, "diff") == ["gh:diff --git a/x b/x", "gd:--- a/x", "gi:+++ b/x", "gh:@@ -1,2 +1,2 @@", "gd:-old", "gi:+new"])
    }
}

import Testing
@testable import SiteGenServer

@Suite("Request paths and content types")
struct SitePathTests {
    @Test func decodesPathsIntoOutputPaths() throws {
        #expect(SitePath(rawPath: "/")?.outputPath == "index.html")
        #expect(SitePath(rawPath: "/posts/first/")?.outputPath == "posts/first/index.html")
        #expect(SitePath(rawPath: "/feed.xml")?.outputPath == "feed.xml")
        #expect(SitePath(rawPath: "/tags/%EC%8A%A4%ED%94%84%EB%A7%81/")?.outputPath == "tags/스프링/index.html")
        #expect(SitePath(rawPath: "/a%20b.png")?.outputPath == "a b.png")
        #expect(SitePath(rawPath: "/about")?.folderIndexPath == "about/index.html")
        #expect(SitePath(rawPath: "/about/")?.folderIndexPath == nil)
        #expect(SitePath(rawPath: "/assets/Style.CSS")?.pathExtension == "css")
        #expect(SitePath(rawPath: "/posts/")?.pathExtension == "html")
        #expect(SitePath(rawPath: "/.well-known")?.pathExtension == "")
    }

    @Test func refusesEveryWayOutOfTheSite() {
        let attempts = [
            "/../site.yaml", "/assets/../../site.yaml", "/..", "/.", "/./index.html",
            "/%2e%2e/site.yaml", "/%2E%2E/%2e%2e/etc/passwd", "/.%2e/site.yaml",
            "/assets%2f..%2f..%2fsite.yaml", "/%2fetc%2fpasswd", "/assets%2F..%2Fsite.yaml",
            "/assets\\..\\..\\site.yaml", "/..%5c..%5csite.yaml", "/%5c%5cserver%5cshare",
            "//etc/passwd", "/posts//first/", "/index.html%00.png", "/%00", "/a%0ab",
            "/%", "/%zz", "/%e2%28%a1", "etc/passwd", "", "C:\\Windows\\win.ini",
        ]
        for attempt in attempts {
            #expect(SitePath(rawPath: attempt) == nil, "\(attempt)")
        }
        #expect(SitePath(rawPath: "/%252e%252e/site.yaml")?.segments == ["%2e%2e", "site.yaml"])
        #expect(SitePath(rawPath: "/a..b/c")?.segments == ["a..b", "c"])
    }

    @Test func contentTypesCarryUTF8ForText() {
        let expected = [
            "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
            "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml; charset=utf-8",
            "xml": "application/xml; charset=utf-8", "json": "application/json; charset=utf-8",
            "txt": "text/plain; charset=utf-8", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
            "webp": "image/webp", "woff2": "font/woff2", "bin": "application/octet-stream", "": "application/octet-stream",
        ]
        for (pathExtension, contentType) in expected {
            #expect(ContentType.forExtension(pathExtension) == contentType, "\(pathExtension)")
        }
    }

    @Test func scriptGoesBeforeTheLastBodyClose() {
        let page = "<html><body><p>&lt;/body&gt;</p></BODY></html>"
        #expect(LiveReloadScript.inject(into: page) == "<html><body><p>&lt;/body&gt;</p>\(LiveReloadScript.element)</BODY></html>")
        #expect(LiveReloadScript.inject(into: "<p>fragment</p>") == "<p>fragment</p>" + LiveReloadScript.element)
        #expect(LiveReloadScript.element.contains("new EventSource(\"/_sitegen/events\")"))
        #expect(LiveReloadScript.element.contains("textContent"))
        #expect(!LiveReloadScript.element.contains("innerHTML"))
    }
}

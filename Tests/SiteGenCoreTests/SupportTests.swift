import Foundation
import Testing
@testable import SiteGenCore

@Suite("Dates, slugs and URLs")
struct SupportTests {
    let seoul = TimeZone(identifier: "Asia/Seoul")!

    @Test func parsesISODates() {
        #expect(ISODate.parse("2024-03-05", timeZone: seoul) == Date(timeIntervalSince1970: 1_709_564_400))
        #expect(ISODate.parse("2024-03-05T09:00:00+09:00", timeZone: .gmt) == Date(timeIntervalSince1970: 1_709_596_800))
        #expect(ISODate.parse("2024-03-05 09:00", timeZone: seoul) == Date(timeIntervalSince1970: 1_709_596_800))
        #expect(ISODate.parse("2024-03-05T00:00:00.250Z", timeZone: seoul) == Date(timeIntervalSince1970: 1_709_596_800))
        for bad in ["March 1", "2024-02-30", "2024-3-5", "2024-03-05T25:00", "2024-03-05T09:00+9", "2024-03-05x"] {
            #expect(ISODate.parse(bad, timeZone: seoul) == nil, "\(bad)")
        }
        #expect(ISODate.parse("2024-02-29", timeZone: .gmt) != nil)
    }

    @Test func formatsRFC3339InTheSiteZone() {
        let date = Date(timeIntervalSince1970: 1_709_596_800)
        #expect(ISODate.rfc3339(date, timeZone: seoul) == "2024-03-05T09:00:00+09:00")
        #expect(ISODate.rfc3339(date, timeZone: .gmt) == "2024-03-05T00:00:00Z")
        #expect(ISODate.day(Date(timeIntervalSince1970: 1_709_564_399), timeZone: seoul) == "2024-03-04")
        #expect(ISODate.rfc3339(Date(timeIntervalSince1970: -86_400), timeZone: .gmt) == "1969-12-31T00:00:00Z")
    }

    @Test func writesFourDigitYearsAndWholeMinuteOffsets() throws {
        let yearOne = try #require(ISODate.parse("0001-01-02T03:04:05Z", timeZone: .gmt))
        #expect(ISODate.rfc3339(yearOne, timeZone: .gmt) == "0001-01-02T03:04:05Z")
        #expect(ISODate.day(yearOne, timeZone: .gmt) == "0001-01-02")
        #expect(ISODate.year(of: yearOne, in: .gmt) == 1)
        // Seoul's local mean time (+08:27:52) has seconds, which RFC 3339 cannot write: UTC instead.
        let before1908 = try #require(ISODate.parse("1900-01-01T00:00:00Z", timeZone: .gmt))
        #expect(ISODate.rfc3339(before1908, timeZone: seoul) == "1900-01-01T00:00:00Z")
        let last = try #require(ISODate.parse("9999-12-31T23:59:59Z", timeZone: .gmt))
        #expect(ISODate.rfc3339(last, timeZone: .gmt) == "9999-12-31T23:59:59Z")
        #expect(ISODate.year(of: last, in: seoul) == 10000)
    }

    @Test func tellsYearsOfOtherWidthsApart() {
        for outside in ["10000-01-01", "-2024-01-01", "+2024-01-01", "123-01-01", " 99999-12-31T00:00"] {
            #expect(ISODate.hasOutOfRangeYear(outside), "\(outside)")
        }
        for inside in ["2024-01-01", "0001-01-01", "March 1", "2024", "-", ""] {
            #expect(!ISODate.hasOutOfRangeYear(inside), "\(inside)")
        }
    }

    @Test func slugs() {
        #expect(Slug.make("설치 전 할 일") == "설치-전-할-일")
        #expect(Slug.make("Spring Batch 5: Job & Step!") == "spring-batch-5-job--step")
        #expect(Slug.makeURLSegment("  Spring  Batch! ") == "spring-batch")
        #expect(Slug.makeURLSegment("C++ / 코루틴") == "c-plus-plus-코루틴")
        // C, C++ and C# get three URLs; a leading '#' is dropped as before.
        #expect(["C", "C++", "c#", "F#", "#java", "Notepad++", "a+b"].map(Slug.makeURLSegment) == ["c", "c-plus-plus", "c-sharp", "f-sharp", "java", "notepad-plus-plus", "a-plus-b"])
        #expect(Slug.isSafeSegment("스프링-배치"))
        for bad in ["../x", "a/b", ".hidden", "a b", "", "a\\b"] { #expect(!Slug.isSafeSegment(bad), "\(bad)") }
    }

    @Test func siteURLs() throws {
        let url = try #require(SiteURL(parsing: "https://user.github.io/blog"))
        #expect(url.basePath == "/blog/")
        #expect(url.href("/tags/스프링/") == "/blog/tags/%EC%8A%A4%ED%94%84%EB%A7%81/")
        #expect(url.absoluteURL("/") == "https://user.github.io/blog/")
        #expect(SiteURL(parsing: "user.github.io") == nil)
        #expect(SiteURL(parsing: "https://x.com/?q") == nil)
        #expect(URLEncoding.decode("%EC%8A%A4%ED%94%84%EB%A7%81-%zz") == "스프링-%zz")
    }

    @Test func parallelMapKeepsOrder() {
        let input = Array(0..<1000)
        #expect(input.parallelMap { $0 * 2 } == input.map { $0 * 2 })
    }

    @Test func paginationWindow() {
        #expect(ContextBuilder.pageWindow(current: 1, total: 1) == [1])
        #expect(ContextBuilder.pageWindow(current: 5, total: 9) == [1, nil, 3, 4, 5, 6, 7, nil, 9])
        #expect(ContextBuilder.pageWindow(current: 1, total: 4) == [1, 2, 3, 4])
    }

    @Test func invalidUTF8Position() {
        #expect(TextReader.firstInvalidUTF8(in: Data([0x61, 0x0A, 0x62, 0xFF])) == (2, 2))
        #expect(TextReader.firstInvalidUTF8(in: Data("가\n나".utf8) + Data([0xE0, 0x80])) == (2, 4))
    }
}

@Suite("Digests")
struct DigestTests {
    /// `hex` is 32 lowercase digits, zero-padded, the same as formatting each half in base 16.
    @Test func hexIsBothHalvesZeroPadded() {
        for text in ["", "a", "캐시 전략", String(repeating: "x", count: 1000)] {
            var digest = Digest()
            digest.add(text)
            let hex = digest.hex
            #expect(hex.utf8.count == 32 && hex.allSatisfy { "0123456789abcdef".contains($0) })
            let halves = [hex.prefix(16), hex.dropFirst(16)].map { UInt64($0, radix: 16) }
            #expect(halves.allSatisfy { $0 != nil })
        }
        var a = Digest(), b = Digest()
        a.add("ab"); a.add("c")
        b.add("a"); b.add("bc")
        #expect(a.hex != b.hex)
        // The digest of nothing is the two seeds, digit for digit.
        #expect(Digest().hex == "cbf29ce4842223259e3779b97f4a7c15")
    }
}

@Suite("Body HTML in contexts")
struct BodyHTMLTests {
    static func digest(_ body: BodyHTML) -> String { DigestEncoder.digest(of: body).hex }

    /// Without a build cache a body digests as its HTML; with one, as what it was rendered
    /// from (text, settings and images), which changes whenever the HTML can.
    @Test func digestsWhatItWasRenderedFrom() {
        var page = Page(kind: .post, sourcePath: "content/posts/a.md", slug: "a", url: "/posts/a/", title: "A")
        page.content.html = "<p>가</p>"
        var other = page
        other.content.html = "<p>나</p>"
        #expect(Self.digest(BodyHTML(of: page)) != Self.digest(BodyHTML(of: other)))
        page.contentKey = "k1"
        other.contentKey = "k1"
        #expect(Self.digest(BodyHTML(of: page)) == Self.digest(BodyHTML(of: other)))
        other.content.imageDigest = "images changed"
        #expect(Self.digest(BodyHTML(of: page)) != Self.digest(BodyHTML(of: other)))
        other.content.imageDigest = ""
        other.contentKey = "k2"
        #expect(Self.digest(BodyHTML(of: page)) != Self.digest(BodyHTML(of: other)))
        #expect(BodyHTML(of: page).description == "<p>가</p>")
    }
}

import Foundation
import Testing
@testable import SiteGenCore

/// The HTML an image becomes, and the `images:` settings.
@Suite("Image markup")
struct ImageMarkupTests {
    static func variant(_ format: ImageFormat, _ width: Int, _ height: Int, bytes: Int = 100) -> ImageVariant {
        ImageVariant(format: format, width: width, height: height, bytes: bytes,
                     outputPath: "posts/다이어그램 1-\(width).abcd1234.\(format.rawValue)", cachePath: "")
    }

    static let photo = ProcessedImage(
        outputPath: "posts/다이어그램 1.png", format: .png, kind: .photo, width: 1600, height: 900, bytes: 500_000,
        widths: [480, 960, 1440],
        variants: [variant(.avif, 480, 270), variant(.avif, 960, 540), variant(.avif, 1440, 810),
                   variant(.webp, 480, 270), variant(.webp, 960, 540)])

    static let catalog = ImageCatalog(images: [photo], basePath: "/blog/", sizes: "(min-width: 44rem) 42rem, 100vw")

    static func reference(_ destination: String, alt: String = "알트 \"따옴표\" & <태그>", title: String? = nil, index: Int = 1) -> ImageReference {
        ImageReference(destination: destination, sitePath: LinkRewriter.sitePath(of: destination, relativeTo: "/posts/"),
                       alt: alt, title: title, index: index)
    }

    @Test func aPictureWithSourcesPerFormatAndTheOriginalAsFallback() {
        let html = Self.catalog.markup(for: Self.reference("다이어그램%201.png"))
        let prefix = "/blog/posts/%EB%8B%A4%EC%9D%B4%EC%96%B4%EA%B7%B8%EB%9E%A8%201"
        #expect(html == "<picture>"
            + "<source type=\"image/avif\" srcset=\"\(prefix)-480.abcd1234.avif 480w, \(prefix)-960.abcd1234.avif 960w, \(prefix)-1440.abcd1234.avif 1440w\" sizes=\"(min-width: 44rem) 42rem, 100vw\">"
            + "<source type=\"image/webp\" srcset=\"\(prefix)-480.abcd1234.webp 480w, \(prefix)-960.abcd1234.webp 960w, \(prefix).png 1600w\" sizes=\"(min-width: 44rem) 42rem, 100vw\">"
            + "<img src=\"\(prefix).png\" alt=\"알트 &quot;따옴표&quot; &amp; &lt;태그&gt;\" width=\"1600\" height=\"900\" loading=\"lazy\" decoding=\"async\">"
            + "</picture>")
    }

    @Test func theFirstImageOfAPageIsNotLazy() throws {
        let html = try #require(Self.catalog.markup(for: Self.reference("/posts/다이어그램 1.png", alt: "a", title: "제목 'x'", index: 0)))
        #expect(html.hasSuffix("<img src=\"/blog/posts/%EB%8B%A4%EC%9D%B4%EC%96%B4%EA%B7%B8%EB%9E%A8%201.png\" alt=\"a\" title=\"제목 &#39;x&#39;\" width=\"1600\" height=\"900\" decoding=\"async\"></picture>"))
    }

    @Test func imagesTheBuildDidNotProcessKeepThePlainImg() {
        #expect(Self.catalog.markup(for: Self.reference("other.png")) == nil)
        #expect(Self.catalog.markup(for: Self.reference("https://example.com/다이어그램 1.png")) == nil)
        #expect(ImageCatalog().markup(for: Self.reference("다이어그램 1.png")) == nil)
    }

    @Test func anImageWithoutRenditionsIsJustAnImgWithItsSize() {
        let svg = ProcessedImage(outputPath: "a.svg", format: .svg, kind: .asIs, width: 640, height: 360, bytes: 900)
        let catalog = ImageCatalog(images: [svg], basePath: "/", sizes: "100vw")
        #expect(catalog.markup(for: ImageReference(destination: "/a.svg?v=2#top", sitePath: "/a.svg?v=2#top", alt: "", title: nil, index: 3))
            == "<img src=\"/a.svg\" alt=\"\" width=\"640\" height=\"360\" loading=\"lazy\" decoding=\"async\">")
    }

    @Test func parsesTheImagesSection() {
        let yaml = """
        images:
          widths: [960, 320, 960]
          sizes: "(min-width: 50rem) 48rem, 100vw"
          formats: [webp]
          quality: { avif: 40, webp: 70, jpeg: 85 }
          maxPixels: 1000000
          socialWidth: 1000
        """
        let (config, diagnostics) = ConfigParser.parse(SourceFile(sourcePath: "site.yaml", text: yaml))
        #expect(diagnostics == [])
        var expected = ImageSettings()
        expected.widths = [320, 960]
        expected.sizes = "(min-width: 50rem) 48rem, 100vw"
        expected.formats = [.webp]
        (expected.avifQuality, expected.webpQuality, expected.jpegQuality) = (40, 70, 85)
        expected.maxPixels = 1_000_000
        expected.socialWidth = 1000
        #expect(config.images == expected)
    }

    @Test func reportsBadImageSettings() {
        let yaml = """
        images:
          widths: [480, big]
          formats: [avif, jxl]
          quality: { webp: 101, png: 3 }
          sizes: ""
          zoom: 2
        """
        let (config, diagnostics) = ConfigParser.parse(SourceFile(sourcePath: "site.yaml", text: yaml))
        #expect(config.images == ImageSettings())
        #expect(diagnostics.map(\.description) == [
            "site.yaml:6:3: warning: unknown field 'zoom' in 'images' (known: formats, maxPixels, quality, sizes, socialWidth, widths)",
            "site.yaml:2:17: error: 'images.widths[]' must be a whole number from 16 to 8192, found \"big\"",
            "site.yaml:5:10: error: 'images.sizes' must be a sizes attribute like \"(min-width: 44rem) 42rem, 100vw\", found \"\"",
            "site.yaml:3:19: error: unknown image format \"jxl\" in 'images.formats' (known: avif, webp)",
            "site.yaml:4:25: warning: unknown field 'png' in 'images.quality' (known: avif, jpeg, webp)",
            "site.yaml:4:20: error: 'images.quality.webp' must be a whole number from 1 to 100, found \"101\"",
        ])
    }
}

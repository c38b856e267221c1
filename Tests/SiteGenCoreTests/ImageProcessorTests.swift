import Foundation
import Testing
@testable import SiteGenCore

/// One original → its cache entry: widths, kinds, formats, the size rule, the failures.
@Suite("Image processor")
struct ImageProcessorTests {
    func processor(_ settings: ImageSettings = ImageSettings()) -> ImageProcessor {
        ImageProcessor(root: "/nonexistent", settings: settings, cache: ImageCache(root: URL(fileURLWithPath: "/nonexistent")), stamps: [:])
    }

    @Test func widthsNeverExceedTheImage() {
        #expect(RenditionMaker.widths([480, 960, 1440], imageWidth: 2000) == [480, 960, 1440])
        #expect(RenditionMaker.widths([480, 960, 1440], imageWidth: 1000) == [480, 960, 1000])
        #expect(RenditionMaker.widths([480, 960, 1440], imageWidth: 960) == [480, 960])
        #expect(RenditionMaker.widths([480, 960, 1440], imageWidth: 300) == [300])
    }

    @Test func aGraphicGetsLosslessWebPOnly() throws {
        let png = TestImages.graphic(width: 1000, height: 600)
        let (image, files) = try processor().make(png, claimed: .png).get()
        #expect(image.kind == .graphic)
        #expect(image.widths == [480, 960, 1000])
        // Resampling blends the blocks' edges into new colours: the narrower lossless WebPs come
        // out larger than the full-size one, so only that one is worth offering.
        #expect(image.files == [CachedImage.File(format: .webp, width: 1000, height: 600, bytes: files["1000.webp"]?.count ?? 0)])
        #expect(image.social == nil, "a PNG no wider than 1200 serves as og:image itself")
        #expect(Set(files.keys) == ["1000.webp"])
        #expect(image.files.allSatisfy { files[$0.name]?.count == $0.bytes && $0.bytes < png.count })
    }

    @Test func aPhotoGetsAVIFAndWebPAndAJPEGForLinkPreviews() throws {
        let png = TestImages.photo(width: 1600, height: 900)
        let (image, files) = try processor().make(png, claimed: .png).get()
        #expect(image.kind == .photo)
        #expect(image.files.map { "\($0.format.rawValue)-\($0.width)" } == ["avif-480", "avif-960", "avif-1440", "webp-480", "webp-960", "webp-1440"])
        #expect(image.social == CachedImage.File(format: .jpeg, width: 1200, height: 675, bytes: files["1200.jpg"]?.count ?? 0))
    }

    @Test func aRenditionNotSmallerThanTheOriginalIsDropped() throws {
        let jpeg = TestImages.encoded(TestImages.photo(width: 500, height: 300), as: .jpeg, width: 500)
        var settings = ImageSettings()
        settings.webpQuality = 100
        settings.avifQuality = 100
        let (image, files) = try processor(settings).make(jpeg, claimed: .jpeg).get()
        #expect(image.widths == [480, 500])
        #expect(image.files.allSatisfy { $0.bytes < jpeg.count })
        #expect(image.files.count < 4, "quality 100 renditions of a small JPEG are larger than it")
        #expect(files.count == image.files.count)
    }

    @Test func aNarrowerRenditionMustBeSmallerThanEveryWiderOne() {
        func file(_ width: Int, _ bytes: Int) -> CachedImage.File { .init(format: .webp, width: width, height: 1, bytes: bytes) }
        #expect(RenditionMaker.worthKeeping([file(480, 44_494), file(800, 27_800)]) == [file(800, 27_800)])
        #expect(RenditionMaker.worthKeeping([file(480, 10), file(960, 30), file(1440, 20)]) == [file(480, 10), file(1440, 20)])
        #expect(RenditionMaker.worthKeeping([file(480, 10), file(960, 20)]) == [file(480, 10), file(960, 20)])
        #expect(RenditionMaker.worthKeeping([]) == [])
    }

    @Test func animationsAndSVGArePublishedAsTheyAre() throws {
        let (gif, gifFiles) = try processor().make(TestImages.animatedGIF, claimed: .gif).get()
        #expect(gif == CachedImage(format: .gif, kind: .asIs, width: 1, height: 1, bytes: TestImages.animatedGIF.count))
        #expect(gifFiles.isEmpty)
        let svg = Array("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"></svg>".utf8)
        let (image, _) = try processor().make(svg, claimed: .svg).get()
        #expect(image == CachedImage(format: .svg, kind: .asIs, width: 640, height: 360, bytes: svg.count))
        #expect(processor().make(Array("<svg></svg>".utf8), claimed: .svg).map(\.0) == .failure(.svgWithoutSize))
    }

    @Test func refusesTooManyPixelsBeforeDecoding() {
        let bomb = TestImages.pngHeaderOnly(width: 20000, height: 20000)
        #expect(processor().make(bomb, claimed: .png).map(\.0) == .failure(.tooLarge(width: 20000, height: 20000, limit: 50_000_000)))
    }

    @Test func refusesBytesThatAreNotWhatTheNameSays() {
        let jpeg = TestImages.encoded(TestImages.photo(width: 40, height: 40), as: .jpeg, width: 40)
        #expect(processor().make(jpeg, claimed: .png).map(\.0) == .failure(.wrongExtension(actual: .jpeg, claimed: .png)))
        #expect(processor().make(jpeg, claimed: nil).map(\.0.format) == .success(.jpeg))
    }

    @Test func theKeyChangesWithTheBytesAndTheSettings() {
        let png = TestImages.graphic(width: 10, height: 10)
        var other = ImageSettings()
        other.widths = [320]
        #expect(ImageProcessor.key(of: png, settings: ImageSettings()) == ImageProcessor.key(of: png, settings: ImageSettings()))
        #expect(ImageProcessor.key(of: png, settings: ImageSettings()) != ImageProcessor.key(of: png, settings: other))
        #expect(ImageProcessor.key(of: png, settings: ImageSettings()) != ImageProcessor.key(of: png + [0], settings: ImageSettings()))
        var maxPixels = ImageSettings()
        maxPixels.maxPixels = 10
        #expect(ImageProcessor.key(of: png, settings: ImageSettings()) == ImageProcessor.key(of: png, settings: maxPixels))
    }

    @Test func cacheEntriesReadBackAsWritten() {
        var entry = CachedImage(format: .png, kind: .photo, width: 1600, height: 900, bytes: 123_456)
        entry.widths = [480, 960, 1440]
        entry.files = [.init(format: .avif, width: 480, height: 270, bytes: 1000), .init(format: .webp, width: 480, height: 270, bytes: 2000)]
        entry.social = .init(format: .jpeg, width: 1200, height: 675, bytes: 3000)
        #expect(CachedImage(text: entry.text) == entry)
        #expect(CachedImage(text: "sitegen-image-cache 0\n") == nil)
        #expect(CachedImage(text: entry.text.replacingOccurrences(of: "file avif", with: "file bmp")) == nil)
    }

    @Test func svgSizes() {
        func size(_ text: String) -> [Int]? { SVGSize.read(text).map { [$0.width, $0.height] } }
        #expect(size("<svg width=\"800\" height=\"600\">") == [800, 600])
        #expect(size("<?xml version='1.0'?><svg xmlns='x' width='400px' viewBox='0 0 800 600'>") == [400, 300])
        #expect(size("<svg viewBox=\"0,0,120.4,80\" width=\"100%\">") == [120, 80])
        #expect(size("<svgx width=\"1\" height=\"1\"><svg height=\"50\" viewBox=\"0 0 100 50\">") == [100, 50])
        #expect(size("<svg width=\"10em\" height=\"5em\">") == nil)
        #expect(size("no svg here") == nil)
    }
}

/// Every image failure as the diagnostic a user sees, at the Markdown file and line.
@Suite("Image diagnostics")
struct ImageDiagnosticsTests {
    @Test func everyFailureSaysWhatToDo() {
        let use = ImageUse(sourcePath: "content/posts/a.md", line: 3, column: 5, destination: "./x.png")
        let cases: [(ImageFailure, String)] = [
            (.libraryUnavailable, "error: image \"./x.png\" cannot be processed: libvips did not start; install libvips (apt-get install libvips-dev)"),
            (.notAnImage, "warning: image \"./x.png\" is not a PNG, JPEG, GIF, WebP or SVG file (its bytes are no image format sitegen reads); it is published as it is, without renditions or a size"),
            (.unsupported("tiff"), "error: image \"./x.png\" is a TIFF file, which sitegen does not process; convert it to PNG, JPEG, GIF or WebP"),
            (.unsupported("magick"), "error: image \"./x.png\" is a PNG file, which sitegen does not process; convert it to PNG, JPEG, GIF or WebP"),
            (.undecodable(.png), "error: image \"./x.png\" cannot be decoded: its PNG data is truncated or corrupt; export the image again"),
            (.encodeFailed(.avif, "heifsave: out of memory"), "error: image \"./x.png\" could not be encoded as AVIF: heifsave: out of memory"),
            (.resizeFailed("out of memory"), "error: image \"./x.png\" could not be resized: out of memory"),
            (.wrongExtension(actual: .gif, claimed: .png), "error: image \"./x.png\" holds GIF data, not PNG; rename it to end in .gif"),
            (.tooLarge(width: 9000, height: 7000, limit: 50_000_000),
             "error: image \"./x.png\" is 9000×7000 (63 megapixels), more than images.maxPixels (50 megapixels); scale it down, or raise the limit in site.yaml"),
            (.unreadable("Permission denied"), "error: image \"./x.png\" cannot be read: Permission denied"),
            (.svgWithoutSize, "warning: SVG image \"./x.png\" declares no width and height or viewBox, so the page cannot reserve its space; add a viewBox"),
        ]
        for (failure, message) in cases {
            #expect(ImageDiagnostics.diagnostic(failure, at: use).description == "content/posts/a.md:3:5: " + message)
        }
        #expect(ImageDiagnostics.megapixels(2_500_000) == "2.5")
    }
}

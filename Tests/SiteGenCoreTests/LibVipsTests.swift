import Foundation
import Testing
@testable import SiteGenCore

/// The libvips wrapper and what the processor builds on it: decoding, the failures sitegen
/// names, resizing, encoding, classification.
@Suite("libvips")
struct LibVipsTests {
    @Test func readsTheHeaderOfEachFormatItDecodes() throws {
        let png = TestImages.graphic(width: 120, height: 80)
        #expect(try LibVips.inspect(png).get() == ImageHeader(format: .png, width: 120, height: 80, hasAlpha: false, pages: 1))
        let jpeg = TestImages.encoded(png, as: .jpeg, width: 60)
        #expect(try LibVips.inspect(jpeg).get() == ImageHeader(format: .jpeg, width: 60, height: 40, hasAlpha: false, pages: 1))
        let webp = TestImages.encoded(png, as: .webp, width: 60)
        #expect(try LibVips.inspect(webp).get().format == .webp)
        #expect(try LibVips.inspect(TestImages.gif).get().format == .gif)
        #expect(try LibVips.inspect(TestImages.animatedGIF).get().pages == 2)
        let alpha = TestImages.png(width: 4, height: 4, alpha: true) { _, _ in [1, 2, 3, 4] }
        #expect(try LibVips.inspect(alpha).get().hasAlpha)
    }

    @Test func namesWhatItCannotRead() {
        #expect(LibVips.inspect(Array("not an image at all\n".utf8)) == .failure(.notAnImage))
        #expect(LibVips.inspect([]) == .failure(.notAnImage))
        guard case .failure(.unsupported) = LibVips.inspect(TestImages.tiff) else {
            Issue.record("TIFF bytes should be an unsupported format")
            return
        }
        let png = TestImages.photo(width: 64, height: 64)
        let truncated = Array(png.prefix(png.count / 2))
        let decoded = LibVips.resize(truncated, toWidth: 32, format: .png) { _ in Result<Bool, ImageFailure>.success(true) }
        #expect(decoded == .failure(.undecodable(.png)))
    }

    @Test func resizesDownOnlyAndEncodesEveryFormat() throws {
        let png = TestImages.photo(width: 200, height: 100)
        let size = try LibVips.resize(png, toWidth: 50, format: .png) { .success([$0.width, $0.height]) }.get()
        #expect(size == [50, 25])
        let notUp = try LibVips.resize(png, toWidth: 400, format: .png) { .success($0.width) }.get()
        #expect(notUp == 200)
        for (format, magic, offset) in [(ImageFormat.webp, "WEBP", 8), (.avif, "ftypavif", 4), (.jpeg, "\u{FF}", 0), (.png, "PNG", 1)] {
            let bytes = TestImages.encoded(png, as: format, width: 100)
            let found = String(decoding: bytes.dropFirst(offset).prefix(magic.utf8.count), as: UTF8.self)
            #expect(found == magic || (format == .jpeg && bytes.first == 0xFF), "\(format)")
        }
    }

    @Test func encodingIsDeterministicOnManyThreads() {
        let png = TestImages.photo(width: 160, height: 120)
        let results = Array(repeating: png, count: 6).parallelMap { source in
            [ImageFormat.avif, .webp].map { TestImages.encoded(source, as: $0, width: 100) }
        }
        #expect(Set(results.map { $0.map(\.count) }).count == 1)
        #expect(results.allSatisfy { $0 == results[0] })
    }

    @Test func dropsTheOriginalsMetadata() throws {
        // A JPEG whose EXIF names a camera: no rendition may carry it on. (libvips 8.14's WebP
        // writer always adds a small EXIF block of its own, made from the resolution only.)
        let jpeg = TestImages.withEXIF(make: "SecretCam", TestImages.encoded(TestImages.photo(width: 80, height: 60), as: .jpeg, width: 80))
        #expect(try LibVips.inspect(jpeg).get().format == .jpeg)
        for format in [ImageFormat.webp, .avif, .jpeg, .png] {
            let bytes = TestImages.encoded(jpeg, as: format, width: 40)
            #expect(!bytes.isEmpty)
            #expect(!String(decoding: bytes, as: UTF8.self).contains("SecretCam"), "\(format)")
        }
    }

    @Test func classifiesGraphicsAndPhotos() throws {
        func kind(_ png: [UInt8]) throws -> ProcessedImage.Kind {
            let header = try LibVips.inspect(png).get()
            return try LibVips.resize(png, toWidth: 120, format: .png) { .success(ImageClassifier.kind(of: header, sample: $0.pixels())) }.get()
        }
        #expect(try kind(TestImages.graphic(width: 240, height: 160)) == .graphic)
        #expect(try kind(TestImages.photo(width: 240, height: 160)) == .photo)
        let header = ImageHeader(format: .jpeg, width: 1, height: 1, hasAlpha: false, pages: 1)
        #expect(ImageClassifier.kind(of: header, sample: nil) == .photo)
        let flat = PixelSample(width: 4, height: 1, bands: 3, bytes: [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2])
        #expect(ImageClassifier.flatness(flat) == 2.0 / 3.0)
        #expect(ImageClassifier.colourCount(flat, upTo: 10) == 2)
    }

    @Test func loaderNamesAndTheFormatsTheyStandFor() {
        #expect(LibVips.loaderName("VipsForeignLoadTiffBuffer") == "tiff")
        #expect(LibVips.loaderName("VipsForeignLoadNsgifBuffer") == "nsgif")
        #expect(ImageDiagnostics.formatName(loader: "tiff", destination: "scan.tif") == "a TIFF file")
        #expect(ImageDiagnostics.formatName(loader: "magick", destination: "./a.bmp") == "a BMP file")
        #expect(ImageDiagnostics.formatName(loader: "magick", destination: "noextension") == "in a format")
        #expect(LibVips.version.hasPrefix("8."))
    }
}

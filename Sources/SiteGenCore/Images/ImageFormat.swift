/// An image file format sitegen reads or writes.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable, Encodable {
    case png, jpeg, gif, webp, avif, svg

    /// The format a file name's extension claims (`a.JPG` → jpeg), nil for other names.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), fileName[dot...].count > 1 else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "png": self = .png
        case "jpg", "jpeg": self = .jpeg
        case "gif": self = .gif
        case "webp": self = .webp
        case "avif": self = .avif
        case "svg": self = .svg
        default: return nil
        }
    }

    /// `PNG`, `JPEG`, …, for messages.
    public var name: String { self == .webp ? "WebP" : rawValue.uppercased() }

    /// The extension sitegen writes (`jpg` for JPEG).
    public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }

    /// The MIME type, for `<source type>` and `og:image:type`.
    public var mimeType: String { self == .svg ? "image/svg+xml" : "image/\(rawValue)" }
}

/// What an image's header says (upright: width and height after its EXIF orientation).
struct ImageHeader: Sendable, Equatable {
    var format: ImageFormat
    var width: Int
    var height: Int
    var hasAlpha: Bool
    /// Frames of an animation (GIF, WebP), 1 for a still image.
    var pages: Int
}

/// How to encode one rendition.
struct Encoding: Sendable, Hashable {
    var format: ImageFormat
    /// 1–100; ignored when lossless.
    var quality: Int
    var lossless: Bool
    /// Encoder effort (libvips' `effort`: 0 fastest … 9 for AVIF, … 6 for WebP).
    var effort: Int
}

/// Decoded 8-bit pixels (grey or sRGB, alpha last when present), row by row.
struct PixelSample: Sendable, Equatable {
    var width: Int
    var height: Int
    var bands: Int
    var bytes: [UInt8]
}

/// Why an image could not be processed; the image stage turns it into a diagnostic.
enum ImageFailure: Error, Sendable, Equatable {
    /// libvips could not be started in this process.
    case libraryUnavailable
    /// The bytes are no image format libvips knows.
    case notAnImage
    /// A format libvips knows that sitegen does not process, by libvips' loader name (`tiff`,
    /// `heif` for HEIC, `magick` for what only ImageMagick reads, …).
    case unsupported(String)
    /// The header or the pixels are corrupt or truncated.
    case undecodable(ImageFormat)
    /// Encoding failed, with libvips' reason.
    case encodeFailed(ImageFormat, String)
    /// Resizing a decoded image failed, with libvips' reason (out of memory, say).
    case resizeFailed(String)
    /// The file name says one format, the bytes are another.
    case wrongExtension(actual: ImageFormat, claimed: ImageFormat)
    /// More pixels than `images.maxPixels`.
    case tooLarge(width: Int, height: Int, limit: Int)
    /// The file could not be read (the system's reason).
    case unreadable(String)
    /// An SVG without a usable width and height or viewBox.
    case svgWithoutSize
}

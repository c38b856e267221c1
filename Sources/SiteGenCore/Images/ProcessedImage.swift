/// An image the image stage handled: its size, what kind of picture it is, and the
/// renditions it kept. The original file is always published too, as the fallback.
public struct ProcessedImage: Sendable, Hashable {
    /// How an image was treated.
    public enum Kind: String, Sendable, Hashable {
        /// Lossy renditions (a JPEG, or a PNG with many colours and few flat areas).
        case photo
        /// Lossless WebP renditions (alpha, a palette, or large flat areas: diagrams, screenshots).
        case graphic
        /// Published as it is, with its size read: SVG, an animation, an AVIF original.
        case asIs
    }

    /// The original's path in the output (`posts/diagram.png`).
    public var outputPath: String
    public var format: ImageFormat
    public var kind: Kind
    /// Upright size in pixels.
    public var width: Int
    public var height: Int
    /// Size of the original file.
    public var bytes: Int
    /// The widths renditions were made at (the configured widths below the image's own width,
    /// and its own width when a configured width reaches it).
    public var widths: [Int] = []
    /// Renditions kept (each smaller than the original), by format, then width.
    public var variants: [ImageVariant] = []
    /// The `og:image` rendition; nil when the original itself serves (a PNG or JPEG no wider
    /// than `socialWidth`) or when there is none (SVG, animations).
    public var social: ImageVariant?

    /// Kept renditions of one format, narrowest first.
    public func variants(in format: ImageFormat) -> [ImageVariant] {
        variants.filter { $0.format == format }
    }

    /// Every field, for `ImageCatalog.digest(of:)` (reflection through `String(describing:)`
    /// cost more than the rest of a warm image stage).
    func add(to digest: inout Digest) {
        digest.add("\(outputPath) \(format.rawValue) \(kind.rawValue) \(width) \(height) \(bytes) \(widths.map(String.init).joined(separator: ","))")
        for variant in variants + [social].compactMap({ $0 }) {
            digest.add("\(variant.format.rawValue) \(variant.width) \(variant.height) \(variant.bytes) \(variant.outputPath) \(variant.cachePath)")
        }
        digest.add(social == nil ? "-" : "+")
    }
}

/// One derived file: a resized, re-encoded copy of an original.
public struct ImageVariant: Sendable, Hashable {
    public var format: ImageFormat
    public var width: Int
    public var height: Int
    public var bytes: Int
    /// Where it is published (`posts/diagram-480.1a2b3c4d.webp`).
    public var outputPath: String
    /// The cached file it is copied from, relative to the site root
    /// (`.sitegen-cache/images/<key>/480.webp`).
    public var cachePath: String
}

/// The image stage's account for the build summary.
public struct ImageReport: Sendable, Equatable {
    /// Images encoded in this build.
    public var processed = 0
    /// Images whose renditions came from the cache.
    public var cached = 0
    /// Images published as they are (SVG, animations).
    public var asIs = 0
    /// Per format of the renditions: bytes of the originals they replace, bytes of the kept
    /// renditions, and how many renditions (the widest of each format and image counts
    /// against its original; narrower ones are counted in `files` only).
    public var formats: [ImageFormat: FormatTotals] = [:]
    /// Seconds spent encoding (wall), 0 when everything came from the cache.
    public var seconds = 0.0
    /// Markdown bodies written again with the catalog (their images were new or changed since
    /// parse wrote them with the cached ones); 0 when every image came from the cache.
    public var bodiesWrittenAgain = 0

    public init() {}

    /// Bytes before → after for one format.
    public struct FormatTotals: Sendable, Equatable {
        public var originalBytes = 0
        public var bytes = 0
        public var files = 0
    }
}

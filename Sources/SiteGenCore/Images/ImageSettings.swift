/// The `images:` section of `site.yaml`: which renditions the image stage makes.
public struct ImageSettings: Sendable, Equatable, Hashable, Encodable {
    /// Widths of the responsive renditions, ascending; an image is never made wider than it is
    /// (a narrower image gets its own width as the largest rendition).
    public var widths: [Int] = [480, 960, 1440]
    /// The `sizes` attribute of every `<source>`: how wide images are shown. The default fits
    /// the bundled theme (a 44rem column with 1rem padding on each side).
    public var sizes: String = "(min-width: 44rem) 42rem, calc(100vw - 2rem)"
    /// Modern formats to make, in order of preference (`avif`, `webp`).
    public var formats: [ImageFormat] = [.avif, .webp]
    /// Lossy quality (1–100) for photos in AVIF.
    public var avifQuality: Int = 50
    /// Lossy quality (1–100) for photos in WebP.
    public var webpQuality: Int = 78
    /// Quality of the JPEG rendition made for `og:image` from a photo.
    public var jpegQuality: Int = 82
    /// Images with more pixels than this are refused with a diagnostic, before decoding.
    public var maxPixels: Int = 50_000_000
    /// Width of the `og:image` rendition (the cover or first image of a page).
    public var socialWidth: Int = 1200

    public init() {}

    /// AVIF encoder effort (0–9): 2 took a fifth of the time of libvips' default 4 on the bench
    /// photos (BENCHMARKS.md, "Encoder choices").
    var avifEffort: Int { 2 }
    /// WebP encoder effort (0–6), libvips' default.
    var webpEffort: Int { 4 }
    /// In lossless WebP, libwebp's "quality" is effort too: 75 (libvips' default) took up to 40%
    /// less time than 100 on the bench graphics for 1–8% larger files.
    var losslessQuality: Int { 75 }

    /// The part of the settings that changes a processed image's files (the cache key).
    var cacheKey: String {
        let formatNames = formats.map(\.rawValue).joined(separator: ",")
        return "w=\(widths) f=\(formatNames) q=\(avifQuality),\(webpQuality),\(jpegQuality) e=\(avifEffort),\(webpEffort),\(losslessQuality) s=\(socialWidth)"
    }
}

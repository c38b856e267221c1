import Foundation

/// Processes one original: finds its renditions in the cache, or decodes, classifies, resizes
/// and encodes it through libvips and stores the result in the cache. Safe to run on many
/// images at once (one per core); each call holds one original and one rendition in memory.
struct ImageProcessor: Sendable {
    /// Absolute path of the site root.
    let root: String
    let settings: ImageSettings
    let cache: ImageCache
    /// The last build's stamps (`ImageCache.stamps()`), so unchanged originals are not read.
    let stamps: [String: String]

    /// Changes whenever the way renditions are made changes, so old entries are not reused.
    static let recipe = "1"

    /// What processing one original gave.
    struct Outcome: Sendable {
        var image: CachedImage
        /// The cache key (a digest of the bytes and the settings).
        var key: String
        var fromCache: Bool
    }

    /// The original's entry, from the cache or made now.
    /// SVGs are read each time (only their size is needed), so they leave no cache entry.
    func process(_ job: ImageJob) -> Result<Outcome, ImageFailure> {
        if job.claimedFormat != .svg, let key = stamps[ImageCache.stampKey(job.file.sourcePath, stamp: job.file.stamp)],
           let cached = cache.entry(key) {
            return .success(Outcome(image: cached, key: key, fromCache: true))
        }
        let bytes: [UInt8]
        switch POSIXFiles.read(root + "/" + job.file.sourcePath) {
        case .success(let read): bytes = read
        case .failure(let failure): return .failure(.unreadable(String(cString: strerror(failure.code))))
        }
        if job.claimedFormat == .svg { return make(bytes, claimed: .svg).map { Outcome(image: $0.0, key: "", fromCache: false) } }
        let key = Self.key(of: bytes, settings: settings)
        if let cached = cache.entry(key) { return .success(Outcome(image: cached, key: key, fromCache: true)) }
        return make(bytes, claimed: job.claimedFormat).map { image, files in
            var files = files
            files[ImageCache.originalName] = bytes
            cache.store(image, files: files, key: key)
            return Outcome(image: image, key: key, fromCache: false)
        }
    }

    /// A digest of the bytes, the settings that shape the files, libvips' version and the recipe.
    static func key(of bytes: [UInt8], settings: ImageSettings) -> String {
        var digest = Digest()
        digest.add("sitegen-image \(recipe) vips \(LibVips.version) \(settings.cacheKey)")
        bytes.withUnsafeBytes { digest.add($0) }
        return digest.hex
    }

    /// Decodes, checks, classifies and encodes an original: the entry and its files by name.
    func make(_ bytes: [UInt8], claimed: ImageFormat?) -> Result<(CachedImage, [String: [UInt8]]), ImageFailure> {
        if claimed == .svg {
            guard let size = SVGSize.read(String(decoding: bytes, as: UTF8.self)) else { return .failure(.svgWithoutSize) }
            return .success((CachedImage(format: .svg, kind: .asIs, width: size.width, height: size.height, bytes: bytes.count), [:]))
        }
        let header: ImageHeader
        switch LibVips.inspect(bytes) {
        case .success(let read): header = read
        case .failure(let failure): return .failure(failure)
        }
        if let claimed, claimed != header.format { return .failure(.wrongExtension(actual: header.format, claimed: claimed)) }
        guard header.width * header.height <= settings.maxPixels else {
            return .failure(.tooLarge(width: header.width, height: header.height, limit: settings.maxPixels))
        }
        var image = CachedImage(format: header.format, kind: .asIs, width: header.width, height: header.height, bytes: bytes.count)
        // Animations and AVIF originals are published as they are.
        guard header.pages == 1, header.format != .avif else { return .success((image, [:])) }
        return RenditionMaker(settings: settings, header: header, original: bytes).make(into: &image).map { (image, $0) }
    }
}

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

/// Makes the renditions of one still image (`ImageProcessor.make`).
struct RenditionMaker {
    let settings: ImageSettings
    let header: ImageHeader
    let original: [UInt8]

    /// The configured widths below the image's width, and its own width when a configured
    /// width reaches it: never wider than the original.
    static func widths(_ configured: [Int], imageWidth: Int) -> [Int] {
        let below = configured.filter { $0 < imageWidth }
        return below.count < configured.count ? below + [imageWidth] : below
    }

    /// Fills `image` (kind, widths, kept files, social rendition); returns the files by name.
    func make(into image: inout CachedImage) -> Result<[String: [UInt8]], ImageFailure> {
        image.widths = Self.widths(settings.widths, imageWidth: header.width)
        var files: [String: [UInt8]] = [:]
        var kept: [CachedImage.File] = []
        var kind: ProcessedImage.Kind?
        for width in image.widths {
            let made = LibVips.resize(original, toWidth: width, format: header.format) { picture -> Result<Void, ImageFailure> in
                // Classified once, on the narrowest rendition.
                let pictureKind = kind ?? ImageClassifier.kind(of: header, sample: header.format == .jpeg ? nil : picture.pixels())
                kind = pictureKind
                return encode(picture, as: pictureKind).map { encoded in
                    for (file, data) in encoded where data.count < original.count {  // kept only when smaller
                        files[file.name] = data
                        kept.append(file)
                    }
                }
            }
            if case .failure(let failure) = made { return .failure(failure) }
        }
        image.kind = kind ?? .photo
        image.files = settings.formats.flatMap { format in kept.filter { $0.format == format } }
        return social(for: image).map { social in
            guard let (file, data) = social else { return files }
            image.social = file
            files[file.name] = data
            return files
        }
    }

    /// One rendition in every format its kind gets.
    private func encode(_ picture: LibVips.Rendition, as kind: ProcessedImage.Kind) -> Result<[(CachedImage.File, [UInt8])], ImageFailure> {
        var encoded: [(CachedImage.File, [UInt8])] = []
        for encoding in encodings(for: kind) {
            switch picture.encode(encoding) {
            case .success(let data):
                encoded.append((CachedImage.File(format: encoding.format, width: picture.width, height: picture.height, bytes: data.count), data))
            case .failure(let failure):
                return .failure(failure)
            }
        }
        return .success(encoded)
    }

    /// AVIF and WebP (as configured) at the photo qualities; a graphic gets lossless WebP only:
    /// lossless AVIF came out larger than lossless WebP on diagrams and screenshots, and lossy
    /// AVIF smears their edges (BENCHMARKS.md, "Images").
    func encodings(for kind: ProcessedImage.Kind) -> [Encoding] {
        settings.formats.compactMap { format in
            switch (format, kind) {
            case (.avif, .photo): return Encoding(format: .avif, quality: settings.avifQuality, lossless: false, effort: settings.avifEffort)
            case (.webp, .photo): return Encoding(format: .webp, quality: settings.webpQuality, lossless: false, effort: settings.webpEffort)
            case (.webp, .graphic): return Encoding(format: .webp, quality: 100, lossless: true, effort: settings.webpEffort)
            default: return nil
            }
        }
    }

    /// The `og:image` rendition: none when the original is a PNG or JPEG no wider than
    /// `socialWidth`; else JPEG (photos) or PNG (graphics) at most `socialWidth` wide.
    func social(for image: CachedImage) -> Result<(CachedImage.File, [UInt8])?, ImageFailure> {
        if (image.format == .png || image.format == .jpeg) && image.width <= settings.socialWidth { return .success(nil) }
        let width = min(settings.socialWidth, image.width)
        let encoding = image.kind == .photo ? Encoding(format: .jpeg, quality: settings.jpegQuality, lossless: false, effort: 0)
            : Encoding(format: .png, quality: 100, lossless: true, effort: 0)
        return LibVips.resize(original, toWidth: width, format: header.format) { picture in
            picture.encode(encoding).map { data in
                (CachedImage.File(format: encoding.format, width: picture.width, height: picture.height, bytes: data.count), data)
            }
        }.map { $0 }
    }
}

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
    /// The original is decoded once, at the widest size any rendition needs (JPEG and WebP
    /// shrink while decoding); every rendition is resized from that copy in memory.
    func make(into image: inout CachedImage) -> Result<[String: [UInt8]], ImageFailure> {
        image.widths = Self.widths(settings.widths, imageWidth: header.width)
        let socialWidth = needsSocial(image) ? min(settings.socialWidth, header.width) : 0
        let widest = max(image.widths.last ?? header.width, socialWidth)
        var made = image
        let files = LibVips.resize(original, toWidth: widest, format: header.format) { base in
            made.kind = ImageClassifier.kind(of: header, sample: header.format == .jpeg ? nil : base.pixels())
            return renditions(from: base, into: &made).flatMap { files in
                guard socialWidth > 0 else { return .success(files) }
                return base.resized(toWidth: socialWidth) { social(from: $0, kind: made.kind) }.map { file, data in
                    made.social = file
                    return files.merging([file.name: data]) { first, _ in first }
                }
            }
        }
        image = made
        return files
    }

    /// Every width in every format the image's kind gets, kept when worth it (`worthKeeping`).
    private func renditions(from base: LibVips.Rendition, into image: inout CachedImage) -> Result<[String: [UInt8]], ImageFailure> {
        var files: [String: [UInt8]] = [:]
        var kept: [CachedImage.File] = []
        for width in image.widths {
            let encoded = base.resized(toWidth: width) { encode($0, as: image.kind) }
            switch encoded {
            case .success(let encoded):
                for (file, data) in encoded where data.count < original.count {  // kept only when smaller
                    files[file.name] = data
                    kept.append(file)
                }
            case .failure(let failure):
                return .failure(failure)
            }
        }
        image.files = settings.formats.flatMap { format in Self.worthKeeping(kept.filter { $0.format == format }) }
        return .success(files.filter { name, _ in image.files.contains { $0.name == name } })
    }

    /// The renditions of one format a browser should be offered: each must be smaller than every
    /// wider one. A downscaled graphic can come out larger in lossless WebP than the full size
    /// (resampling blends edges into new colours); a browser that picked it would download more
    /// for less. `files` are narrowest first; so is the result.
    static func worthKeeping(_ files: [CachedImage.File]) -> [CachedImage.File] {
        var kept: [CachedImage.File] = []
        for file in files.reversed() where file.bytes < (kept.first?.bytes ?? Int.max) {
            kept.insert(file, at: 0)
        }
        return kept
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
            case (.webp, .graphic): return Encoding(format: .webp, quality: settings.losslessQuality, lossless: true, effort: settings.webpEffort)
            default: return nil
            }
        }
    }

    /// Whether the image needs an `og:image` rendition: not when the original is a PNG or JPEG
    /// no wider than `socialWidth` (it serves itself).
    func needsSocial(_ image: CachedImage) -> Bool {
        !((image.format == .png || image.format == .jpeg) && image.width <= settings.socialWidth)
    }

    /// The `og:image` rendition: JPEG for photos, PNG for graphics.
    private func social(from picture: LibVips.Rendition, kind: ProcessedImage.Kind) -> Result<(CachedImage.File, [UInt8]), ImageFailure> {
        let encoding = kind == .photo ? Encoding(format: .jpeg, quality: settings.jpegQuality, lossless: false, effort: 0)
            : Encoding(format: .png, quality: 100, lossless: true, effort: 0)
        return picture.encode(encoding).map { data in
            (CachedImage.File(format: encoding.format, width: picture.width, height: picture.height, bytes: data.count), data)
        }
    }
}

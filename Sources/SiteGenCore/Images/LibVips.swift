import Cvips

/// The one place that talks to libvips (the C adapters in `Sources/Cvips/shim.h` aside). Every
/// libvips object is created and released inside one function here: an image never outlives
/// the call that made it, and the caller's bytes are borrowed only while libvips runs.
///
/// libvips is not linked: it is opened (dlopen) and started once per process, on first use
/// (`api`), so a site without images never loads its hundred libraries. Its own thread pool
/// is set to one thread per pipeline, because the image stage already runs one image per core;
/// its operation cache is off, since every operation runs once. `VIPS_CONCURRENCY` (read by
/// `vips_init`) is overridden by that.
enum LibVips {
    /// The formats sitegen decodes (by the libvips loader that recognised the bytes); AVIF is
    /// only inspected, and published as it is.
    static let loaders: [String: ImageFormat] = ["png": .png, "jpeg": .jpeg, "nsgif": .gif, "gif": .gif, "webp": .webp, "heif": .avif]

    /// What the header says, without decoding pixels.
    static func inspect(_ bytes: [UInt8]) -> Result<ImageHeader, ImageFailure> {
        guard let api else { return .failure(.libraryUnavailable) }
        return bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return .failure(.notAnImage) }
            guard let loader = cvips_find_loader(api, base, buffer.count).map({ Self.loaderName(String(cString: $0)) }) else {
                cvips_error_clear(api)
                return .failure(.notAnImage)
            }
            guard let format = loaders[loader], format != .avif || Self.isAVIF(buffer) else { return .failure(.unsupported(loader)) }
            guard let image = cvips_header(api, base, buffer.count) else {
                cvips_error_clear(api)
                return .failure(.undecodable(format))
            }
            defer { cvips_unref(api, image) }
            let swap = cvips_orientation_swap(api, image) != 0
            let width = Int(cvips_width(api, image)), height = Int(cvips_height(api, image))
            return .success(ImageHeader(format: format, width: swap ? height : width, height: swap ? width : height,
                                        hasAlpha: cvips_has_alpha(api, image) != 0, pages: Int(cvips_pages(api, image))))
        }
    }

    /// Decodes `bytes` resized to `width` (upright, never wider than the image) and hands the
    /// result to `body`; the rendition is released when `body` returns.
    static func resize<T>(_ bytes: [UInt8], toWidth width: Int, format: ImageFormat,
                          _ body: (Rendition) -> Result<T, ImageFailure>) -> Result<T, ImageFailure> {
        guard let api else { return .failure(.libraryUnavailable) }
        return bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, let lazy = cvips_thumbnail(api, base, buffer.count, Int32(width)) else {
                cvips_error_clear(api)
                return .failure(.undecodable(format))
            }
            // Runs the whole pipeline now (decode, shrink), so a truncated file fails here, once.
            let memory = cvips_copy_memory(api, lazy)
            cvips_unref(api, lazy)
            guard let memory else {
                cvips_error_clear(api)
                return .failure(.undecodable(format))
            }
            defer { cvips_unref(api, memory) }
            removeMetadata(from: memory, api: api)
            return body(Rendition(image: memory, api: api))
        }
    }

    /// A decoded, resized image in memory; valid only inside the closure that received it.
    struct Rendition {
        fileprivate let image: UnsafeMutablePointer<VipsImage>
        fileprivate let api: UnsafePointer<CvipsAPI>

        var width: Int { Int(cvips_width(api, image)) }
        var height: Int { Int(cvips_height(api, image)) }

        /// This rendition made narrower (`width` at most its own), handed to `body` and released
        /// when it returns; itself when it already has that width.
        func resized<T>(toWidth width: Int, _ body: (Rendition) -> Result<T, ImageFailure>) -> Result<T, ImageFailure> {
            guard width < self.width else { return body(self) }
            guard let lazy = cvips_thumbnail_image(api, image, Int32(width)) else {
                return .failure(.resizeFailed(LibVips.takeError(api)))
            }
            let memory = cvips_copy_memory(api, lazy)
            cvips_unref(api, lazy)
            guard let memory else { return .failure(.resizeFailed(LibVips.takeError(api))) }
            defer { cvips_unref(api, memory) }
            return body(Rendition(image: memory, api: api))
        }

        /// The pixels as 8-bit sRGB or grey (with alpha when the image has it), nil if libvips
        /// cannot convert them.
        func pixels() -> PixelSample? {
            guard let converted = cvips_srgb8(api, image) else {
                cvips_error_clear(api)
                return nil
            }
            defer { cvips_unref(api, converted) }
            var size = 0
            guard let data = cvips_write_to_memory(api, converted, &size) else {
                cvips_error_clear(api)
                return nil
            }
            defer { cvips_free(api, data) }
            let bytes = [UInt8](UnsafeRawBufferPointer(start: data, count: size))
            return PixelSample(width: Int(cvips_width(api, converted)), height: Int(cvips_height(api, converted)),
                               bands: Int(cvips_bands(api, converted)), bytes: bytes)
        }

        /// The image encoded with `encoding`; metadata (EXIF, XMP, ICC) is stripped.
        func encode(_ encoding: Encoding) -> Result<[UInt8], ImageFailure> {
            var data: UnsafeMutableRawPointer?
            var length = 0
            let failed: Int32
            switch encoding.format {
            case .webp: failed = cvips_webpsave(api, image, &data, &length, Int32(encoding.quality), encoding.lossless ? 1 : 0, Int32(encoding.effort))
            case .avif: failed = cvips_avifsave(api, image, &data, &length, Int32(encoding.quality), encoding.lossless ? 1 : 0, Int32(encoding.effort))
            case .jpeg: failed = cvips_jpegsave(api, image, &data, &length, Int32(encoding.quality))
            case .png: failed = cvips_pngsave(api, image, &data, &length)
            case .gif, .svg: return .failure(.encodeFailed(encoding.format, "sitegen does not write \(encoding.format.name)"))
            }
            defer { if let data { cvips_free(api, data) } }
            guard failed == 0, let data else { return .failure(.encodeFailed(encoding.format, LibVips.takeError(api))) }
            return .success([UInt8](UnsafeRawBufferPointer(start: data, count: length)))
        }
    }

    /// Drops EXIF (camera, GPS), XMP, IPTC and the colour profile (the pixels are sRGB by now)
    /// from a rendition sitegen owns: libvips 8.14's WebP writer keeps EXIF even with `strip`.
    private static func removeMetadata(from image: UnsafeMutablePointer<VipsImage>, api: UnsafePointer<CvipsAPI>) {
        guard let fields = cvips_fields(api, image) else { return }
        defer { cvips_free_strings(api, fields) }
        var index = 0
        while let field = fields[index] {
            let name = String(cString: field)
            if ["exif-", "xmp-", "iptc-", "photoshop-", "icc-profile-"].contains(where: name.hasPrefix) { cvips_remove_field(api, image, field) }
            index += 1
        }
    }

    /// libvips' error text (the first line), cleared for the next failure.
    private static func takeError(_ api: UnsafePointer<CvipsAPI>) -> String {
        guard let copy = cvips_error_copy(api) else { return "libvips gave no reason" }
        defer { cvips_free(api, copy) }
        let text = String(cString: copy).split(separator: "\n").first.map(String.init) ?? ""
        return text.isEmpty ? "libvips gave no reason" : text
    }

    /// The loader's short name: `VipsForeignLoadTiffBuffer` → `tiff`.
    static func loaderName(_ typeName: String) -> String {
        var name = Substring(typeName.lowercased())
        if name.hasPrefix("vipsforeignload") { name = name.dropFirst("vipsforeignload".count) }
        if name.hasSuffix("buffer") { name = name.dropLast("buffer".count) }
        return String(name)
    }

    /// Whether HEIF bytes are AVIF (`ftyp` brand `avif` or `avis`), not HEIC.
    private static func isAVIF(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 12 else { return false }
        let brand = String(decoding: bytes[8..<12], as: UTF8.self)
        return brand == "avif" || brand == "avis"
    }

    /// The version of libvips in use (`8.14.1`), part of every cache key.
    static var version: String {
        guard let api else { return "unavailable" }
        return "\(cvips_version(api, 0)).\(cvips_version(api, 1)).\(cvips_version(api, 2))"
    }

    /// libvips' functions, nil when it cannot be loaded or started. The first use opens and
    /// starts it, once per process: Swift runs a global's initialiser exactly once, even when
    /// several threads reach it together.
    static var api: UnsafePointer<CvipsAPI>? { loadedAPI }
}

/// libvips, opened and started (`vips_init`) exactly once; the one global of the image stage,
/// since libvips itself is process-wide state. Never freed: libvips stays loaded until exit.
/// Written once by its initialiser and only read after, hence `nonisolated(unsafe)`.
nonisolated(unsafe) private let loadedAPI: UnsafePointer<CvipsAPI>? = {
    let api = UnsafeMutablePointer<CvipsAPI>.allocate(capacity: 1)
    api.initialize(to: CvipsAPI())
    guard cvips_load(api) == 0, cvips_start(api) == 0 else {
        api.deallocate()
        return nil
    }
    return UnsafePointer(api)
}()

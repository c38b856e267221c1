import Dispatch
import Foundation

/// The image stage, between parse and render: plans every image that Markdown and front
/// matter use, processes them on all cores through the cache (`.sitegen-cache/images/`), adds
/// the renditions to the site's static files (the write stage publishes them, the server serves
/// them), fills `site.images`, and renders again the bodies whose images were written with
/// other entries than the catalog's (a new or changed image), so they get `<picture>` markup.
/// Parse writes bodies with the images the cache already knows (`knownCatalog`), so a build
/// whose images are all cached renders each body once. Render only reads its results.
public struct ImageStage: Sendable {
    /// The site root (absolute).
    public var root: URL
    /// Called from any thread after each image with (done, total), for a progress line.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(root: URL, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.root = root.standardizedFileURL
        self.progress = progress
    }

    /// Processes the site's images and updates `site`; returns the summary and the problems
    /// (each naming the Markdown file and line that uses the image).
    public func run(on site: inout Site) -> (ImageReport, [Diagnostic]) {
        let plan = ImagePlan(site: site)
        var report = ImageReport()
        guard !plan.jobs.isEmpty else { return (report, plan.diagnostics) }
        let started = DispatchTime.now().uptimeNanoseconds
        let cache = ImageCache(root: root)
        let processor = ImageProcessor(root: root.path, settings: site.config.images, cache: cache, stamps: cache.stamps())
        let ticker = ProgressTicker(total: plan.jobs.count, report: progress)
        let outcomes = plan.jobs.parallelMap { job in
            defer { ticker.tick() }
            return processor.process(job)
        }
        var diagnostics = plan.diagnostics
        var images: [ProcessedImage] = []
        var stamps: [(sourcePath: String, stamp: String, key: String)] = []
        var originals: [String: String] = [:]
        for (job, outcome) in zip(plan.jobs, outcomes) {
            switch outcome {
            case .success(let done):
                let image = ProcessedImage(done.image, key: done.key, outputPath: job.file.outputPath)
                images.append(image)
                if !done.key.isEmpty {
                    stamps.append((job.file.sourcePath, job.file.stamp, done.key))
                    let original = ImageCache.sourcePath(key: done.key, file: ImageCache.originalName)
                    if POSIXFiles.size(of: root.path + "/" + original) == done.image.bytes { originals[job.file.outputPath] = original }
                }
                report.count(image, fromCache: done.fromCache)
                site.staticFiles += Self.derivedFiles(of: image)
            case .failure(let failure):
                diagnostics += job.uses.map { ImageDiagnostics.diagnostic(failure, at: $0) }
            }
        }
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        // Originals the cache holds are published from it (hard links, not copies).
        site.staticFiles = site.staticFiles.map { file in
            originals[file.outputPath].map { StaticFile(sourcePath: $0, outputPath: file.outputPath, stamp: file.stamp) } ?? file
        }
        site.staticFiles.sort { $0.outputPath < $1.outputPath }
        site.images = ImageCatalog(images: images, basePath: site.config.baseURL.basePath, sizes: site.config.images.sizes)
        report.bodiesWrittenAgain = Self.renderBodies(of: &site)
        if cache.saveStamps(stamps, replacing: processor.stamps) { cache.prune(keeping: Set(stamps.map(\.key))) }
        return (report, diagnostics)
    }

    /// The images of `staticFiles` that the cache holds for their current bytes (by stamp, as
    /// `ImageProcessor` finds them), as the stage will catalog them: what parse writes bodies
    /// with. SVGs are read by the stage itself; a body showing one is written again.
    public func knownCatalog(of staticFiles: [StaticFile], config: SiteConfig) -> ImageCatalog {
        let cache = ImageCache(root: root)
        let stamps = cache.stamps()
        guard !stamps.isEmpty else { return ImageCatalog() }
        let images = staticFiles.compactMap { file -> ProcessedImage? in
            guard let format = ImageFormat(fileName: file.sourcePath), format != .svg,
                  let key = stamps[ImageCache.stampKey(file.sourcePath, stamp: file.stamp)], let cached = cache.entry(key) else { return nil }
            return ProcessedImage(cached, key: key, outputPath: file.outputPath)
        }
        return ImageCatalog(images: images, basePath: config.baseURL.basePath, sizes: config.images.sizes)
    }

    /// The renditions as static files copied from the cache.
    static func derivedFiles(of image: ProcessedImage) -> [StaticFile] {
        (image.variants + [image.social].compactMap { $0 }).map { StaticFile(sourcePath: $0.cachePath, outputPath: $0.outputPath) }
    }

    /// Renders again, on all cores, every body whose images were written with other entries
    /// than the catalog has for them; returns how many.
    static func renderBodies(of site: inout Site) -> Int {
        let catalog = site.images, config = site.config
        let rendered: @Sendable (Page) -> Page = { page in
            var page = page
            var options = SiteParser.markdownOptions(for: page.sourcePath, config: config)
            options.images = catalog
            options.imageFolder = page.imageFolder
            page.content = MarkdownRenderer.render(page.body, options: options)
            return page
        }
        func showsImage(_ page: Page) -> Bool {
            !page.content.images.isEmpty && catalog.digest(of: page.content.images) != page.content.imageDigest
        }
        let home = site.home.map(showsImage) == true
        if home, let page = site.home { site.home = rendered(page) }
        let pages = site.pages.indices.filter { showsImage(site.pages[$0]) }
        for (index, page) in zip(pages, pages.map { site.pages[$0] }.parallelMap(rendered)) { site.pages[index] = page }
        let posts = site.posts.indices.filter { showsImage(site.posts[$0]) }
        for (index, post) in zip(posts, posts.map { site.posts[$0] }.parallelMap(rendered)) { site.posts[index] = post }
        return pages.count + posts.count + (home ? 1 : 0)
    }
}

/// Counts finished images across threads and reports each step.
private final class ProgressTicker: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func tick() {
        guard let report else { return }
        let count = lock.withLock { () -> Int in
            done += 1
            return done
        }
        report(count, total)
    }
}

extension ProcessedImage {
    /// The published form of a cache entry: renditions next to the original, named by its
    /// stem, width and the entry's key (`diagram-480.1a2b3c4d.webp`), so a changed image gets
    /// new URLs and caches never serve a stale one.
    init(_ cached: CachedImage, key: String, outputPath: String) {
        self.init(outputPath: outputPath, format: cached.format, kind: cached.kind, width: cached.width, height: cached.height,
                  bytes: cached.bytes, widths: cached.widths)
        let slash = outputPath.lastIndex(of: "/").map { outputPath.index(after: $0) } ?? outputPath.startIndex
        let name = outputPath[slash...]
        let stem = name.lastIndex(of: ".").map { name[..<$0] } ?? name
        let prefix = String(outputPath[..<slash]) + stem + "-"
        func variant(_ file: CachedImage.File) -> ImageVariant {
            ImageVariant(format: file.format, width: file.width, height: file.height, bytes: file.bytes,
                         outputPath: "\(prefix)\(file.width).\(key.prefix(8)).\(file.format.fileExtension)",
                         cachePath: ImageCache.sourcePath(key: key, file: file.name))
        }
        variants = cached.files.map(variant)
        social = cached.social.map(variant)
    }
}

extension ImageReport {
    /// Adds one image to the totals: its count, and per format the original against the widest
    /// kept rendition.
    mutating func count(_ image: ProcessedImage, fromCache: Bool) {
        if image.kind == .asIs { asIs += 1 } else if fromCache { cached += 1 } else { processed += 1 }
        for format in Set(image.variants.map(\.format)) {
            let kept = image.variants(in: format)
            var totals = formats[format] ?? FormatTotals()
            totals.files += kept.count
            totals.originalBytes += image.bytes
            totals.bytes += kept.last?.bytes ?? 0
            formats[format] = totals
        }
    }
}

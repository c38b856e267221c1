import Foundation

/// What a build should do beyond reading the site.
public struct BuildOptions: Sendable {
    /// Include drafts and scheduled posts.
    public var includeDrafts = false
    /// Overrides site.yaml's baseURL.
    public var baseURL: SiteURL?
    /// Where to write; nil means `<root>/public`.
    public var output: URL?
    /// Render and check, but write nothing (`sitegen check`).
    public var dryRun = false
    /// Skip the build when nothing changed since the last one (see `BuildManifest`), and reuse
    /// what earlier builds parsed and rendered (`RebuildCache`, kept in `.sitegen-cache/build/`).
    public var useCache = true
    /// Identifies the sitegen binary, so a new version never reuses an old build.
    public var toolVersion = ""
    /// The build cache to use instead of the one in `.sitegen-cache/build/` (`sitegen serve`
    /// keeps one for its life); a dry run uses none unless given one.
    public var rebuildCache: RebuildCache?
    /// Called with (done, total) as images are processed, from any thread (a progress line).
    public var imageProgress: (@Sendable (Int, Int) -> Void)?
    /// The caller exits right after the build (`sitegen build`): what the build made is handed
    /// back in `BuildResult.keptUntilExit` instead of freed, as compilers skip freeing at exit
    /// (clang's `-disable-free`). Freeing a 10,000-post site's model object by object took
    /// longer than some whole stages of an edit's rebuild.
    public var keepsMemoryUntilExit = false

    public init(includeDrafts: Bool = false, baseURL: SiteURL? = nil, output: URL? = nil, dryRun: Bool = false,
                useCache: Bool = true, toolVersion: String = "", rebuildCache: RebuildCache? = nil) {
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.output = output
        self.dryRun = dryRun
        self.useCache = useCache
        self.toolVersion = toolVersion
        self.rebuildCache = rebuildCache
    }
}

/// What a build did: diagnostics, and the files it rendered (written unless it failed).
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// The rendered files of a dry run (`check`, `serve`); a build that writes keeps none in memory.
    public var files: [OutputFile]
    public var site: Site?
    /// How many files were rendered (and, unless a dry run, written), static files aside.
    public var fileCount = 0
    /// True when the inputs had not changed since the last build, so nothing was redone.
    public var upToDate = false
    /// What the image stage did (images processed and from the cache, bytes per format).
    public var images = ImageReport()
    /// Wall time of each stage that ran, in order, and the process's peak resident memory when
    /// it ended (`sitegen build --timings`).
    public var timings: [StageTiming] = []
    /// What the build made, when `BuildOptions.keepsMemoryUntilExit` asked not to free it.
    public var keptUntilExit: [any Sendable] = []
    /// True when nothing was wrong and (unless a dry run) the output was replaced.
    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// One stage of a build: its name, its wall time, and the process's peak resident memory
/// (high-water mark since the process started) when the stage ended.
public struct StageTiming: Sendable {
    public var stage: String
    public var seconds: Double
    public var peakBytes: Int
}

/// Measures the stages of one build.
private struct StageClock {
    private(set) var timings: [StageTiming] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap(_ stage: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        timings.append(StageTiming(stage: stage, seconds: Double(now - last) / 1e9, peakBytes: ProcessMemory.peakResidentBytes()))
        last = now
    }
}

/// load → parse → render → check → write. The only composition of the stages;
/// `sitegen build`, `check` and `serve` all call it. Nothing is written when any
/// stage reported an error, and nothing is redone when no input changed.
public func build(root: URL, now: Date, options: BuildOptions = BuildOptions()) -> BuildResult {
    let output = options.output ?? root.appendingPathComponent("public")
    if !options.dryRun, let refusal = OutputGuard.check(output: output, root: root) {
        return BuildResult(diagnostics: [refusal], files: [])
    }
    var clock = StageClock()
    let rebuildCache = options.rebuildCache ?? (options.useCache && !options.dryRun ? RebuildCache(persistingIn: root, toolVersion: options.toolVersion) : nil)
    var loader = SiteLoader(root: root)
    loader.cache = rebuildCache
    var loaded = loader.read()
    let cache = BuildCache(root: root, output: output)
    clock.lap("load")
    // Only a build that writes keeps a manifest; dry runs (check, serve) skip the digest. The
    // digest is of the bytes as read: a build with nothing changed never decodes a file.
    let fingerprint = options.useCache && !options.dryRun ? BuildManifest.fingerprint(of: loaded, options: options, output: output) : nil
    if let fingerprint, !loaded.diagnostics.hasErrors, let manifest = cache.upToDate(fingerprint: fingerprint, now: now) {
        clock.lap("digest")
        return BuildResult(diagnostics: sorted(loaded.diagnostics + manifest.warnings), files: [], upToDate: true, timings: clock.timings)
    }
    if fingerprint != nil { clock.lap("digest") }
    var parser = SiteParser(includeDrafts: options.includeDrafts, now: now, baseURLOverride: options.baseURL)
    parser.cache = rebuildCache
    let images = ImageStage(root: root)
    parser.knownImages = { config, staticFiles in images.knownCatalog(of: staticFiles, config: config) }
    if let rebuildCache {
        rebuildCache.loadEntries()
        loaded.readUnparsed(cache: rebuildCache, settings: parser.cacheSettings(configFile: loaded.configFile()))
        clock.lap("read cache")
    }
    let (source, loadProblems) = loaded.decode()
    loaded.files = []  // the bytes are text now; do not hold both

    var (site, parseProblems) = parser.parse(source)
    // A cache of its own is saved here; one passed in is saved by its owner (`sitegen serve`
    // saves after the reload is sent, so the save is not part of the save-to-reload time).
    defer { if options.rebuildCache == nil { rebuildCache?.save() } }
    let (templates, templateProblems) = TemplateSet.compile(source.templates)
    var diagnostics = loadProblems + parseProblems + templateProblems
    clock.lap("parse")
    guard !diagnostics.hasErrors else { return BuildResult(diagnostics: sorted(diagnostics), files: [], site: site, timings: clock.timings) }

    // Images: processed through the cache; their problems are reported with the link check's.
    let (imageReport, imageProblems) = ImageStage(root: root, progress: options.imageProgress).run(on: &site)
    diagnostics += imageProblems
    clock.lap("images")

    // Links and collisions are checked on the plan, before anything is rendered: a build
    // that writes renders each page straight into the staging folder.
    var renderer = Renderer(site: site, templates: templates, now: now, cache: rebuildCache)
    if templates.contains(Renderer.postItemTemplate) { clock.lap("list items") }
    if renderer.indexForSearch() { clock.lap("search index") }
    let (plan, planProblems) = renderer.plan()
    diagnostics += planProblems
    if !planProblems.hasErrors { diagnostics += LinkChecker(site: site, outputPaths: plan.outputPaths).check() }
    clock.lap("check")
    guard !diagnostics.hasErrors else {
        return BuildResult(diagnostics: sorted(diagnostics), files: [], site: site, images: imageReport, timings: clock.timings)
    }
    if options.dryRun {
        let files = plan.renderAll()
        clock.lap("render")
        return BuildResult(diagnostics: sorted(diagnostics), files: files, site: site, fileCount: files.count, images: imageReport, timings: clock.timings)
    }

    if fingerprint != nil { cache.invalidate() }
    let (writeProblems, sizes) = OutputWriter(root: root, output: output).write(plan, staticFiles: site.staticFiles)
    diagnostics += writeProblems
    if let fingerprint, !diagnostics.hasErrors {
        cache.save(BuildManifest(fingerprint: fingerprint, window: ClockWindow(site: site, scheduled: site.scheduledDates, now: now),
                                 outputs: OutputTree.digest(of: outputSizes(sizes, site.staticFiles, source: source)),
                                 warnings: diagnostics.filter { $0.severity == .warning }))
    }
    clock.lap("render+write")
    var result = BuildResult(diagnostics: sorted(diagnostics), files: [], site: site, fileCount: plan.files.count, images: imageReport, timings: clock.timings)
    if options.keepsMemoryUntilExit { result.keptUntilExit = [renderer, plan, source, templates, rebuildCache] }
    return result
}

private func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    Array(Set(diagnostics)).sorted(by: Diagnostic.ordered)
}

/// Byte sizes of everything written, for the manifest.
private func outputSizes(_ rendered: [String: Int], _ staticFiles: [StaticFile], source: SiteSource) -> [String: Int] {
    var sizes = rendered
    for file in staticFiles { sizes[file.outputPath] = POSIXFiles.size(of: source.root.appendingPathComponent(file.sourcePath).path) }
    return sizes
}

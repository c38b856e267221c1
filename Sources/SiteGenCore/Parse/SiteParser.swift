import Foundation

/// The parse stage: `SiteSource` → `Site`. Pure; pages are parsed on all cores.
public struct SiteParser: Sendable {
    /// Include drafts and posts dated after `now`.
    public var includeDrafts: Bool
    /// The build's clock, for scheduled posts.
    public var now: Date
    /// Overrides `baseURL` from site.yaml (`--base-url`).
    public var baseURLOverride: SiteURL?
    /// Pages parsed by earlier builds (`RebuildCache`), reused for unchanged text and settings.
    public var cache: RebuildCache?
    /// The images bodies are written with, from `site.yaml` and the static files: the ones the
    /// image cache already holds (`ImageStage.knownCatalog`). The image stage writes a body
    /// again when its images turn out otherwise, so this only saves work.
    public var knownImages: (@Sendable (SiteConfig, [StaticFile]) -> ImageCatalog)?

    public init(includeDrafts: Bool = false, now: Date, baseURLOverride: SiteURL? = nil) {
        self.includeDrafts = includeDrafts
        self.now = now
        self.baseURLOverride = baseURLOverride
    }

    public func parse(_ source: SiteSource) -> (Site, [Diagnostic]) {
        var (config, diagnostics) = ConfigParser.parse(source.config)
        if let baseURLOverride { config.baseURL = baseURLOverride }
        var site = Site(config: config)
        site.staticFiles = source.staticFiles
        let (career, careerProblems) = CareerParser(timeZone: config.timeZone).parse(source.data)
        site.career = career
        diagnostics += careerProblems

        let parser = PageParser(config: config)
        let pageConfig = config
        let timeZone = config.timeZone
        let settings = RebuildCache.ParseSettings(config: config, options: Self.markdownOptions(config)).key
        let images = knownImages?(config, source.staticFiles) ?? ImageCatalog()
        let parsed = source.markdown.parallelMap { file -> (Page?, [Diagnostic], Date?, [SiteWideWarning]) in
            let known = (source.digests[file.sourcePath], settings, source.unread.contains(file.sourcePath))
            var options = Self.markdownOptions(for: file.sourcePath, config: pageConfig)
            options.images = images
            let (page, problems) = parseAndRender(file, parser: parser, options: options, known: known)
            guard let page else { return (nil, problems, nil, []) }
            if !includeDrafts && isScheduled(page) && !page.draft {
                return (nil, problems + [scheduledWarning(page, timeZone: timeZone)], page.date, page.siteWideWarnings)
            }
            return (!page.draft || includeDrafts ? page : nil, problems, nil, page.siteWideWarnings)
        }
        var siteWide: [(sourcePath: String, warning: SiteWideWarning)] = []
        for (file, (page, problems, scheduled, warnings)) in zip(source.markdown, parsed) {
            diagnostics += problems
            siteWide += warnings.map { (file.sourcePath, $0) }
            if let page { diagnostics += Self.markdownWarnings(page) }
            if let scheduled { site.scheduledDates.append(scheduled) }
            guard let page else { continue }
            switch page.kind {
            case .home: site.home = page
            case .post: site.posts.append(page)
            case .page: site.pages.append(page)
            }
        }
        diagnostics += Self.siteWideWarnings(siteWide)
        diagnostics += arrange(&site)
        diagnostics += Self.unknownCodeLanguages(in: [site.home].compactMap { $0 } + site.pages + site.posts)
        return (site, diagnostics)
    }

    /// The Markdown options every page of a site starts from.
    static func markdownOptions(_ config: SiteConfig) -> MarkdownOptions {
        MarkdownOptions(unsafeHTML: config.unsafeHTML, rootPrefix: config.baseURL.basePath, labels: config.markdownLabels)
    }

    /// The key under which the build cache keeps pages parsed with `site.yaml` as `configFile`.
    public func cacheSettings(configFile: SourceFile?) -> String {
        var (config, _) = ConfigParser.parse(configFile)
        if let baseURLOverride { config.baseURL = baseURLOverride }
        return RebuildCache.ParseSettings(config: config, options: Self.markdownOptions(config)).key
    }

    /// Front matter and Markdown of one file, from the build cache when its text (by digest)
    /// and settings are unchanged. Without a cache, pages that will be left out skip Markdown.
    private func parseAndRender(_ file: SourceFile, parser: PageParser, options: MarkdownOptions,
                                known: (digest: String?, settings: String, unread: Bool)) -> (Page?, [Diagnostic]) {
        if let cache, let digest = known.digest, let cached = cache.parsed(file.sourcePath, textDigest: digest, settings: known.settings) {
            return (cached.page, cached.problems)
        }
        // The loader reads every file the cache cannot stand for (`readUnparsed`); this is a guard.
        if known.unread { return (nil, [.error(file.sourcePath, "the build cache lost this file's parse while building; build again")]) }
        var (page, problems) = parser.parse(file)
        if var parsed = page, cache != nil || includeDrafts || !(parsed.draft || isScheduled(parsed)) {
            var options = options
            options.imageFolder = parsed.imageFolder
            parsed.content = MarkdownRenderer.render(parsed.body, options: options)
            if parsed.summary.isEmpty { parsed.summary = Summary.make(from: parsed.content.firstParagraph) }
            page = parsed
        }
        if let cache, let digest = known.digest {
            if page != nil {
                var key = Digest()
                key.add(file.sourcePath)
                key.add(digest)
                key.add(known.settings)
                page?.contentKey = key.hex
            }
            cache.store(.init(textDigest: digest, settings: known.settings, page: page, problems: problems), for: file.sourcePath)
        }
        return (page, problems)
    }

    /// The Markdown stage's problems as warnings at their line in the file.
    static func markdownWarnings(_ page: Page) -> [Diagnostic] {
        page.content.problems.map { .warning(page.sourcePath, line: page.bodyLine - 1 + $0.line, column: $0.column, $0.message) }
    }

    /// One warning for the whole site naming every code language without a highlighter, each
    /// with the file and line of its blocks (at most three per language).
    static func unknownCodeLanguages(in pages: [Page]) -> [Diagnostic] {
        var uses: [String: [String]] = [:]
        var first: (path: String, line: Int)?
        // Sorted by path, without copying every page (a page is dozens of references).
        for index in pages.indices.filter({ !pages[$0].content.unknownCodeLanguages.isEmpty }).sorted(by: { pages[$0].sourcePath < pages[$1].sourcePath }) {
            let page = pages[index]
            for use in page.content.unknownCodeLanguages {
                let line = page.bodyLine - 1 + use.line
                uses[use.language, default: []].append("\(page.sourcePath):\(line)")
                if first == nil { first = (page.sourcePath, line) }
            }
        }
        guard let first else { return [] }
        let listed = uses.keys.sorted().map { language in
            let places = uses[language] ?? []
            let shown = places.prefix(3).joined(separator: ", ") + (places.count > 3 ? " and \(places.count - 3) more" : "")
            return "\"\(language)\" (\(shown))"
        }
        return [.warning(first.path, line: first.line, column: 1,
                         "code shown without highlighting for \(uses.count == 1 ? "a language" : "\(uses.count) languages") sitegen does not know: \(listed.joined(separator: "; ")); see README, 'Code blocks', for the languages it knows")]
    }

    private func isScheduled(_ page: Page) -> Bool {
        page.kind == .post && (page.date.map { $0 > now } ?? false)
    }

    /// A post dated after the build's clock is left out, and says so.
    private func scheduledWarning(_ page: Page, timeZone: TimeZone) -> Diagnostic {
        let spot = page.dateSpot
        let day = page.date.map { ISODate.day($0, timeZone: timeZone) } ?? ""
        return .warning(spot.sourcePath, line: spot.line, column: spot.column,
                        "post is dated \(day), after the build's clock (\(ISODate.day(now, timeZone: timeZone))), so it is scheduled and left out until then (--drafts includes it)")
    }

    /// Feed readers misread dates before 1970: posts in the feed (the newest `feedLimit`)
    /// must not have them.
    static func feedDates(_ posts: [Page], config: SiteConfig) -> [Diagnostic] {
        let epoch = Date(timeIntervalSince1970: 0)
        var problems: [Diagnostic] = []
        for post in posts.prefix(config.feedLimit) {
            for (key, date, spot) in [("date", post.date, post.dateSpot), ("updated", post.updated, post.updatedSpot)] {
                guard let date, date < epoch else { continue }
                problems.append(.error(spot.sourcePath, line: spot.line, column: spot.column,
                                       "'\(key)' \(ISODate.rfc3339(date, timeZone: config.timeZone)) is before 1970-01-01T00:00:00Z, which feed readers misread; "
                                       + "this post is in /feed.xml (the newest \(config.feedLimit) posts), so give it a date from 1970 on"))
            }
        }
        return problems
    }

    /// Sorts posts and pages, rejects duplicate URLs and builds the tag and series indexes.
    private func arrange(_ site: inout Site) -> [Diagnostic] {
        // Newest first, then by slug. Keys are sorted, not pages: a `Page` is large to move.
        let keys = site.posts.map { ($0.date ?? .distantPast, $0.slug) }
        let order = keys.indices.sorted { (keys[$0].0, keys[$1].1) > (keys[$1].0, keys[$0].1) }
        site.posts = order.map { site.posts[$0] }
        site.pages.sort { $0.url < $1.url }
        var diagnostics = Self.duplicateURLs(in: site.posts + site.pages) + Self.feedDates(site.posts, config: site.config)
        var tagSlugs = TagIndex.Slugs()
        let (tags, tagProblems) = TagIndex.build(for: site.posts, taxonomy: .tags, slugs: &tagSlugs)
        let (categories, categoryProblems) = TagIndex.build(for: site.posts, taxonomy: .categories, slugs: &tagSlugs)
        (site.tags, site.categories) = (tags, categories)
        diagnostics += tagProblems + categoryProblems + TagIndex.unnamedTags(in: site.posts, slugs: &tagSlugs)
        let (series, seriesProblems) = SeriesIndex.build(for: site.posts, pages: site.pages)
        site.series = series
        diagnostics += seriesProblems
        if let career = site.career {
            diagnostics += CareerValidator(career: career, postTags: Set(site.tags.map(\.slug)),
                                           postSlugs: Set(site.posts.map(\.slug)), now: now, timeZone: site.config.timeZone).validate()
        }
        return diagnostics
    }

    /// One error per page whose URL another page already has.
    static func duplicateURLs(in pages: [Page]) -> [Diagnostic] {
        var owners: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for index in pages.indices.sorted(by: { pages[$0].sourcePath < pages[$1].sourcePath }) {
            if let first = owners[pages[index].url] {
                let page = pages[index]
                diagnostics.append(.error(page.sourcePath, line: 1, column: 1,
                                          "\(page.kind == .post ? "slug" : "url") \"\(page.slug)\" is already used by \(first); both would write \(page.url)"))
            } else {
                owners[pages[index].url] = pages[index].sourcePath
            }
        }
        return diagnostics
    }

    /// How the body of the Markdown file at `sourcePath` is rendered (without images; the
    /// image stage renders again with its catalog).
    static func markdownOptions(for sourcePath: String, config: SiteConfig) -> MarkdownOptions {
        MarkdownOptions(unsafeHTML: config.unsafeHTML, rootPrefix: config.baseURL.basePath, sourceFolder: folderURL(of: sourcePath),
                        labels: config.markdownLabels)
    }

    /// `content/posts/a.md` → `/posts/`.
    static func folderURL(of sourcePath: String) -> String {
        let utf8 = sourcePath.utf8
        guard let first = utf8.firstIndex(of: UInt8(ascii: "/")), let last = utf8.lastIndex(of: UInt8(ascii: "/")), first < last else { return "/" }
        return String(sourcePath[first...last])
    }
}

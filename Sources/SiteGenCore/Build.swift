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

    public init(includeDrafts: Bool = false, baseURL: SiteURL? = nil, output: URL? = nil, dryRun: Bool = false) {
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.output = output
        self.dryRun = dryRun
    }
}

/// What a build did: diagnostics, and the files it rendered (written unless it failed).
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var files: [OutputFile]
    public var site: Site?
    /// True when nothing was wrong and (unless a dry run) the output was replaced.
    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// load → parse → render → check → write. The only composition of the stages;
/// `sitegen build`, `check` and `serve` all call it. Nothing is written when any
/// stage reported an error.
public func build(root: URL, now: Date, options: BuildOptions = BuildOptions()) -> BuildResult {
    let output = options.output ?? root.appendingPathComponent("public")
    if !options.dryRun, let refusal = OutputGuard.check(output: output, root: root) {
        return BuildResult(diagnostics: [refusal], files: [])
    }
    let (source, loadProblems) = SiteLoader(root: root).load()
    let parser = SiteParser(includeDrafts: options.includeDrafts, now: now, baseURLOverride: options.baseURL)
    let (site, parseProblems) = parser.parse(source)
    let (templates, templateProblems) = TemplateSet.compile(source.templates)
    var diagnostics = loadProblems + parseProblems + templateProblems
    guard !diagnostics.hasErrors else { return BuildResult(diagnostics: sorted(diagnostics), files: [], site: site) }

    let (files, renderProblems) = Renderer(site: site, templates: templates, now: now).render()
    diagnostics += renderProblems
    if !renderProblems.hasErrors { diagnostics += LinkChecker(site: site, files: files).check() }
    guard !diagnostics.hasErrors, !options.dryRun else { return BuildResult(diagnostics: sorted(diagnostics), files: files, site: site) }

    diagnostics += OutputWriter(root: root, output: output).write(files, staticFiles: site.staticFiles)
    return BuildResult(diagnostics: sorted(diagnostics), files: files, site: site)
}

private func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    Array(Set(diagnostics)).sorted(by: Diagnostic.ordered)
}

import ArgumentParser
import Foundation
import SiteGenCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder.",
        discussion: "Reads site.yaml, content/ and templates/, and replaces the output folder only when the whole build succeeded."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <source>/public).", valueName: "dir"))
    var output: String?

    @Flag(name: .customLong("no-cache"), help: "Build from scratch: ignore the build cache (.sitegen-cache/build/), even when nothing changed.")
    var noCache = false

    @Flag(name: .long, help: "Print how long each stage (load, parse, render, check, write) took.")
    var timings = false

    func run() throws {
        let started = DispatchTime.now()
        var options = site.buildOptions(output: output, dryRun: false, useCache: !noCache)
        options.imageProgress = ImageLines.progress()
        options.keepsMemoryUntilExit = true
        let result = SiteGenCore.build(root: site.root, now: try site.clock(), options: options)
        let elapsed = String(format: "%.2f", Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9)
        let target = output ?? (site.source == "." ? "public" : "\(site.source)/public")
        if timings { Report.timings(result) }
        if result.succeeded, let images = ImageLines.summary(result.images) { print(images) }
        if result.upToDate {
            try Report.finish(result, success: "sitegen: \(target)/ is up to date; nothing changed since the last build (\(elapsed) s)")
        } else {
            try Report.finish(result, success: "sitegen: wrote \(result.fileCount + (result.site?.staticFiles.count ?? 0)) files to \(target)/ in \(elapsed) s"
                                  + Report.redirects(result))
        }
        // Done: exit without freeing the site model (`keepsMemoryUntilExit`); exit flushes output.
        Foundation.exit(0)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site without writing it and report every problem.",
        discussion: "Checks front matter, templates, career data, internal links and #fragments. Exits 1 on any error."
    )

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Print how long each stage (load, parse, check, render) took.")
    var timings = false

    func run() throws {
        var options = site.buildOptions(output: nil, dryRun: true)
        options.imageProgress = ImageLines.progress()
        let result = SiteGenCore.build(root: site.root, now: try site.clock(), options: options)
        if timings { Report.timings(result) }
        if result.succeeded, let images = ImageLines.summary(result.images) { print(images) }
        try Report.finish(result, success: "sitegen: checked \(result.fileCount) pages, no errors" + Report.redirects(result))
    }
}

import ArgumentParser
import Foundation
import SiteGenCore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring a Jekyll or Hugo site's posts, pages and files into this site.",
        discussion: "Never replaces a file: when any file it would write exists, it writes nothing and names it.",
        subcommands: [ImportJekyll.self, ImportHugo.self]
    )
}

/// Options of both import commands.
struct ImportOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The other generator's site folder (holding _config.yml, or hugo.toml).", valueName: "source"))
    var source: String

    @Option(name: .long, help: ArgumentHelp("The sitegen site to write into (default: the current folder).", valueName: "dir"))
    var into: String = "."

    @Option(name: .long, help: ArgumentHelp("The clock for drafts without a date, as ISO 8601 (default: SOURCE_DATE_EPOCH, else now).", valueName: "date"))
    var now: String?

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("the import source must be a folder, found \"\(source)\"")
        }
        if FileManager.default.fileExists(atPath: into, isDirectory: &isFolder), !isFolder.boolValue {
            throw ValidationError("--into must be a folder, found \"\(into)\"")
        }
        if let now, Date(iso8601: now) == nil {
            throw ValidationError("--now must be an ISO 8601 date like 2024-03-01T09:00:00+09:00, found \"\(now)\"")
        }
    }

    func clock() throws -> Date {
        try SiteOptions(now: now).clock()
    }
}

struct ImportJekyll: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jekyll",
        abstract: "Import a Jekyll site: _posts/, _drafts/, pages, assets/ and images/; Liquid and kramdown become Markdown."
    )

    @OptionGroup var options: ImportOptions

    func run() throws {
        try ImportRun(options: options).run(kind: "Jekyll", looksRight: { $0.texts["_config.yml"] != nil || $0.texts.keys.contains { $0.hasPrefix("_posts/") } }) {
            JekyllImport(site: $0, now: $1).plan()
        }
    }
}

struct ImportHugo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hugo",
        abstract: "Import a Hugo site: content/ (page bundles with their files) and static/; shortcodes become Markdown."
    )

    @OptionGroup var options: ImportOptions

    func run() throws {
        try ImportRun(options: options).run(kind: "Hugo", looksRight: { $0.texts.keys.contains { $0.hasPrefix("content/") } }) {
            HugoImport(site: $0, now: $1).plan()
        }
    }
}

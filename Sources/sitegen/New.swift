import ArgumentParser
import Foundation
import SiteGenCore

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create new content from a scaffold.",
        subcommands: [NewPost.self]
    )
}

struct NewPost: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "post",
        abstract: "Create content/posts/<slug>.md as a draft and print its path.",
        discussion: "The date is now (or --now) in the site's timezone. An existing file is never replaced."
    )

    @Argument(help: "The post's title, e.g. \"Spring Batch 재시도 정리\".")
    var title: String

    @Option(name: .long, help: ArgumentHelp("The file name and URL segment (default: from the title, Hangul kept).", valueName: "slug"))
    var slug: String?

    @Option(name: .long, help: ArgumentHelp("Comma-separated tags, e.g. spring,batch.", valueName: "tags"))
    var tags: String?

    @OptionGroup var site: SiteOptions

    func run() throws {
        var standardError = StandardError()
        let (config, problems) = SiteConfig.load(root: site.root)
        for problem in problems { print(problem, to: &standardError) }
        guard !problems.hasErrors else {
            print("sitegen: fix site.yaml first; nothing was written", to: &standardError)
            throw ExitCode.failure
        }
        do {
            let post = try PostScaffold(title: title, slug: slug, tags: PostScaffold.tags(fromList: tags ?? ""),
                                        date: try site.clock(), timeZone: config.timeZone)
            _ = try post.write(in: site.root)
            print(Self.shownPath(post.sourcePath, source: site.source))
        } catch let error as ScaffoldError {
            print("sitegen: \(error)", to: &standardError)
            throw ExitCode.failure
        }
    }

    /// The new file's path as the user named the site: `content/posts/a.md` or `blog/content/posts/a.md`.
    static func shownPath(_ sourcePath: String, source: String) -> String {
        var folder = source
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        switch folder {
        case ".", "./": return sourcePath
        case "/": return "/" + sourcePath
        default: return folder + "/" + sourcePath
        }
    }
}

import ArgumentParser
import Foundation
import SiteGenCore
import SiteGenServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it, and rebuild and reload the browser on every save.",
        discussion: """
        Watches site.yaml, content/ and templates/. Pages are built in memory (public/ is left alone) \
        for http://HOST:PORT/ and get a small live-reload script. A failed build keeps the last good \
        site and shows the problems in the terminal and over the page.
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The port to listen on.", valueName: "port"))
    var port: Int = 1313

    @Option(name: .long, help: ArgumentHelp("The address to listen on; 0.0.0.0 opens the server to the network.", valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(name: .customLong("allowed-host"), parsing: .singleValue,
            help: ArgumentHelp("Also answer requests for this host name (repeatable; .example.test allows its subdomains too). "
                               + "localhost, IP addresses and --host are always answered; other names get 403 (DNS rebinding).",
                               valueName: "name"))
    var allowedHosts: [String] = []

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, found \(port)") }
        if site.baseURL != nil { throw ValidationError("serve builds for its own address; drop --base-url") }
        for name in allowedHosts where name.isEmpty || name.contains(where: { " /\\@?#".contains($0) }) {
            throw ValidationError("--allowed-host takes a host name like blog.test, found \"\(name)\"")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site.root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("--source must be a folder holding site.yaml, found \"\(site.source)\"")
        }
    }

    func run() async throws {
        let fixed = try site.fixedClock()
        var configuration = DevServerConfiguration(root: site.root, host: host, port: port, includeDrafts: site.drafts,
                                                   clock: { fixed ?? Date() })
        configuration.allowedHosts = allowedHosts
        do {
            try await DevServer(configuration).run()
        } catch let error as ServeError {
            var standardError = StandardError()
            print("sitegen: \(error)", to: &standardError)
            throw ExitCode.failure
        }
    }
}

extension SiteOptions {
    /// `--now` or `SOURCE_DATE_EPOCH` when given; nil means the wall clock, read at every rebuild.
    func fixedClock() throws -> Date? {
        guard now != nil || ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] != nil else { return nil }
        return try clock()
    }
}

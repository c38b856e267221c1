import Foundation
import Hummingbird

/// Answers every request of `sitegen serve`: the live-reload stream at `/_sitegen/events`,
/// else the file the path names in the current build, else the site's `404.html`.
/// GET and HEAD only, from an allowed `Host` only; nothing is cached (`Cache-Control: no-store`).
struct SiteResponder: HTTPResponder {
    typealias Context = ServeRequestContext

    let store: SiteStore
    let hub: EventHub
    /// Which `Host` headers are answered (DNS rebinding).
    var hosts = HostPolicy()

    func respond(to request: Request, context: Context) async throws -> Response {
        guard let authority = request.head.authority else { return Self.plain(.badRequest, "missing Host header\n") }
        guard hosts.allows(authority: authority) else { return Self.forbidden(host: authority) }
        let isHead = request.method == .head
        guard request.method == .get || isHead else { return Self.methodNotAllowed() }
        if request.uri.path == LiveReloadScript.eventsPath {
            return isHead ? EventStream.head() : await EventStream.response(hub: hub, channel: context.channel)
        }
        let response = Self.page(path: request.uri.path, query: request.uri.query, in: await store.site)
        return isHead ? response.createHeadResponse() : response
    }

    /// The response for a path in a site: the file, a redirect to the folder URL, or 404.
    /// `path` is the raw, percent-encoded path of the request.
    static func page(path rawPath: String, query: String?, in site: ServedSite) -> Response {
        guard let path = SitePath(rawPath: rawPath) else { return plain(.badRequest, "bad request path\n") }
        if let file = site.file(at: path.outputPath) {
            return serve(file, from: site, status: .ok)
        }
        if let index = path.folderIndexPath, site.file(at: index) != nil {
            return redirect(to: rawPath + "/" + (query.map { "?" + $0 } ?? ""))
        }
        return notFound(in: site)
    }

    /// A file with its content type: a prepared page as it is, a static file streamed from
    /// the file the build verified (503 while it differs, until the rebuild is in).
    static func serve(_ file: ServedSite.File, from site: ServedSite, status: HTTPResponse.Status) -> Response {
        switch file {
        case .page(let page):
            return Response(status: status, headers: headers(page.contentType), body: ResponseBody(byteBuffer: page.body))
        case .asset(let asset):
            guard let folder = site.folder, let opened = asset.open(in: folder) else {
                var fields = headers("text/plain; charset=utf-8")
                fields[.retryAfter] = "1"
                return Response(status: .serviceUnavailable, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(
                    string: "\(asset.sourcePath) changed or moved since the last good build; it is served again once a build succeeds\n")))
            }
            return AssetBody.response(opened, contentType: asset.contentType, status: status)
        }
    }

    /// The site's own `404.html` with status 404, or a minimal page when it has none.
    static func notFound(in site: ServedSite) -> Response {
        if let page = site.file(at: "404.html") { return serve(page, from: site, status: .notFound) }
        return Response(status: .notFound, headers: headers("text/html; charset=utf-8"), body: ResponseBody(byteBuffer: fallback404))
    }

    private static let fallback404 = LiveReloadScript.injected(into: ByteBuffer(
        string: "<!doctype html>\n<meta charset=\"utf-8\">\n<title>404 Not Found</title>\n<body>\n<h1>404 Not Found</h1>\n</body>\n"))

    static func redirect(to location: String) -> Response {
        var response = plain(.found, "see \(location)\n")
        response.headers[.location] = location
        return response
    }

    static func methodNotAllowed() -> Response {
        var response = plain(.methodNotAllowed, "method not allowed; sitegen serve answers GET and HEAD\n")
        response.headers[.allow] = "GET, HEAD"
        return response
    }

    /// 403 for a `Host` the server does not answer to, saying how to allow it. The
    /// connection is closed after it.
    static func forbidden(host: String) -> Response {
        let name = HostPolicy.hostName(of: host)
        var response = plain(.forbidden, "sitegen serve does not answer to host \"\(name)\"; "
                             + "to allow it, start sitegen serve with --allowed-host \(name)\n")
        response.headers[.connection] = "close"
        return response
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: headers("text/plain; charset=utf-8"), body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Headers every response carries.
    static func headers(_ contentType: String) -> HTTPFields {
        [.contentType: contentType, .cacheControl: "no-store"]
    }
}

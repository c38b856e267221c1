import Foundation
import Hummingbird

/// Answers every request of `sitegen serve`: the live-reload stream at `/_sitegen/events`,
/// else the file the path names in the current build, else the site's `404.html`.
/// GET and HEAD only; nothing is cached (`Cache-Control: no-store`).
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let store: SiteStore
    let hub: EventHub

    func respond(to request: Request, context: Context) async throws -> Response {
        let isHead = request.method == .head
        guard request.method == .get || isHead else { return Self.methodNotAllowed() }
        if request.uri.path == LiveReloadScript.eventsPath {
            return isHead ? EventStream.head() : await EventStream.response(hub: hub)
        }
        let response = Self.page(path: request.uri.path, query: request.uri.query, in: await store.site)
        return isHead ? response.createHeadResponse() : response
    }

    /// The response for a path in a site: the file, a redirect to the folder URL, or 404.
    /// `path` is the raw, percent-encoded path of the request.
    static func page(path rawPath: String, query: String?, in site: ServedSite) -> Response {
        guard let path = SitePath(rawPath: rawPath) else { return badRequest() }
        if let file = site.file(at: path.outputPath) {
            return serve(file, pathExtension: path.pathExtension, from: site, status: .ok) ?? notFound(in: site)
        }
        if let index = path.folderIndexPath, site.file(at: index) != nil {
            return redirect(to: rawPath + "/" + (query.map { "?" + $0 } ?? ""))
        }
        return notFound(in: site)
    }

    /// A file with its content type; HTML gets the live-reload script. Nil when a static
    /// file vanished since the build.
    static func serve(_ file: ServedSite.File, pathExtension: String, from site: ServedSite, status: HTTPResponse.Status) -> Response? {
        let contentType = ContentType.forExtension(pathExtension)
        guard ContentType.isHTML(contentType) else {
            guard let data = site.contents(of: file) else { return nil }
            return Response(status: status, headers: headers(contentType), body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        let html: String
        switch file {
        case .rendered(let text): html = text
        case .source:
            guard let data = site.contents(of: file) else { return nil }
            html = String(decoding: data, as: UTF8.self)
        }
        return htmlResponse(LiveReloadScript.inject(into: html), status: status)
    }

    /// The site's own `404.html` with status 404, or a minimal page when it has none.
    static func notFound(in site: ServedSite) -> Response {
        if let page = site.file(at: "404.html"), let response = serve(page, pathExtension: "html", from: site, status: .notFound) {
            return response
        }
        let fallback = "<!doctype html>\n<meta charset=\"utf-8\">\n<title>404 Not Found</title>\n<body>\n<h1>404 Not Found</h1>\n</body>\n"
        return htmlResponse(LiveReloadScript.inject(into: fallback), status: .notFound)
    }

    static func htmlResponse(_ html: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: headers("text/html; charset=utf-8"), body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    static func redirect(to location: String) -> Response {
        var fields = headers("text/plain; charset=utf-8")
        fields[.location] = location
        return Response(status: .found, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: "see \(location)\n")))
    }

    static func badRequest() -> Response {
        Response(status: .badRequest, headers: headers("text/plain; charset=utf-8"),
                 body: ResponseBody(byteBuffer: ByteBuffer(string: "bad request path\n")))
    }

    static func methodNotAllowed() -> Response {
        var fields = headers("text/plain; charset=utf-8")
        fields[.allow] = "GET, HEAD"
        return Response(status: .methodNotAllowed, headers: fields,
                        body: ResponseBody(byteBuffer: ByteBuffer(string: "method not allowed; sitegen serve answers GET and HEAD\n")))
    }

    /// Headers every response carries.
    static func headers(_ contentType: String) -> HTTPFields {
        [.contentType: contentType, .cacheControl: "no-store"]
    }
}

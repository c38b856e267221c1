import Hummingbird

/// A static file's response: streamed from the open file in chunks, so a large file never
/// sits in memory whole; a static HTML file is read whole to get the live-reload script.
enum AssetBody {
    /// Bytes read and written at a time.
    static let chunkSize = 256 * 1024

    /// Why a stream stopped early (the file shrank or could not be read): the connection
    /// is closed, as its `Content-Length` can no longer be met.
    struct Truncated: Error {}

    static func response(_ file: OpenFile, contentType: String, status: HTTPResponse.Status) -> Response {
        let headers = SiteResponder.headers(contentType)
        if ContentType.isHTML(contentType) {
            guard let html = file.readAll() else { return SiteResponder.plain(.internalServerError, "could not read the file\n") }
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: LiveReloadScript.injected(into: html)))
        }
        let size = file.size
        return Response(status: status, headers: headers, body: ResponseBody(contentLength: size) { writer in
            var offset = 0
            while offset < size {
                guard let chunk = file.read(at: offset, count: min(chunkSize, size - offset)), chunk.readableBytes > 0 else {
                    throw Truncated()
                }
                offset += chunk.readableBytes
                try await writer.write(chunk)
            }
            try await writer.finish(nil)
        })
    }
}

// A request path through the dev server's path resolution. Whatever the path, what it
// resolves to must stay a key inside the site: no empty, `.` or `..` segment, no separator
// or control character in a segment, no leading slash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSitePath(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let raw = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let path = SitePath(rawPath: raw) else { return 0 }
    for segment in path.segments {
        if segment.isEmpty || segment == "." || segment == ".." { fatalError("segment \"\(segment)\" from \(raw)") }
        if segment.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) {
            fatalError("separator or control character in a segment from \(raw)")
        }
    }
    for output in [path.outputPath] + (path.folderIndexPath.map { [$0] } ?? []) {
        if output.hasPrefix("/") || output.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0.isEmpty }) {
            fatalError("output path \"\(output)\" from \(raw)")
        }
    }
    if path.pathExtension != path.pathExtension.lowercased() { fatalError("extension not lowercased from \(raw)") }
    return 0
}

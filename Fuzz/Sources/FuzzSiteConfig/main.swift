// site.yaml through the config parser.
@testable import SiteGenCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSiteConfig(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let (config, _) = ConfigParser.parse(SourceFile(sourcePath: "site.yaml", text: text))
    _ = config.baseURL.absoluteURL("/posts/")
    return 0
}

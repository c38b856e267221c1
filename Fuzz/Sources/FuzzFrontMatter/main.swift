// A whole Markdown file through the page parser: front matter split, YAML, every field
// (dates, tags, slug, draft), as a post and as a page.
import Foundation
@testable import SiteGenCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let parser = PageParser(config: SiteConfig())
    for path in ["content/posts/2024-03-01-fuzz.md", "content/notes/fuzz.md"] {
        let (page, problems) = parser.parse(SourceFile(sourcePath: path, text: text))
        if page == nil && !problems.contains(where: { $0.severity == .error }) {
            fatalError("a page was refused without an error")
        }
        if let page, !Slug.isSafeSegment(page.slug) { fatalError("unsafe slug \(page.slug)") }
    }
    return 0
}

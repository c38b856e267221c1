import Foundation
import Testing
@testable import SiteGenCore

/// Which files become posts, where their images are, and what happens when two want one URL.
@Suite("Import entries")
struct ImportEntryTests {
    func post(_ path: String, url: String, kind: ImportEntry.Kind = .post) -> ImportEntry {
        ImportEntry(kind: kind, sourcePath: path, matter: ForeignFrontMatter(body: ""), targetPath: "content/" + path,
                    url: url, extras: FrontMatterMapping.Extras(title: path))
    }

    @Test func chirpyImagePathsBecomeAddresses() {
        var log = ImportLog()
        let text = "![a](a.png) [link](b.png) ![c](/img/c.png \"title\") ![d](https://x/d.png) `![e](e.png)`"
        #expect(ChirpyMedia.rewrite(text, subpath: "/posts/2024/", cdn: nil, log: &log)
            == "![a](/posts/2024/a.png) [link](b.png) ![c](/img/c.png \"title\") ![d](https://x/d.png) `![e](e.png)`")
        #expect(ChirpyMedia.rewrite("![a](a.png) ![c](/img/c.png)", subpath: "/p", cdn: "https://cdn.example.com/", log: &log)
            == "![a](https://cdn.example.com/p/a.png) ![c](https://cdn.example.com/img/c.png)")
        #expect(ChirpyMedia.rewrite("![a](a.png)", subpath: nil, cdn: nil, log: &log) == "![a](a.png)")
        #expect(log.converted == ["Chirpy image paths (media_subpath, cdn) → addresses": 3])
    }
}

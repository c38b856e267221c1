// Bytes of a build cache file (after its header) through `BinaryCoder`: a shard of parsed
// pages, the list entries, and a table of stamps (source files or an output record). A damaged or foreign file
// must throw (the cache then starts empty), never trap or read out of bounds; a page that does
// decode must give its text (made from the file's bytes on request) and encode again.
@testable import SiteGenCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBuildCache(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    if let shard = try? BinaryCoder.decode([Keyed<RebuildCache.ParsedEntry>].self, from: bytes) {
        for entry in shard {
            guard let page = entry.value.page else { continue }
            _ = page.body.utf8.count + page.content.html.utf8.count
            _ = entry.value.search?.terms?.words.count
            _ = try? BinaryCoder.encode(entry.value)
        }
    }
    if let table = try? BinaryCoder.decode(StampTable.self, from: bytes), let entries = table.entries {
        _ = try? BinaryCoder.encode(StampTable(entries))
    }
    _ = try? BinaryCoder.decode([Keyed<RebuildCache.RenderedEntry>].self, from: bytes)
    return 0
}

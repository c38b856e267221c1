/// Imported pages that would share a sitegen URL (two posts with one slug, which the old site
/// also wrote to one place, so one of them was out of reach): the first by source path keeps
/// it, the others get `-2`, `-3` on their slug, with a warning. Pure.
enum URLCollisions {
    static func resolve(_ entries: inout [ImportEntry], log: inout ImportLog) {
        var taken = Set(entries.map(\.url))
        var owner: [String: String] = [:]
        for index in entries.indices.sorted(by: { entries[$0].sourcePath < entries[$1].sourcePath }) {
            let url = entries[index].url
            guard let first = owner[url] else {
                owner[url] = entries[index].sourcePath
                continue
            }
            guard entries[index].kind != .page, url.hasPrefix("/posts/") else {
                log.leave(entries[index].sourcePath, line: nil, "its URL \(url) is also \(first)'s; the build will say so: give one of them another slug")
                continue
            }
            let slug = String(url.dropFirst("/posts/".count).dropLast())
            var number = 2
            while taken.contains("/posts/\(slug)-\(number)/") { number += 1 }
            entries[index].url = "/posts/\(slug)-\(number)/"
            entries[index].extras.slug = "\(slug)-\(number)"
            taken.insert(entries[index].url)
            log.leave(entries[index].sourcePath, line: nil,
                      "its URL \(url) is also \(first)'s (the old site could show only one of them there); now \(entries[index].url)")
        }
    }
}

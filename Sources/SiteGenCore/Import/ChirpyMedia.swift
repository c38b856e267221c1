import Foundation

/// Chirpy's image locations: a post's `media_subpath` (before Chirpy 7, `img_path`) is the
/// folder of its images with relative paths, and the site's `cdn` (`img_cdn`) serves every
/// image with a root-relative path. The import writes each image's real address. Pure.
enum ChirpyMedia {
    static func rewrite(_ text: String, subpath: String?, cdn: String?, log: inout ImportLog) -> String {
        guard subpath != nil || cdn != nil else { return text }
        return LinkDestinations.rewrite(text, firstLine: 1) { destination, _, isImage in
            guard isImage else { return nil }
            let address = destination.trimmingCharacters(in: .whitespaces).prefix { $0 != " " }
            guard !address.isEmpty, !address.contains(":"), !address.hasPrefix("//") else { return nil }
            let path = Self.address(String(address), subpath: subpath, cdn: cdn)
            guard path != String(address) else { return nil }
            log.count("Chirpy image paths (media_subpath, cdn) → addresses")
            return path + destination.trimmingCharacters(in: .whitespaces).dropFirst(address.count)
        }
    }

    /// A relative `path` below `subpath`, then a root-relative one on `cdn`; addresses stay.
    static func address(_ path: String, subpath: String?, cdn: String?) -> String {
        guard !path.contains(":"), !path.hasPrefix("//") else { return path }
        var path = path
        if !path.hasPrefix("/"), let subpath { path = subpath.droppingTrailing("/") + "/" + path }
        if path.hasPrefix("/"), let cdn { path = cdn.droppingTrailing("/") + path }
        return path
    }
}

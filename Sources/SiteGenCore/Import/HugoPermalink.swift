import Foundation

/// Hugo's `[permalinks]` patterns (`/:year/:month/:slug/`), filled in for one page.
enum HugoPermalink {
    static func url(_ pattern: String, fields: [ForeignField], section: String, folders: [String], slug: String, config: HugoConfig) -> String? {
        let title = FrontMatterMapping.first(fields, "title")?.text ?? slug
        let date = FrontMatterMapping.first(fields, "date", "publishDate").flatMap(FrontMatterMapping.dateText)
            .flatMap { ISODate.parse($0, timeZone: config.timeZone) }
        var values = [
            "title": ForeignSlug.hugo(title, lowercased: config.lowercasesURLs),
            "slug": FrontMatterMapping.first(fields, "slug").map { _ in slug } ?? ForeignSlug.hugo(title, lowercased: config.lowercasesURLs),
            "slugorfilename": slug, "filename": slug, "contentbasename": slug, "slugorcontentbasename": slug,
            "section": section, "sections": folders.joined(separator: "/"),
        ]
        if let date {
            let parts = ISODate.civil(date, offset: config.timeZone.secondsFromGMT(for: date))
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            values["year"] = String(parts.year)
            values["month"] = parts.month < 10 ? "0\(parts.month)" : String(parts.month)
            values["monthname"] = months[parts.month - 1].lowercased()
            values["day"] = parts.day < 10 ? "0\(parts.day)" : String(parts.day)
        }
        var result = ""
        var rest = Substring(pattern)
        while let colon = rest.firstIndex(of: ":") {
            result += rest[..<colon]
            let name = rest[rest.index(after: colon)...].prefix { $0.isLetter }
            guard let value = values[String(name).lowercased()] else { return nil }
            result += value
            rest = rest[name.endIndex...]
        }
        result += rest
        return config.urlPrefix + (result.hasPrefix("/") ? result : "/" + result)
    }
}

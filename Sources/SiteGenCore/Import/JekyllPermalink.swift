import Foundation

/// Jekyll's permalinks: the built-in styles and `:placeholder` patterns, filled in for one
/// document to find the URL it had.
enum JekyllPermalink {
    /// A style name as the pattern it stands for; any other text is a pattern already.
    static func pattern(_ style: String) -> String {
        switch style {
        case "date": return "/:categories/:year/:month/:day/:title:output_ext"
        case "pretty": return "/:categories/:year/:month/:day/:title/"
        case "ordinal": return "/:categories/:year/:y_day/:title:output_ext"
        case "weekdate": return "/:categories/:year/W:week/:short_day/:title:output_ext"
        case "none": return "/:categories/:title:output_ext"
        default: return style
        }
    }

    /// What the placeholders of one document stand for.
    struct Document {
        /// Jekyll's `:title`: the slug (front matter or file name) in `pretty` mode, case kept.
        var title: String
        /// The file name without its extension (a post's with its date).
        var name: String
        var categories: [String] = []
        /// The post's date in the site's time zone; nil for pages.
        var date: Date?
        var timeZone: TimeZone = .gmt
        /// For pages: the folder (`docs/`) and file name without extension.
        var path = ""
        var collection = "posts"
    }

    /// The decoded URL the pattern gives the document; nil when the pattern names a
    /// placeholder this document has no value for.
    static func url(_ pattern: String, for document: Document) -> String? {
        let values = placeholders(document)
        var result = ""
        var rest = Substring(pattern)
        while let colon = rest.firstIndex(of: ":") {
            result += rest[..<colon]
            let name = rest[rest.index(after: colon)...].prefix { $0.isLowercase || $0 == "_" }
            guard !name.isEmpty else {
                result += ":"
                rest = rest[rest.index(after: colon)...]
                continue
            }
            guard let value = values[String(name)] else { return nil }
            result += value
            rest = rest[name.endIndex...]
        }
        result += rest
        let segments = result.split(separator: "/").filter { !$0.allSatisfy { $0 == "." } }
        return "/" + segments.joined(separator: "/") + (result.hasSuffix("/") && !segments.isEmpty ? "/" : "")
    }

    private static func placeholders(_ document: Document) -> [String: String] {
        var values = [
            "title": document.title, "slug": ForeignSlug.jekyll(document.title), "name": ForeignSlug.jekyll(document.name),
            "categories": uniqueLowercased(document.categories).joined(separator: "/"),
            "output_ext": ".html", "path": document.path, "basename": document.name, "collection": document.collection,
        ]
        guard let date = document.date else { return values }
        let offset = document.timeZone.secondsFromGMT(for: date)
        let parts = ISODate.civil(date, offset: offset)
        let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let dayOfYear = ISODate.daysFromCivil(year: parts.year, month: parts.month, day: parts.day) - ISODate.daysFromCivil(year: parts.year, month: 1, day: 1) + 1
        values["year"] = String(parts.year)
        values["short_year"] = pad(parts.year % 100)
        values["month"] = pad(parts.month)
        values["i_month"] = String(parts.month)
        values["day"] = pad(parts.day)
        values["i_day"] = String(parts.day)
        values["hour"] = pad(parts.hour)
        values["minute"] = pad(parts.minute)
        values["second"] = pad(parts.second)
        values["y_day"] = String(repeating: "0", count: max(0, 3 - String(dayOfYear).count)) + String(dayOfYear)
        values["long_month"] = monthNames[parts.month - 1]
        values["short_month"] = String(monthNames[parts.month - 1].prefix(3))
        return values
    }

    /// Jekyll's `:categories`: each category lowercased, the first of equal ones kept.
    private static func uniqueLowercased(_ categories: [String]) -> [String] {
        var seen: Set<String> = []
        return categories.map { $0.lowercased() }.filter { seen.insert($0).inserted }
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}

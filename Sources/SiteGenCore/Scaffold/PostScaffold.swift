import Foundation

/// A new post as `sitegen new post` creates it: where it goes and its front matter.
/// Pure: `write(in:)` in `PostScaffold+Write.swift` puts it on disk.
///
/// ```
/// ---
/// title: "Spring Batch 재시도 정리"
/// date: 2025-03-01T09:30:00+09:00
/// tags: ["spring", "batch"]
/// draft: true
/// ---
/// ```
public struct PostScaffold: Sendable, Equatable {
    /// The title as given, trimmed.
    public var title: String
    /// One URL segment; also the file name without `.md`.
    public var slug: String
    /// Tags in the order given, without empty entries.
    public var tags: [String]
    /// The post's date, written in `timeZone`.
    public var date: Date
    /// The site's time zone (`timezone` in site.yaml).
    public var timeZone: TimeZone

    /// Longest default slug, in UTF-8 bytes, so file names stay well under 255 bytes.
    static let maximumSlugBytes = 120

    /// Makes a scaffold; without `slug` the title's slug is used (`defaultSlug(for:)`).
    public init(title: String, slug: String? = nil, tags: [String] = [], date: Date, timeZone: TimeZone) throws(ScaffoldError) {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw .emptyTitle }
        let slug = slug ?? Self.defaultSlug(for: title)
        guard !slug.isEmpty else { throw .emptySlug(title: title) }
        guard Slug.isSafeSegment(slug) else { throw .unsafeSlug(slug) }
        self.title = title
        self.slug = slug
        self.tags = tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        self.date = date
        self.timeZone = timeZone
    }

    /// The slug sitegen derives from a title: lowercased, Hangul and other letters kept,
    /// white space turned into `-`, punctuation dropped, cut to a readable length.
    /// `"Spring Batch 재시도, 정리!"` → `"spring-batch-재시도-정리"`.
    public static func defaultSlug(for title: String) -> String {
        var slug = ""
        for character in Slug.makeURLSegment(title) {
            guard slug.utf8.count + character.utf8.count <= maximumSlugBytes else { break }
            slug.append(character)
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// Splits `--tags a,b` into tags: comma-separated, trimmed, empty entries dropped.
    public static func tags(fromList list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Relative to the site root: `content/posts/<slug>.md`.
    public var sourcePath: String { "content/posts/\(slug).md" }

    /// The whole file: front matter with the title and tags quoted for YAML, then an empty body.
    public var text: String {
        let tagList = tags.map(YAMLQuoting.doubleQuoted).joined(separator: ", ")
        return """
        ---
        title: \(YAMLQuoting.doubleQuoted(title))
        date: \(ISODate.rfc3339(date, timeZone: timeZone))
        tags: [\(tagList)]
        draft: true
        ---


        """
    }
}

/// Why a post could not be created; `description` is the message for the terminal.
public enum ScaffoldError: Error, Equatable, CustomStringConvertible {
    case emptyTitle
    case emptySlug(title: String)
    case unsafeSlug(String)
    case fileExists(sourcePath: String)
    case cannotWrite(sourcePath: String, reason: String)

    public var description: String {
        switch self {
        case .emptyTitle:
            return "the title is empty; give one, e.g. sitegen new post \"제목\""
        case .emptySlug(let title):
            return "cannot make a slug from \"\(title)\"; give one with --slug"
        case .unsafeSlug(let slug):
            return "--slug must be one URL segment without '/', '\\', spaces, '?', '#', '%' or a leading '.', found \"\(slug)\""
        case .fileExists(let path):
            return "\(path) already exists; nothing was written (choose another --slug)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write the new post: \(reason)"
        }
    }
}

import Foundation
import Testing
@testable import SiteGenCore

/// Random edit sequences on the golden fixture site (every page kind, career data, series,
/// search, archive), each incremental build compared with a clean build. Seeded: a failure
/// names its seed and step, and `SITEGEN_RANDOM_SEED=<seed>` replays that sequence alone.
@Suite("Incremental builds, random edits")
struct IncrementalRandomTests {
    static let sequences = 24
    static let stepsPerSequence = 10

    @Test func randomEditSequencesMatchCleanBuilds() async throws {
        let only = ProcessInfo.processInfo.environment["SITEGEN_RANDOM_SEED"].flatMap(UInt64.init)
        let seeds = only.map({ [$0] }) ?? (1...UInt64(Self.sequences)).map({ $0 })
        let problems = try await IncrementalSite.offThePool { try seeds.flatMap { try Self.run(seed: $0) } }
        #expect(problems == [])
    }

    static func run(seed: UInt64) throws -> [String] {
        var random = SeededRandom(state: seed)
        let site = try IncrementalSite(copying: Fixtures.folder.appendingPathComponent("golden/site"))
        // The post-item partial, so list entries go through the fragment cache too.
        try site.write("templates/partials/post-item.mustache", "<li><a href=\"{{url}}\">{{title}}</a> {{date}}{{#tags}} #{{name}}{{/tags}}</li>\n")
        try site.edit("templates/list.mustache") { $0.replacingOccurrences(of: "{{>partials/post-list}}", with: "<ul>{{#posts}}{{{html}}}{{/posts}}</ul>") }
        var editor = RandomEditor(site: site)
        try site.check("seed \(seed), first build")
        for step in 1...Self.stepsPerSequence {
            let edits = Int.random(in: 1...3, using: &random)
            var done: [String] = []
            for _ in 0..<edits { done.append(try editor.edit(using: &random)) }
            try site.check("seed \(seed), step \(step) (\(done.joined(separator: "; ")))")
        }
        return site.problems
    }
}

/// Makes one random edit of a site and says what it did.
struct RandomEditor {
    let site: IncrementalSite
    var created = 0

    static let tags = ["SSE", "스프링", "redis", "Spring Batch", "kotlin", "새 태그"]
    static let templates = ["templates/post.mustache", "templates/layout.mustache", "templates/partials/nav.mustache",
                            "templates/partials/post-item.mustache", "templates/tag.mustache", "templates/home.mustache"]

    func posts() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("content/posts").path)
            .filter { $0.hasSuffix(".md") }.sorted().map { "content/posts/" + $0 }
    }

    mutating func edit<R: RandomNumberGenerator>(using random: inout R) throws -> String {
        let posts = try posts()
        guard let post = posts.randomElement(using: &random) else { return try addPost(using: &random) }
        let number = Int.random(in: 1...99, using: &random)
        switch Int.random(in: 0..<14, using: &random) {
        case 0:
            try site.edit(post) { $0 + "\n문단 \(number) 추가.\n" }
            return "body of \(post)"
        case 1:
            try site.edit(post) { Self.replacingLine("title:", in: $0, with: "title: 제목 \(number)") }
            return "title of \(post)"
        case 2: return try addPost(using: &random)
        case 3:
            guard posts.count > 2 else { return "nothing" }
            try site.remove(post)
            return "removed \(post)"
        case 4:
            created += 1
            try site.move(post, to: "content/posts/moved-\(created)-\(number).md")
            return "renamed \(post)"
        case 5:
            let tags = Self.tags.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random))
            try site.edit(post) { Self.replacingLine("tags:", in: $0, with: "tags: [\(tags.joined(separator: ", "))]") }
            return "tags of \(post)"
        case 6:
            try site.edit(post) { $0.contains("draft: true") ? $0.replacingOccurrences(of: "draft: true\n", with: "") : $0.replacingOccurrences(of: "title:", with: "draft: true\ntitle:") }
            return "draft toggled on \(post)"
        case 7:
            let day = String(format: "20%02d-%02d-%02d", [23, 24, 24, 31].randomElement(using: &random)!, Int.random(in: 1...12, using: &random), Int.random(in: 1...28, using: &random))
            try site.edit(post) { Self.replacingLine("date:", in: $0, with: "date: \(day)") }
            return "date of \(post) to \(day)"
        case 8:
            let template = Self.templates.randomElement(using: &random)!
            try site.edit(template) { $0 + "<!-- \(number) -->" }
            return "template \(template)"
        case 9:
            try site.edit("site.yaml") { Self.replacingLine("postsPerPage:", in: $0, with: "postsPerPage: \(Int.random(in: 1...3, using: &random))") }
            return "postsPerPage"
        case 10:
            let level = ["상", "중", "하"].randomElement(using: &random)!
            try site.edit("content/data/competencies.yaml") { Self.replacingLine("    current:", in: $0, with: "    current: \(level)") }
            return "competency level \(level)"
        case 11:
            try site.edit("templates/assets/style.css") { $0 + "/* \(number) */\n" }
            return "asset"
        case 12:
            site.now = site.now.addingTimeInterval(Double(Int.random(in: -400...400, using: &random)) * 86400)
            return "clock moved"
        default:
            try site.edit(post) { $0.replacingOccurrences(of: "\n## ", with: "\n## 새 제목 \(number)\n\n## ") }
            return "heading added to \(post)"
        }
    }

    mutating func addPost<R: RandomNumberGenerator>(using random: inout R) throws -> String {
        created += 1
        let path = "content/posts/new-\(created).md"
        let tags = Self.tags.shuffled(using: &random).prefix(2).joined(separator: ", ")
        let series = Bool.random(using: &random) ? "series: 스프링 기초\n" : ""
        try site.write(path, "---\ntitle: 새 글 \(created)\ndate: 2024-0\(Int.random(in: 1...9, using: &random))-1\(Int.random(in: 0...9, using: &random))\ntags: [\(tags)]\n\(series)---\n## 개요\n\n새 글 \(created). [SSE](/posts/sse/)\n")
        return "added \(path)"
    }

    /// The text with its first line starting with `prefix` replaced (or `line` added to the
    /// front matter when there is none).
    static func replacingLine(_ prefix: String, in text: String, with line: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) {
            lines[index] = line
        } else if lines.first == "---" {
            lines.insert(line, at: 1)
        }
        return lines.joined(separator: "\n")
    }
}

import Foundation
import Yams

/// Level history of a competency and `projects.yaml`.
extension CareerParser {
    /// `history:` of a competency: dated assessments, oldest first.
    func history(_ node: Node?, reader: inout YAMLReader) -> [Assessment] {
        var assessments: [Assessment] = []
        for item in reader.list(node, key: "history") {
            guard let entry = reader.fields(item, what: "an assessment", known: ["date", "level", "note"], required: ["date", "level"]),
                  let date = entry["date"].flatMap({ reader.date($0, key: "date", timeZone: timeZone) }),
                  let level = entry["level"].flatMap({ reader.text($0, key: "level") }) else { continue }
            if let previous = assessments.last, date <= previous.date {
                reader.error(at: entry["date"], "'history' must be oldest first, each date after the one before")
            }
            assessments.append(Assessment(date: date, level: level, note: entry["note"].flatMap { reader.text($0, key: "note") },
                                          spot: reader.spot(of: entry["level"])))
        }
        return assessments
    }

    /// `projects.yaml`: `projects:`, each with `id`, `name`, `summary`, and optional `stack`,
    /// `competencies` and `posts`.
    func projects(_ root: Node, reader: inout YAMLReader) -> [Project] {
        guard let fields = reader.fields(root, what: "projects.yaml", known: ["projects"], required: ["projects"]) else { return [] }
        var ids = UniqueCheck(what: "project")
        let known: Set<String> = ["id", "name", "summary", "stack", "competencies", "posts"]
        return reader.list(fields["projects"], key: "projects").compactMap { node -> Project? in
            guard let entry = reader.fields(node, what: "a project", known: known, required: ["id", "name", "summary"]) else { return nil }
            let id = entry["id"].flatMap { reader.text($0, key: "id") }
            let name = entry["name"].flatMap { reader.text($0, key: "name") }
            let summary = entry["summary"].flatMap { reader.text($0, key: "summary") }
            if let id { ids.claim(id, at: entry["id"], reader: &reader) }
            guard let id, let name, let summary else { return nil }
            let competencies = reader.locatedTextList(entry["competencies"], key: "competencies")
            let posts = reader.locatedTextList(entry["posts"], key: "posts")
            return Project(id: id, name: name, summary: summary,
                           stack: reader.locatedTextList(entry["stack"], key: "stack").map(\.0),
                           competencies: competencies.map(\.0), posts: posts.map(\.0),
                           spots: TodoSpots(competencies: competencies.map(\.1), posts: posts.map(\.1)))
        }
    }
}

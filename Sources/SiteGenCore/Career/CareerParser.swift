import Foundation
import Yams

/// Reads the career data files of `content/data/` into a `Career`. Each file is optional;
/// without any of them a site simply has no dashboard.
struct CareerParser {
    static let fileNames = ["profile", "levels", "goals", "competencies", "todos", "checklist", "projects"]
    let timeZone: TimeZone

    /// nil when the site has no career data at all.
    func parse(_ files: [SourceFile]) -> (Career?, [Diagnostic]) {
        var career = Career()
        var diagnostics: [Diagnostic] = []
        var found = false
        for file in files {
            let name = Self.baseName(of: file.sourcePath)
            guard Self.fileNames.contains(name) else {
                diagnostics.append(.warning(file.sourcePath, "unknown data file; career data files are \(Self.fileNames.map { "\($0).yaml" }.joined(separator: ", "))"))
                continue
            }
            found = true
            var reader = YAMLReader(sourcePath: file.sourcePath)
            if let root = reader.compose(file.text) { read(name, root, into: &career, reader: &reader) }
            diagnostics += reader.diagnostics
        }
        return (found ? career : nil, diagnostics)
    }

    static func baseName(of sourcePath: String) -> String {
        let file = sourcePath.split(separator: "/").last.map(String.init) ?? ""
        return file.hasSuffix(".yaml") ? String(file.dropLast(5)) : file.hasSuffix(".yml") ? String(file.dropLast(4)) : file
    }

    private func read(_ name: String, _ root: Node, into career: inout Career, reader: inout YAMLReader) {
        switch name {
        case "profile": career.profile = profile(root, reader: &reader)
        case "levels": career.levels = levels(root, reader: &reader) ?? career.levels
        case "goals": (career.goals, career.selectedGoalID) = goals(root, reader: &reader)
        case "competencies": career.competencies = competencies(root, reader: &reader)
        case "todos": career.areas = areas(root, reader: &reader)
        case "projects": career.projects = projects(root, reader: &reader)
        default: career.checklist = checklist(root, reader: &reader)
        }
    }

    private func profile(_ root: Node, reader: inout YAMLReader) -> Profile? {
        guard let fields = reader.fields(root, what: "profile", known: ["name", "headline", "strengths", "links"], required: ["name", "headline"]),
              let name = fields["name"].flatMap({ reader.text($0, key: "name") }),
              let headline = fields["headline"].flatMap({ reader.text($0, key: "headline") }) else { return nil }
        var profile = Profile(name: name, headline: headline)
        profile.strengths = fields["strengths"].flatMap { reader.textList($0, key: "strengths") } ?? []
        for link in reader.list(fields["links"], key: "links") {
            guard let entry = reader.fields(link, what: "a link", known: ["name", "url"], required: ["name", "url"]),
                  let name = entry["name"].flatMap({ reader.text($0, key: "name") }),
                  let url = entry["url"].flatMap({ reader.text($0, key: "url") }) else { continue }
            profile.links.append(MenuItem(name: name, url: url))
        }
        return profile
    }

    private func levels(_ root: Node, reader: inout YAMLReader) -> [String]? {
        guard let fields = reader.fields(root, what: "levels.yaml", known: ["levels"], required: ["levels"]),
              let node = fields["levels"], let levels = reader.textList(node, key: "levels") else { return nil }
        guard levels.count >= 2, Set(levels).count == levels.count else {
            reader.error(at: node, "'levels' must list at least two distinct levels, low to high")
            return nil
        }
        return levels
    }

    private func goals(_ root: Node, reader: inout YAMLReader) -> ([Goal], String?) {
        guard let fields = reader.fields(root, what: "goals.yaml", known: ["selected", "goals"], required: ["goals"]) else { return ([], nil) }
        var ids = UniqueCheck(what: "goal")
        let goals = reader.list(fields["goals"], key: "goals").compactMap { node -> Goal? in
            guard let entry = reader.fields(node, what: "a goal", known: ["id", "title", "targets"], required: ["id", "title"]),
                  let id = entry["id"].flatMap({ reader.text($0, key: "id") }),
                  let title = entry["title"].flatMap({ reader.text($0, key: "title") }) else { return nil }
            ids.claim(id, at: entry["id"], reader: &reader)
            return Goal(id: id, title: title, targets: reader.list(entry["targets"], key: "targets").compactMap { target($0, reader: &reader) })
        }
        let selected = fields["selected"].flatMap { reader.text($0, key: "selected") }
        if let selected, !goals.contains(where: { $0.id == selected }) {
            reader.error(at: fields["selected"], "selected goal \"\(selected)\" is not one of the goals (\(goals.map(\.id).joined(separator: ", ")))")
        }
        return (goals, selected)
    }

    private func target(_ node: Node, reader: inout YAMLReader) -> Target? {
        guard let entry = reader.fields(node, what: "a target", known: ["name", "value", "unit", "direction", "current"], required: ["name", "value"]),
              let name = entry["name"].flatMap({ reader.text($0, key: "name") }),
              let value = entry["value"].flatMap({ reader.number($0, key: "value") }) else { return nil }
        var direction = Target.Direction.atLeast
        if let node = entry["direction"], let text = reader.text(node, key: "direction") {
            guard let parsed = Target.Direction(rawValue: text) else {
                reader.error(at: node, "'direction' must be atLeast or atMost, found \"\(text)\"")
                return nil
            }
            direction = parsed
        }
        return Target(name: name, value: value, unit: entry["unit"].flatMap { reader.text($0, key: "unit") } ?? "",
                      direction: direction, current: entry["current"].flatMap { $0.null == nil ? reader.number($0, key: "current") : nil })
    }
}

/// Reports the second and later use of an id.
struct UniqueCheck {
    let what: String
    private var seen: [String: Int] = [:]

    init(what: String) { self.what = what }

    mutating func claim(_ id: String, at node: Node?, reader: inout YAMLReader) {
        if let line = seen[id] {
            reader.error(at: node, "duplicate \(what) id \"\(id)\" (first used on line \(line))")
        } else {
            seen[id] = node.map { reader.line(of: $0) } ?? 1
        }
    }
}

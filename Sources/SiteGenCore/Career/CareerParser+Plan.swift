import Foundation
import Yams

/// Competencies, to-dos and the checklist.
extension CareerParser {
    func competencies(_ root: Node, reader: inout YAMLReader) -> [Competency] {
        guard let fields = reader.fields(root, what: "competencies.yaml", known: ["competencies"], required: ["competencies"]) else { return [] }
        var ids = UniqueCheck(what: "competency")
        let known: Set<String> = ["id", "name", "area", "detail", "required", "current", "stated", "currentNote", "gap", "history", "tags"]
        return reader.list(fields["competencies"], key: "competencies").compactMap { node -> Competency? in
            guard let entry = reader.fields(node, what: "a competency", known: known, required: ["id", "name", "area"]),
                  let id = entry["id"].flatMap({ reader.text($0, key: "id") }),
                  let name = entry["name"].flatMap({ reader.text($0, key: "name") }),
                  let area = entry["area"].flatMap({ reader.text($0, key: "area") }) else { return nil }
            ids.claim(id, at: entry["id"], reader: &reader)
            if !Slug.isSafeSegment(id) { reader.error(at: entry["id"], "competency id \"\(id)\" must be one URL segment (it names /skills/\(id)/)") }
            return competency(id: id, name: name, area: area, entry: entry, reader: &reader)
        }
    }

    /// The optional fields of a competency whose id, name and area were read.
    private func competency(id: String, name: String, area: String, entry: [String: Node], reader: inout YAMLReader) -> Competency {
        let requiredNode = entry["required"].flatMap { $0.null == nil ? $0 : nil }
        let currentNode = entry["current"].flatMap { $0.null == nil ? $0 : nil }
        let tags = reader.locatedTextList(entry["tags"], key: "tags")
        let spots = CompetencySpots(id: reader.spot(of: entry["id"]), required: requiredNode.map { reader.spot(of: $0) },
                                    current: currentNode.map { reader.spot(of: $0) }, tags: tags.map(\.1))
        func text(_ key: String) -> String? { entry[key].flatMap { reader.text($0, key: key) } }
        var competency = Competency(id: id, name: name, area: area, detail: text("detail"),
                                    required: requiredNode.flatMap { reader.text($0, key: "required") },
                                    current: currentNode.flatMap { reader.text($0, key: "current") }, stated: text("stated"),
                                    currentNote: text("currentNote"), gap: text("gap"), tags: tags.map(\.0), spots: spots)
        competency.history = history(entry["history"], reader: &reader)
        return competency
    }

    func areas(_ root: Node, reader: inout YAMLReader) -> [TodoArea] {
        guard let fields = reader.fields(root, what: "todos.yaml", known: ["areas"], required: ["areas"]) else { return [] }
        var areaIDs = UniqueCheck(what: "area")
        var todoIDs = UniqueCheck(what: "to-do")
        return reader.list(fields["areas"], key: "areas").compactMap { node -> TodoArea? in
            guard let entry = reader.fields(node, what: "an area", known: ["id", "name", "items"], required: ["id", "name", "items"]),
                  let id = entry["id"].flatMap({ reader.text($0, key: "id") }),
                  let name = entry["name"].flatMap({ reader.text($0, key: "name") }) else { return nil }
            areaIDs.claim(id, at: entry["id"], reader: &reader)
            let items = reader.list(entry["items"], key: "items").compactMap { todo($0, ids: &todoIDs, reader: &reader) }
            return TodoArea(id: id, name: name, items: items)
        }
    }

    private func todo(_ node: Node, ids: inout UniqueCheck, reader: inout YAMLReader) -> Todo? {
        let known: Set<String> = ["id", "title", "done", "doneDate", "competencies", "posts"]
        guard let entry = reader.fields(node, what: "a to-do", known: known, required: ["id", "title", "done"]) else { return nil }
        // Read every field before giving up, so one run reports all of an item's problems.
        let id = entry["id"].flatMap { reader.text($0, key: "id") }
        let title = entry["title"].flatMap { reader.text($0, key: "title") }
        let done = entry["done"].flatMap { reader.bool($0, key: "done") }
        guard let id, let title, let done else { return nil }
        ids.claim(id, at: entry["id"], reader: &reader)
        let doneDate = entry["doneDate"].flatMap { reader.date($0, key: "doneDate", timeZone: timeZone) }
        if doneDate != nil, !done { reader.error(at: entry["doneDate"], "'doneDate' is set but 'done' is false") }
        let competencies = reader.locatedTextList(entry["competencies"], key: "competencies")
        let posts = reader.locatedTextList(entry["posts"], key: "posts")
        let spots = TodoSpots(doneDate: entry["doneDate"].map { reader.spot(of: $0) }, competencies: competencies.map(\.1), posts: posts.map(\.1))
        return Todo(id: id, title: title, done: done, doneDate: doneDate, competencies: competencies.map(\.0),
                    posts: posts.map(\.0), spots: spots)
    }

    func checklist(_ root: Node, reader: inout YAMLReader) -> [ChecklistItem] {
        guard let fields = reader.fields(root, what: "checklist.yaml", known: ["checklist"], required: ["checklist"]) else { return [] }
        return checklistItems(fields["checklist"], depth: 0, reader: &reader)
    }

    private func checklistItems(_ node: Node?, depth: Int, reader: inout YAMLReader) -> [ChecklistItem] {
        reader.list(node, key: "checklist").flatMap { item -> [ChecklistItem] in
            guard let entry = reader.fields(item, what: "a checklist item", known: ["title", "done", "evidence", "items"], required: ["title", "done"]),
                  let title = entry["title"].flatMap({ reader.text($0, key: "title") }),
                  let done = entry["done"].flatMap({ reader.bool($0, key: "done") }) else { return [] }
            let evidence = entry["evidence"].flatMap { reader.text($0, key: "evidence") }
            return [ChecklistItem(title: title, done: done, evidence: evidence, depth: depth)]
                + checklistItems(entry["items"], depth: depth + 1, reader: &reader)
        }
    }
}

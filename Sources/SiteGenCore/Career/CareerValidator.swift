import Foundation

/// Checks every reference in the career data once all files and posts are read: levels on
/// the scale, competency ids in to-dos, tags some post has, post slugs that exist, and done
/// dates that are not in the future.
struct CareerValidator {
    let career: Career
    /// Tag slugs that at least one published post carries.
    let postTags: Set<String>
    /// Slugs of published posts.
    let postSlugs: Set<String>
    let now: Date
    /// The site's zone, for showing dates as they were written.
    var timeZone: TimeZone = .gmt

    func validate() -> [Diagnostic] {
        career.competencies.flatMap(checkCompetency) + career.areas.flatMap(\.items).flatMap(checkTodo)
    }

    private func checkCompetency(_ competency: Competency) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let scale = career.levels.joined(separator: ", ")
        if career.rank(of: competency.required) == nil {
            problems.append(error(competency.spots.required, "unknown level \"\(competency.required)\" (levels are \(scale))"))
        }
        if let current = competency.current, career.rank(of: current) == nil, let spot = competency.spots.current {
            problems.append(error(spot, "unknown level \"\(current)\" (levels are \(scale))"))
        }
        for (tag, spot) in zip(competency.tags, competency.spots.tags) where !postTags.contains(Slug.makeURLSegment(tag)) {
            problems.append(error(spot, "no post has the tag \"\(tag)\"; tag a note with it or remove it here"))
        }
        return problems
    }

    private func checkTodo(_ todo: Todo) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let ids = Set(career.competencies.map(\.id))
        for (id, spot) in zip(todo.competencies, todo.spots.competencies) where !ids.contains(id) {
            problems.append(error(spot, "unknown competency \"\(id)\" in to-do \"\(todo.id)\" (competencies are \(ids.sorted().joined(separator: ", ")))"))
        }
        for (slug, spot) in zip(todo.posts, todo.spots.posts) where !postSlugs.contains(slug) {
            problems.append(error(spot, "no published post has the slug \"\(slug)\""))
        }
        if let date = todo.doneDate, date > now, let spot = todo.spots.doneDate {
            problems.append(error(spot, "'doneDate' \(ISODate.day(date, timeZone: timeZone)) is in the future"))
        }
        return problems
    }

    private func error(_ spot: SourceSpot, _ message: String) -> Diagnostic {
        .error(spot.sourcePath, line: spot.line, column: spot.column, message)
    }
}

import Foundation

/// Checks every reference in the career data once all files and posts are read: levels on
/// the scale, competency ids in to-dos and projects, tags some post has, post slugs that
/// exist, and dates (done, assessed) that are not in the future.
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
            + career.projects.flatMap(checkProject)
    }

    private func checkCompetency(_ competency: Competency) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let required = competency.required, let spot = competency.spots.required { problems += checkLevel(required, at: spot) }
        if let current = competency.current, let spot = competency.spots.current { problems += checkLevel(current, at: spot) }
        for (tag, spot) in zip(competency.tags, competency.spots.tags) where !postTags.contains(Slug.makeURLSegment(tag)) {
            problems.append(error(spot, "no post has the tag \"\(tag)\"; tag a note with it or remove it here"))
        }
        return problems + checkHistory(of: competency)
    }

    /// Each assessment's level is on the scale and its date has passed; the latest matches `current`.
    private func checkHistory(of competency: Competency) -> [Diagnostic] {
        var problems = competency.history.flatMap { checkLevel($0.level, at: $0.spot) }
        for assessment in competency.history where assessment.date > now {
            problems.append(error(assessment.spot, "assessment dated \(ISODate.day(assessment.date, timeZone: timeZone)) is in the future"))
        }
        if let latest = competency.history.last, latest.level != competency.current {
            let current = competency.current.map { "\"\($0)\"" } ?? "not set"
            problems.append(error(latest.spot, "the latest assessment in 'history' is \"\(latest.level)\" but 'current' is \(current); they must agree"))
        }
        return problems
    }

    private func checkLevel(_ level: String, at spot: SourceSpot) -> [Diagnostic] {
        guard career.rank(of: level) == nil else { return [] }
        return [error(spot, "unknown level \"\(level)\" (levels are \(career.levels.joined(separator: ", ")))")]
    }

    private func checkTodo(_ todo: Todo) -> [Diagnostic] {
        var problems = checkReferences(competencies: todo.competencies, posts: todo.posts, spots: todo.spots, owner: "to-do \"\(todo.id)\"")
        if let date = todo.doneDate, date > now, let spot = todo.spots.doneDate {
            problems.append(error(spot, "'doneDate' \(ISODate.day(date, timeZone: timeZone)) is in the future"))
        }
        return problems
    }

    private func checkProject(_ project: Project) -> [Diagnostic] {
        checkReferences(competencies: project.competencies, posts: project.posts, spots: project.spots, owner: "project \"\(project.id)\"")
    }

    private func checkReferences(competencies: [String], posts: [String], spots: TodoSpots, owner: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let ids = Set(career.competencies.map(\.id))
        for (id, spot) in zip(competencies, spots.competencies) where !ids.contains(id) {
            problems.append(error(spot, "unknown competency \"\(id)\" in \(owner) (competencies are \(ids.sorted().joined(separator: ", ")))"))
        }
        for (slug, spot) in zip(posts, spots.posts) where !postSlugs.contains(slug) {
            problems.append(error(spot, "no published post has the slug \"\(slug)\""))
        }
        return problems
    }

    private func error(_ spot: SourceSpot, _ message: String) -> Diagnostic {
        .error(spot.sourcePath, line: spot.line, column: spot.column, message)
    }
}

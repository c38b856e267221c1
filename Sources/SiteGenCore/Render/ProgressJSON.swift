import Foundation

/// `/progress.json`: the dashboard's figures, machine-readable. Keys are sorted and the
/// layout is fixed, so the file is byte-identical for the same input. It carries no build
/// timestamp: the same plan gives the same file, and unchanged builds can be skipped.
struct ProgressJSON: Encodable {
    struct Count: Encodable { var done: Int; var total: Int; var percent: Int }
    struct TargetEntry: Encodable { var name: String; var value: Double; var unit: String; var direction: String; var current: Double? }
    struct GoalEntry: Encodable { var id: String; var title: String; var targets: [TargetEntry] }
    struct AreaEntry: Encodable { var id: String; var name: String; var done: Int; var total: Int; var percent: Int }
    struct CompetencyEntry: Encodable {
        var id: String, name: String, area: String, required: String?, current: String?
        var requiredRank: Int?, currentRank: Int?, gap: Int?
        /// The gap in the plan's words, when it names one.
        var gapNote: String?
        var notes: [String], openTodos: [String]
    }
    struct MonthEntry: Encodable { var month: String; var notes: Int; var todosDone: Int }

    var version = 1
    var levels: [String]
    var goal: GoalEntry?
    var todos: Count
    var checklist: Count
    var areas: [AreaEntry]
    var competencies: [CompetencyEntry]
    var months: [MonthEntry]
    var nextActions: [String]

    init(career: Career, progress: CareerProgress, site: Site) {
        let url = site.config.baseURL
        levels = career.levels
        goal = career.selectedGoal.map { goal in
            GoalEntry(id: goal.id, title: goal.title, targets: goal.targets.map {
                TargetEntry(name: $0.name, value: $0.value, unit: $0.unit, direction: $0.direction.rawValue, current: $0.current)
            })
        }
        todos = Count(done: progress.todos.done, total: progress.todos.total, percent: progress.todos.percent)
        checklist = Count(done: progress.checklist.done, total: progress.checklist.total, percent: progress.checklist.percent)
        areas = progress.areas.map { AreaEntry(id: $0.area.id, name: $0.area.name, done: $0.count.done, total: $0.count.total, percent: $0.count.percent) }
        competencies = progress.competencies.map { status in
            CompetencyEntry(id: status.competency.id, name: status.competency.name, area: status.competency.area,
                            required: status.competency.required, current: status.competency.current,
                            requiredRank: status.requiredRank, currentRank: status.currentRank, gap: status.gap, gapNote: status.competency.gap,
                            notes: status.postIndices.map { url.absoluteURL(site.posts[$0].url) }, openTodos: status.openTodos.map(\.id))
        }
        months = progress.months.map { MonthEntry(month: $0.key, notes: $0.notes, todosDone: $0.todosDone) }
        nextActions = progress.nextActions.map(\.id)
    }

    func render() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

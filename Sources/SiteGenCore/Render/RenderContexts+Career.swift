/// The template API of the career pages (`dashboard.mustache`, `skill.mustache`) and the
/// progress summary on the home page. Fields documented as "HTML" are inline SVG that
/// sitegen drew itself, for `{{{…}}}`.

/// `dashboard.mustache` at `/dashboard/`.
public struct DashboardPageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    public var profile: ProfileContext?
    /// The selected goal.
    public var goal: GoalContext?
    public var summary: ProgressSummaryContext
    /// Assessed competencies, largest gap first.
    public var competencies: [CompetencyContext]
    /// Competencies the plan gives no current level for (a theme shows them grouped, folded).
    public var unassessed: [CompetencyContext]
    /// How many competencies are unassessed, for the folded group's label.
    public var unassessedCount: Int
    public var areas: [AreaContext]
    public var timeline: TimelineContext
    /// Open to-dos serving the largest gaps, at most five.
    public var nextActions: [TodoContext]
    /// The planning document's own checklist: a record of the planning steps taken.
    public var checklist: [ChecklistItemContext]
    /// href of `/progress.json`.
    public var progressJSONURL: String
    /// href of `/resume/`, when the site renders a résumé.
    public var resumeURL: String?
}

/// `skill.mustache` at `/skills/<id>/`.
public struct SkillPageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    public var competency: CompetencyContext
    /// Every to-do naming this competency, open first.
    public var todos: [TodoContext]
    /// href of the dashboard.
    public var dashboardURL: String
}

/// Name, headline and key strengths from `profile.yaml`.
public struct ProfileContext: Sendable, Hashable, Encodable {
    public var name: String
    public var headline: String
    public var strengths: [String]
    public var links: [LinkContext]
}

/// A goal and its measurable targets.
public struct GoalContext: Sendable, Hashable, Encodable {
    public var title: String
    public var targets: [TargetContext]
}

/// A goal's target, "동시 접속자 1,000,000명 이상": something to reach, not a result.
public struct TargetContext: Sendable, Hashable, Encodable {
    public var name: String
    /// The target value with thousands separators.
    public var value: String
    public var unit: String
    /// "이상" (at least) or "이하" (at most).
    public var direction: String
    /// The measured value, formatted, when known.
    public var current: String?
}

/// Overall progress: to-dos and checklist, as numbers and rings.
public struct ProgressSummaryContext: Sendable, Hashable, Encodable {
    public var todosDone: Int
    public var todosTotal: Int
    public var todosPercent: Int
    public var checklistDone: Int
    public var checklistTotal: Int
    public var checklistPercent: Int
    /// Competencies whose current level meets a target level (only those with both count).
    public var competenciesAtTarget: Int
    /// Competencies with a target level.
    public var competenciesWithTarget: Int
    /// Competencies with a current level.
    public var competenciesAssessed: Int
    /// Competencies whose gap the plan names in words.
    public var competenciesWithGapNote: Int
    public var competenciesTotal: Int
    /// HTML: ring chart of to-dos.
    public var todoRing: String
    /// href of the dashboard.
    public var dashboardURL: String
}

/// One competency: its level, target, gap in the plan's words, and the to-dos and notes
/// that close it.
public struct CompetencyContext: Sendable, Hashable, Encodable {
    public var id: String
    public var name: String
    public var area: String
    /// The plan's sub-items under it, verbatim.
    public var detail: String?
    /// Target level; nil when the plan sets none (show "목표 수준: 미정").
    public var required: String?
    /// nil when unassessed.
    public var current: String?
    /// The plan's own line for the current state, verbatim ("mysql (중)").
    public var stated: String?
    /// What the plan says instead of a level, when it gives none.
    public var currentNote: String?
    /// Levels to climb; nil unless both levels are known.
    public var gap: Int?
    /// True when the current level is below a target level.
    public var hasGap: Bool
    /// The gap in the plan's words.
    public var gapNote: String?
    /// href of `/skills/<id>/`.
    public var url: String
    /// HTML: the level scale filled to the current level (empty when unassessed).
    public var chart: String
    /// Dated assessments, oldest first (empty when the data has none).
    public var history: [AssessmentContext]
    /// HTML: the assessments as a step chart (empty when there are none).
    public var historyChart: String
    /// Notes that serve it (by tag).
    public var posts: [PostLinkContext]
    public var openTodos: [TodoContext]
    /// Every to-do naming it, open first.
    public var todos: [TodoContext]
    public var tags: [Shared<TagLinkContext>]
}

/// One dated self-assessment.
public struct AssessmentContext: Sendable, Hashable, Encodable {
    /// `2026-09-27`.
    public var date: String
    public var level: String
    public var note: String?
}

/// A to-do area with its progress.
public struct AreaContext: Sendable, Hashable, Encodable {
    public var name: String
    public var done: Int
    public var total: Int
    public var percent: Int
    /// HTML: progress bar.
    public var bar: String
    public var items: [TodoContext]
}

/// One to-do item.
public struct TodoContext: Sendable, Hashable, Encodable {
    public var title: String
    public var done: Bool
    /// `2026-09-27`, when done with a date.
    public var doneDate: String?
    /// Competencies it serves, linked to their pages.
    public var competencies: [LinkContext]
    /// Notes that record it.
    public var posts: [PostLinkContext]
    /// Name of its area.
    public var area: String
}

/// Notes and finished to-dos per month.
public struct TimelineContext: Sendable, Hashable, Encodable {
    /// HTML: column chart.
    public var chart: String
    public var months: [MonthContext]
}

/// One month of the timeline.
public struct MonthContext: Sendable, Hashable, Encodable {
    /// `2026-09`.
    public var key: String
    public var notes: Int
    public var todosDone: Int
}

/// An item of the planning checklist; `sub` is true for nested items.
public struct ChecklistItemContext: Sendable, Hashable, Encodable {
    public var title: String
    public var done: Bool
    /// href of the page that shows the result, if any; on the dashboard, a place on the
    /// dashboard itself is a fragment (`#goal`), never a link back to the page.
    public var url: String?
    public var sub: Bool
}

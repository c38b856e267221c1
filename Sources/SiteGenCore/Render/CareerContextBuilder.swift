import Foundation

/// Builds the career page contexts. Shares `ContextBuilder`'s site context and post summaries.
struct CareerContextBuilder: Sendable {
    let base: ContextBuilder
    let career: Career
    let progress: CareerProgress
    private let competencyLinks: [String: LinkContext]
    private let postIndexBySlug: [String: Int]

    init(base: ContextBuilder, career: Career, progress: CareerProgress) {
        self.base = base
        self.career = career
        self.progress = progress
        let url = base.site.config.baseURL
        competencyLinks = Dictionary(career.competencies.map { ($0.id, LinkContext(name: $0.name, url: url.href(Self.skillURL($0.id)), current: false)) },
                                     uniquingKeysWith: { first, _ in first })
        postIndexBySlug = Dictionary(base.site.posts.enumerated().map { ($0.element.slug, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    static let dashboardURL = "/dashboard/"
    static func skillURL(_ id: String) -> String { "/skills/\(id)/" }

    func summary() -> ProgressSummaryContext {
        let assessed = progress.competencies.filter { $0.gap != nil }
        return ProgressSummaryContext(
            todosDone: progress.todos.done, todosTotal: progress.todos.total, todosPercent: progress.todos.percent,
            checklistDone: progress.checklist.done, checklistTotal: progress.checklist.total, checklistPercent: progress.checklist.percent,
            competenciesAtTarget: assessed.filter { $0.gap == 0 }.count, competenciesAssessed: assessed.count,
            competenciesTotal: progress.competencies.count,
            todoRing: Charts.ring(done: progress.todos.done, total: progress.todos.total, label: "할 일"),
            checklistRing: Charts.ring(done: progress.checklist.done, total: progress.checklist.total, label: "계획 체크리스트"),
            dashboardURL: base.site.config.baseURL.href(Self.dashboardURL))
    }

    func profile() -> ProfileContext? {
        let url = base.site.config.baseURL
        return career.profile.map { profile in
            ProfileContext(name: profile.name, headline: profile.headline, strengths: profile.strengths,
                           links: profile.links.map { LinkContext(name: $0.name, url: ContextBuilder.link($0.url, base: url), current: false) })
        }
    }

    func dashboard() -> DashboardPageContext {
        let url = base.site.config.baseURL
        let statuses = progress.competencies.map(competency)
        return DashboardPageContext(
            site: base.site(current: url.href(Self.dashboardURL)),
            page: base.meta(title: base.menuLabel(for: Self.dashboardURL, default: "Dashboard"), description: career.selectedGoal?.title ?? "",
                            url: Self.dashboardURL, kind: "dashboard"),
            profile: profile(),
            goal: career.selectedGoal.map(goal), summary: summary(),
            competencies: statuses.filter { $0.gap != nil }, unassessed: statuses.filter { $0.gap == nil },
            areas: progress.areas.map { entry in
                AreaContext(name: entry.area.name, done: entry.count.done, total: entry.count.total, percent: entry.count.percent,
                            bar: Charts.bar(done: entry.count.done, total: entry.count.total, label: entry.area.name),
                            items: entry.area.items.map { todo($0, area: entry.area.name) })
            },
            timeline: TimelineContext(chart: Charts.timeline(progress.months),
                                      months: progress.months.map { MonthContext(key: $0.key, notes: $0.notes, todosDone: $0.todosDone) }),
            nextActions: progress.nextActions.map { todo($0, area: area(of: $0)) },
            checklist: career.checklist.map { item in
                ChecklistItemContext(title: item.title, done: item.done, url: item.evidence.map { ContextBuilder.link($0, base: url) }, sub: item.depth > 0)
            },
            progressJSONURL: url.href("/progress.json"))
    }

    func skill(_ status: CareerProgress.CompetencyStatus) -> SkillPageContext {
        let url = base.site.config.baseURL
        let todos = career.areas.flatMap { area in
            area.items.filter { $0.competencies.contains(status.competency.id) }.map { todo($0, area: area.name) }
        }
        return SkillPageContext(
            site: base.site(current: url.href(Self.dashboardURL)),
            page: base.meta(title: status.competency.name, description: status.competency.gap ?? status.competency.name,
                            url: Self.skillURL(status.competency.id), kind: "skill"),
            competency: competency(status), todos: todos.filter { !$0.done } + todos.filter(\.done),
            dashboardURL: url.href(Self.dashboardURL))
    }

    /// Competencies a post serves (its tags meet theirs), in data order.
    func competencies(of post: Page) -> [LinkContext] {
        let tags = Set(post.tags.map(Slug.makeURLSegment))
        return career.competencies.filter { $0.tags.contains { tags.contains(Slug.makeURLSegment($0)) } }.compactMap { competencyLinks[$0.id] }
    }

    private func competency(_ status: CareerProgress.CompetencyStatus) -> CompetencyContext {
        let item = status.competency
        let url = base.site.config.baseURL
        return CompetencyContext(
            id: item.id, name: item.name, area: item.area, required: item.required, current: item.current, currentNote: item.currentNote,
            gap: status.gap, hasGap: (status.gap ?? 0) > 0, gapNote: item.gap, url: url.href(Self.skillURL(item.id)),
            chart: Charts.levelBar(requiredRank: status.requiredRank, currentRank: status.currentRank, levels: career.levels, label: item.name),
            posts: status.postIndices.map { PostLinkContext(title: base.summaries[$0].title, url: base.summaries[$0].url) },
            openTodos: status.openTodos.map { todo($0, area: area(of: $0)) },
            tags: item.tags.compactMap { base.tagLinkBySlug[Slug.makeURLSegment($0)] })
    }

    private func goal(_ goal: Goal) -> GoalContext {
        GoalContext(title: goal.title, targets: goal.targets.map { target in
            TargetContext(name: target.name, value: Self.grouped(target.value), unit: target.unit,
                          direction: target.direction == .atLeast ? "이상" : "이하", current: target.current.map(Self.grouped))
        })
    }

    private func todo(_ todo: Todo, area: String) -> TodoContext {
        TodoContext(
            title: todo.title, done: todo.done, doneDate: todo.doneDate.map { ISODate.day($0, timeZone: base.site.config.timeZone) },
            competencies: todo.competencies.compactMap { competencyLinks[$0] },
            posts: todo.posts.compactMap { postIndexBySlug[$0] }.map { PostLinkContext(title: base.summaries[$0].title, url: base.summaries[$0].url) },
            area: area)
    }

    private func area(of todo: Todo) -> String {
        career.areas.first { $0.items.contains { $0.id == todo.id } }?.name ?? ""
    }

    /// 1000000 → "1,000,000"; 2.5 → "2.5".
    static func grouped(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) < 1e15 else { return Charts.format(value) }
        let digits = String(Int(abs(value)))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}

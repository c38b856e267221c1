import Foundation

/// Builds the career page contexts. Shares `ContextBuilder`'s site context and post summaries.
struct CareerContextBuilder: Sendable {
    let base: ContextBuilder
    let career: Career
    let progress: CareerProgress
    /// href of `/resume/` when the site renders one.
    let resumeURL: String?
    let competencyLinks: [String: LinkContext]
    let postIndexBySlug: [String: Int]
    /// Competency indices by tag slug, and every tag spelling of the posts with its slug (each
    /// slugged once, not once per post page).
    let competenciesByTag: [String: [Int]]
    let tagSlugs: [String: String]

    init(base: ContextBuilder, career: Career, progress: CareerProgress, rendersResume: Bool = false) {
        self.base = base
        self.career = career
        self.progress = progress
        resumeURL = rendersResume ? base.site.config.baseURL.href(Self.resumeURL) : nil
        let url = base.site.config.baseURL
        competencyLinks = Dictionary(career.competencies.map { ($0.id, LinkContext(name: $0.name, url: url.href(Self.skillURL($0.id)), current: false)) },
                                     uniquingKeysWith: { first, _ in first })
        postIndexBySlug = Dictionary(base.site.posts.enumerated().map { ($0.element.slug, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var byTag: [String: [Int]] = [:]
        for (index, competency) in career.competencies.enumerated() {
            for tag in Set(competency.tags.map(Slug.makeURLSegment)) { byTag[tag, default: []].append(index) }
        }
        competenciesByTag = byTag
        var slugs = TagIndex.Slugs()
        for post in base.site.posts { for tag in post.tags { _ = slugs(tag) } }
        tagSlugs = slugs.all
    }

    static let dashboardURL = "/dashboard/"
    static let resumeURL = "/resume/"
    static func skillURL(_ id: String) -> String { "/skills/\(id)/" }

    func summary() -> ProgressSummaryContext {
        let statuses = progress.competencies
        return ProgressSummaryContext(
            todosDone: progress.todos.done, todosTotal: progress.todos.total, todosPercent: progress.todos.percent,
            checklistDone: progress.checklist.done, checklistTotal: progress.checklist.total, checklistPercent: progress.checklist.percent,
            competenciesAtTarget: statuses.filter { $0.gap == 0 }.count,
            competenciesWithTarget: statuses.filter { $0.requiredRank != nil }.count,
            competenciesAssessed: statuses.filter { $0.currentRank != nil }.count,
            competenciesWithGapNote: statuses.filter { $0.competency.gap != nil }.count,
            competenciesTotal: statuses.count,
            todoRing: Charts.ring(done: progress.todos.done, total: progress.todos.total, label: "할 일"),
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
        let unassessed = statuses.filter { $0.current == nil }
        return DashboardPageContext(
            site: base.site(current: url.href(Self.dashboardURL)),
            page: base.meta(title: base.menuLabel(for: Self.dashboardURL, default: "Dashboard"), description: career.selectedGoal?.title ?? "",
                            url: Self.dashboardURL, kind: "dashboard"),
            profile: profile(),
            goal: career.selectedGoal.map(goal), summary: summary(),
            competencies: statuses.filter { $0.current != nil }, unassessed: unassessed, unassessedCount: unassessed.count,
            areas: progress.areas.map { entry in
                AreaContext(name: entry.area.name, done: entry.count.done, total: entry.count.total, percent: entry.count.percent,
                            bar: Charts.bar(done: entry.count.done, total: entry.count.total, label: entry.area.name),
                            items: entry.area.items.map { todo($0, area: entry.area.name) })
            },
            timeline: TimelineContext(chart: Charts.timeline(progress.months),
                                      months: progress.months.map { MonthContext(key: $0.key, notes: $0.notes, todosDone: $0.todosDone) }),
            nextActions: progress.nextActions.map { todo($0, area: area(of: $0)) },
            checklist: career.checklist.map { item in
                ChecklistItemContext(title: item.title, done: item.done, url: item.evidence.flatMap(checklistLink), sub: item.depth > 0)
            },
            progressJSONURL: url.href("/progress.json"), resumeURL: resumeURL)
    }

    func skill(_ status: CareerProgress.CompetencyStatus) -> SkillPageContext {
        let url = base.site.config.baseURL
        let context = competency(status)
        return SkillPageContext(
            site: base.site(current: url.href(Self.dashboardURL)),
            page: base.meta(title: status.competency.name, description: status.competency.gap ?? status.competency.name,
                            url: Self.skillURL(status.competency.id), kind: "skill"),
            competency: context, todos: context.todos,
            dashboardURL: url.href(Self.dashboardURL))
    }

    /// Competencies a post serves (its tags meet theirs), in data order.
    func competencies(of post: Page) -> [LinkContext] {
        let indices = Set(post.tags.flatMap { competenciesByTag[tagSlugs[$0] ?? Slug.makeURLSegment($0)] ?? [] })
        return indices.sorted().compactMap { competencyLinks[career.competencies[$0].id] }
    }

    func competency(_ status: CareerProgress.CompetencyStatus) -> CompetencyContext {
        let item = status.competency
        let url = base.site.config.baseURL
        let zone = base.site.config.timeZone
        let todos = career.areas.flatMap { area in area.items.filter { $0.competencies.contains(item.id) }.map { todo($0, area: area.name) } }
        return CompetencyContext(
            id: item.id, name: item.name, area: item.area, detail: item.detail, required: item.required, current: item.current,
            stated: item.stated, currentNote: item.currentNote, gap: status.gap, hasGap: (status.gap ?? 0) > 0, gapNote: item.gap,
            url: url.href(Self.skillURL(item.id)),
            chart: Charts.levelBar(requiredRank: status.requiredRank, currentRank: status.currentRank, levels: career.levels, label: item.name),
            history: item.history.map { AssessmentContext(date: ISODate.day($0.date, timeZone: zone), level: $0.level, note: $0.note) },
            historyChart: Charts.history(item.history, levels: career.levels, timeZone: zone, label: item.name),
            posts: status.postIndices.map { PostLinkContext(title: base.summaries[$0].title, url: base.summaries[$0].url) },
            openTodos: status.openTodos.map { todo($0, area: area(of: $0)) },
            todos: todos.filter { !$0.done } + todos.filter(\.done),
            tags: item.tags.compactMap { base.tagLinkBySlug[Slug.makeURLSegment($0)] })
    }

    /// A checklist item's evidence as an href: a place on the dashboard becomes an in-page
    /// fragment (`/dashboard/#goal` → `#goal`), the bare dashboard no link at all.
    private func checklistLink(_ evidence: String) -> String? {
        guard evidence.hasPrefix(Self.dashboardURL) else { return ContextBuilder.link(evidence, base: base.site.config.baseURL) }
        let fragment = evidence.dropFirst(Self.dashboardURL.count)
        return fragment.hasPrefix("#") && fragment.count > 1 ? String(fragment) : nil
    }

    func goal(_ goal: Goal) -> GoalContext {
        GoalContext(title: goal.title, targets: goal.targets.map { target in
            TargetContext(name: target.name, value: Self.grouped(target.value), unit: target.unit,
                          direction: target.direction == .atLeast ? "이상" : "이하", current: target.current.map(Self.grouped))
        })
    }

    func todo(_ todo: Todo, area: String) -> TodoContext {
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

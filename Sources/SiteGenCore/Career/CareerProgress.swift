import Foundation

/// The figures the dashboard and `progress.json` show, computed once from the career data,
/// the published posts and the build clock. Pure arithmetic, no formatting.
public struct CareerProgress: Sendable, Equatable {
    /// Done and total of a group of items.
    public struct Count: Sendable, Equatable {
        public var done: Int
        public var total: Int
        /// Rounded down to a whole percent; 0 when there is nothing to do.
        public var percent: Int { total == 0 ? 0 : done * 100 / total }
    }

    /// Where one competency stands and what serves it.
    public struct CompetencyStatus: Sendable, Equatable {
        public var competency: Competency
        /// nil when the plan sets no target level.
        public var requiredRank: Int?
        /// nil when no current level is stated.
        public var currentRank: Int?
        /// Levels still to climb (required − current, at least 0); nil unless both are known.
        public var gap: Int?
        /// Indices into `Site.posts` of notes that carry one of its tags, newest first.
        public var postIndices: [Int]
        /// Open to-dos that name it.
        public var openTodos: [Todo]
    }

    /// Notes written and to-dos done in one calendar month.
    public struct Month: Sendable, Equatable {
        /// `2026-09`.
        public var key: String
        public var notes: Int
        public var todosDone: Int
    }

    public var todos: Count
    public var checklist: Count
    /// Per area, in file order.
    public var areas: [(area: TodoArea, count: Count)]
    /// Assessed competencies first (largest measured gap first), then unassessed; file order within.
    public var competencies: [CompetencyStatus]
    /// The last twelve months up to the build clock, oldest first.
    public var months: [Month]
    /// Open to-dos serving the largest gaps first (a measured gap, then a gap the plan names), at most five.
    public var nextActions: [Todo]

    public static func == (lhs: CareerProgress, rhs: CareerProgress) -> Bool {
        lhs.todos == rhs.todos && lhs.checklist == rhs.checklist && lhs.competencies == rhs.competencies
            && lhs.months == rhs.months && lhs.nextActions == rhs.nextActions
            && lhs.areas.map(\.area) == rhs.areas.map(\.area) && lhs.areas.map(\.count) == rhs.areas.map(\.count)
    }
}

extension CareerProgress {
    public init(career: Career, posts: [Page], now: Date, timeZone: TimeZone) {
        let allTodos = career.areas.flatMap(\.items)
        todos = Count(done: allTodos.filter(\.done).count, total: allTodos.count)
        checklist = Count(done: career.checklist.filter(\.done).count, total: career.checklist.count)
        areas = career.areas.map { ($0, Count(done: $0.items.filter(\.done).count, total: $0.items.count)) }
        let postsByTag = Self.postIndicesByTagSlug(posts)
        let statuses = career.competencies.map { Self.status(of: $0, career: career, postsByTag: postsByTag, todos: allTodos) }
        competencies = Self.sortedByGap(statuses)
        months = Self.months(posts: posts, todos: allTodos, now: now, timeZone: timeZone)
        nextActions = Self.nextActions(allTodos, statuses: statuses)
    }

    /// Each tag's posts (ascending indices), by slug: every spelling is slugged once, not once
    /// per competency and post (that was most of a 10,000-post edit's career work).
    static func postIndicesByTagSlug(_ posts: [Page]) -> [String: [Int]] {
        var slugs = TagIndex.Slugs()
        var byTag: [String: [Int]] = [:]
        for (index, post) in posts.enumerated() {
            for tag in Set(post.tags.map { slugs($0) }) { byTag[tag, default: []].append(index) }
        }
        return byTag
    }

    private static func status(of competency: Competency, career: Career, postsByTag: [String: [Int]], todos: [Todo]) -> CompetencyStatus {
        let required = career.rank(of: competency.required)
        let current = career.rank(of: competency.current)
        let tags = Set(competency.tags.map(Slug.makeURLSegment))
        let postIndices = Set(tags.flatMap { postsByTag[$0] ?? [] }).sorted()
        let gap = required.flatMap { required in current.map { max(0, required - $0) } }
        return CompetencyStatus(competency: competency, requiredRank: required, currentRank: current,
                                gap: gap, postIndices: postIndices,
                                openTodos: todos.filter { !$0.done && $0.competencies.contains(competency.id) })
    }

    private static func sortedByGap(_ statuses: [CompetencyStatus]) -> [CompetencyStatus] {
        statuses.enumerated().sorted { a, b in
            let keyA = (a.element.currentRank == nil ? 0 : 1, a.element.gap ?? -1)
            let keyB = (b.element.currentRank == nil ? 0 : 1, b.element.gap ?? -1)
            return keyA != keyB ? keyA > keyB : a.offset < b.offset
        }.map(\.element)
    }

    /// Twelve calendar months ending with the month of `now`.
    static func months(posts: [Page], todos: [Todo], now: Date, timeZone: TimeZone) -> [Month] {
        func key(_ date: Date) -> String { String(ISODate.day(date, timeZone: timeZone).prefix(7)) }
        let end = ISODate.civil(now, offset: timeZone.secondsFromGMT(for: now))
        let keys = (0..<12).reversed().map { back -> String in
            let index = end.year * 12 + (end.month - 1) - back
            let month = index % 12 + 1
            return "\(index / 12)-\(month < 10 ? "0" : "")\(month)"
        }
        var notes: [String: Int] = [:], done: [String: Int] = [:]
        for post in posts { if let date = post.date { notes[key(date), default: 0] += 1 } }
        for todo in todos { if let date = todo.doneDate { done[key(date), default: 0] += 1 } }
        return keys.map { Month(key: $0, notes: notes[$0] ?? 0, todosDone: done[$0] ?? 0) }
    }

    private static func nextActions(_ todos: [Todo], statuses: [CompetencyStatus]) -> [Todo] {
        // A measured gap counts by its size; a gap the plan only names in words counts as one step.
        let gaps = Dictionary(statuses.map { ($0.competency.id, $0.gap.map { $0 * 2 } ?? ($0.competency.gap == nil ? 0 : 1)) },
                              uniquingKeysWith: { first, _ in first })
        let open = todos.enumerated().filter { !$0.element.done }
        let ranked = open.sorted { a, b in
            let gapA = a.element.competencies.compactMap { gaps[$0] }.max() ?? 0
            let gapB = b.element.competencies.compactMap { gaps[$0] }.max() ?? 0
            return gapA != gapB ? gapA > gapB : a.offset < b.offset
        }
        return ranked.prefix(5).map(\.element)
    }
}

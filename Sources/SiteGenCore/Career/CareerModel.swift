import Foundation

/// The owner's career plan, read from `content/data/*.yaml`: who they are, the goal and its
/// measurable targets, the competencies it needs with required and current levels, the to-do
/// list by area, and the planning checklist.
public struct Career: Sendable, Equatable {
    public var profile: Profile?
    /// The level scale, low to high (default 하, 중, 상).
    public var levels: [String] = ["하", "중", "상"]
    public var goals: [Goal] = []
    /// Id of the goal the plan works toward.
    public var selectedGoalID: String?
    public var competencies: [Competency] = []
    public var areas: [TodoArea] = []
    public var checklist: [ChecklistItem] = []
    /// The work the owner has done (`projects.yaml`), in file order.
    public var projects: [Project] = []

    public init() {}

    /// The selected goal, else the first.
    public var selectedGoal: Goal? {
        goals.first { $0.id == selectedGoalID } ?? goals.first
    }

    /// Position of a level on the scale (0 = lowest), nil when unknown.
    public func rank(of level: String?) -> Int? {
        level.flatMap { levels.firstIndex(of: $0) }
    }
}

/// `profile.yaml`: name, headline, key strengths and links.
public struct Profile: Sendable, Equatable {
    public var name: String
    public var headline: String
    public var strengths: [String] = []
    public var links: [MenuItem] = []
}

/// A candidate goal with measurable targets.
public struct Goal: Sendable, Equatable {
    public var id: String
    public var title: String
    public var targets: [Target] = []
}

/// A measurable target: "at least 30,000 TPS", "at most 3 seconds".
public struct Target: Sendable, Equatable {
    /// `atLeast` (bigger is better) or `atMost` (smaller is better).
    public enum Direction: String, Sendable, Equatable { case atLeast, atMost }

    public var name: String
    public var value: Double
    public var unit: String
    public var direction: Direction
    /// The value measured now, when known.
    public var current: Double?
}

/// A competency the goal needs, with where the owner stands.
public struct Competency: Sendable, Equatable {
    public var id: String
    public var name: String
    public var area: String
    /// The sub-items the plan lists under it, verbatim ("bulk transaction 처리, 비동기(Future같은?) 처리").
    public var detail: String?
    /// Target level; nil when the plan sets none (it is never guessed).
    public var required: String?
    /// Self-assessed level; nil when the plan does not state one.
    public var current: String?
    /// The plan's own line for the current state, verbatim ("mysql (중)").
    public var stated: String?
    /// Dated self-assessments, oldest first; the latest should match `current`.
    public var history: [Assessment] = []
    /// Why there is no current level, when there is none ("문서에 수준 미기재").
    public var currentNote: String?
    /// The gap analysis note.
    public var gap: String?
    /// Post tags whose notes serve this competency.
    public var tags: [String] = []
    /// Where `required`, `current` and each tag were written, for reference checks.
    public var spots = CompetencySpots()
}

/// A dated self-assessment of one competency.
public struct Assessment: Sendable, Equatable {
    public var date: Date
    public var level: String
    /// What the assessment was based on, if written.
    public var note: String?
    /// Where `level` was written.
    public var spot = SourceSpot()
}

/// A piece of work the owner did (`projects.yaml`): what it is, its stack, what it shows.
public struct Project: Sendable, Equatable {
    public var id: String
    public var name: String
    /// One or two sentences on what was built or solved.
    public var summary: String
    /// Technologies used, as written in the plan.
    public var stack: [String] = []
    /// Competency ids the work shows.
    public var competencies: [String] = []
    /// Post slugs that write about it.
    public var posts: [String] = []
    /// Where each competency and post was written.
    public var spots = TodoSpots()
}

/// Positions of a competency's references in `competencies.yaml`.
public struct CompetencySpots: Sendable, Equatable {
    public var id = SourceSpot()
    public var required: SourceSpot?
    public var current: SourceSpot?
    public var tags: [SourceSpot] = []
}

/// A place in a data file.
public struct SourceSpot: Sendable, Equatable, Codable {
    /// Relative to the site root.
    public var sourcePath = ""
    public var line = 1
    public var column = 1
}

/// A group of to-do items (`대용량 트랜잭션 & 아키텍처 설계`).
public struct TodoArea: Sendable, Equatable {
    public var id: String
    public var name: String
    public var items: [Todo] = []
}

/// One action of the plan.
public struct Todo: Sendable, Equatable {
    public var id: String
    public var title: String
    public var done: Bool
    public var doneDate: Date?
    /// Competency ids this action serves.
    public var competencies: [String] = []
    /// Post slugs that record it.
    public var posts: [String] = []
    /// Where `doneDate`, each competency and each post were written.
    public var spots = TodoSpots()
}

/// Positions of a to-do's references in `todos.yaml`.
public struct TodoSpots: Sendable, Equatable {
    public var doneDate: SourceSpot?
    public var competencies: [SourceSpot] = []
    public var posts: [SourceSpot] = []
}

/// An item of the planning document's own checklist (KYS, gap analysis steps).
public struct ChecklistItem: Sendable, Equatable {
    public var title: String
    public var done: Bool
    /// Site path of the page that shows the result, if any.
    public var evidence: String?
    /// Nesting depth, 0 for top level.
    public var depth: Int
}

/// The template API of the résumé (`resume.mustache` at `/resume/`) and of the projects the
/// home page shows (`projects` in the home context), both from `content/data/`.

/// `resume.mustache` at `/resume/`: one printable page from the career data.
public struct ResumePageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    /// Name, headline and key strengths.
    public var profile: ProfileContext?
    /// The selected goal.
    public var goal: GoalContext?
    /// `projects.yaml`, in file order.
    public var projects: [ProjectContext]
    /// Competencies with a stated level, in data order.
    public var assessed: [CompetencyContext]
    /// Competencies the plan lists as gaps (named in words), in data order.
    public var gaps: [CompetencyContext]
    /// Contact and social links from `site.yaml` `links:` (empty until the owner adds them).
    public var links: [Shared<LinkContext>]
    /// href of `/resume.json` (JSON Resume).
    public var jsonURL: String
    /// href of the dashboard.
    public var dashboardURL: String
}

/// A project from `projects.yaml`.
public struct ProjectContext: Sendable, Hashable, Encodable {
    public var id: String
    public var name: String
    public var summary: String
    /// Technologies, as written.
    public var stack: [String]
    /// Competencies the work shows, linked to their pages.
    public var competencies: [LinkContext]
    /// Notes that write about it.
    public var posts: [PostLinkContext]
}

import Foundation

/// Projects and the résumé: the same career data, arranged for a reader who wants the work.
extension CareerContextBuilder {
    /// `projects.yaml` in file order, with links to the competencies and notes each names.
    func projects() -> [ProjectContext] {
        career.projects.map { project in
            ProjectContext(
                id: project.id, name: project.name, summary: project.summary, stack: project.stack,
                competencies: project.competencies.compactMap { competencyLinks[$0] },
                posts: project.posts.compactMap { postIndexBySlug[$0] }.map { PostLinkContext(title: base.summaries[$0].title, url: base.summaries[$0].url) })
        }
    }

    /// `/resume/`: profile, goal, projects and competencies on one page.
    func resume() -> ResumePageContext {
        let url = base.site.config.baseURL
        let byID = Dictionary(progress.competencies.map { ($0.competency.id, $0) }, uniquingKeysWith: { first, _ in first })
        let inDataOrder = career.competencies.compactMap { byID[$0.id] }.map(competency)
        let title = career.profile.map { "\($0.name) 이력서" } ?? "이력서"
        return ResumePageContext(
            site: base.site(current: url.href(Self.resumeURL)),
            page: base.meta(title: title, description: career.profile?.headline ?? "", url: Self.resumeURL, kind: "resume"),
            profile: profile(), goal: career.selectedGoal.map(goal), projects: projects(),
            assessed: inDataOrder.filter { $0.current != nil }, gaps: inDataOrder.filter { $0.gapNote != nil },
            links: base.siteContext.value.links, jsonURL: url.href(ResumeJSON.outputURL), dashboardURL: url.href(Self.dashboardURL))
    }
}

import Foundation

/// The career pages: `/dashboard/`, `/skills/<id>/` and `/progress.json`.
extension Renderer {
    /// Templates a site with career data needs.
    static let careerTemplates = ["dashboard", "skill"]

    /// The career context builder, when the site has career data.
    func careerContexts() -> CareerContextBuilder? {
        guard let career = site.career else { return nil }
        let progress = CareerProgress(career: career, posts: site.posts, now: now, timeZone: site.config.timeZone)
        return CareerContextBuilder(base: contexts, career: career, progress: progress)
    }

    func missingCareerTemplates() -> [Diagnostic] {
        guard site.career != nil else { return [] }
        return Self.careerTemplates.filter { !templates.contains($0) }.map {
            .error("templates/\($0).mustache", "missing template; a site with career data in content/data/ needs dashboard.mustache and skill.mustache")
        }
    }

    func planCareer(_ career: CareerContextBuilder) -> [PlannedFile] {
        var files = [page(with: "dashboard", to: Self.outputPath(for: CareerContextBuilder.dashboardURL)) { career.dashboard() }]
        files += career.progress.competencies.map { status in
            page(with: "skill", to: Self.outputPath(for: CareerContextBuilder.skillURL(status.competency.id)),
                 sourcePath: status.competency.spots.id.sourcePath) { career.skill(status) }
        }
        let site = self.site
        files.append(PlannedFile(outputPath: "progress.json") { _ in ProgressJSON(career: career.career, progress: career.progress, site: site).render() })
        return files
    }
}

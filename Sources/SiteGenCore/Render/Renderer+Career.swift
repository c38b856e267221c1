import Foundation

/// The career pages: `/dashboard/`, `/skills/<id>/`, `/progress.json`, and with a profile
/// `/resume.json` and (when the theme has `resume.mustache`) `/resume/`.
extension Renderer {
    /// Templates a site with career data needs.
    static let careerTemplates = ["dashboard", "skill"]
    /// The optional résumé template.
    static let resumeTemplate = "resume"

    /// Whether the build writes `/resume/`: the site has a profile and the theme a résumé template.
    var rendersResume: Bool { site.career?.profile != nil && templates.contains(Self.resumeTemplate) }

    /// The career context builder, when the site has career data.
    func careerContexts() -> CareerContextBuilder? {
        guard let career = site.career else { return nil }
        let progress = CareerProgress(career: career, posts: site.posts, now: now, timeZone: site.config.timeZone)
        return CareerContextBuilder(base: contexts, career: career, progress: progress, rendersResume: rendersResume)
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
        if rendersResume {
            files.append(page(with: Self.resumeTemplate, to: Self.outputPath(for: CareerContextBuilder.resumeURL)) { career.resume() })
        }
        if let resume = ResumeJSON(career: career.career, site: site) {
            files.append(PlannedFile(outputPath: String(ResumeJSON.outputURL.dropFirst())) { _ in resume.render() })
        }
        return files
    }
}

import Foundation

/// `/resume.json`: the résumé in the JSON Resume schema (v1.0.0), so any JSON Resume theme can
/// render it. Built from the same data as `/resume/`: profile, assessed competencies, projects
/// and the contact links of `site.yaml`. It says nothing the data does not: no work history,
/// dates or employer (the schema makes them optional). Keys sorted, no timestamp.
struct ResumeJSON: Encodable {
    static let outputURL = "/resume.json"

    struct Profile: Encodable { var network: String; var url: String }
    struct Basics: Encodable {
        var name: String, label: String, summary: String?, url: String
        var email: String?
        var profiles: [Profile]
    }
    struct Skill: Encodable { var name: String; var level: String?; var keywords: [String]? }
    struct Project: Encodable { var name: String; var description: String; var keywords: [String]; var url: String? }
    struct Meta: Encodable { var canonical: String; var version: String }

    var basics: Basics
    var skills: [Skill]
    var projects: [Project]
    var meta: Meta

    init?(career: Career, site: Site) {
        guard let profile = career.profile else { return nil }
        let url = site.config.baseURL
        let links = site.config.links.map { ($0.name, ContextBuilder.link($0.url, base: url)) }
        let email = links.first { $0.1.hasPrefix("mailto:") }.map { String($0.1.dropFirst(7)) } ?? site.config.email
        basics = Basics(name: profile.name, label: profile.headline, summary: career.selectedGoal.map { "목표: \($0.title)" },
                        url: url.absolute, email: email,
                        profiles: links.filter { $0.1.hasPrefix("http") }.map { Profile(network: $0.0, url: $0.1) })
        skills = career.competencies.compactMap { competency in
            competency.current.map { Skill(name: competency.name, level: $0, keywords: nil) }
        } + (profile.strengths.isEmpty ? [] : [Skill(name: "Key Strength", level: nil, keywords: profile.strengths)])
        let postURLs = Dictionary(site.posts.map { ($0.slug, url.absoluteURL($0.url)) }, uniquingKeysWith: { first, _ in first })
        projects = career.projects.map { project in
            Project(name: project.name, description: project.summary, keywords: project.stack,
                    url: project.posts.first.flatMap { postURLs[$0] })
        }
        meta = Meta(canonical: url.absoluteURL(Self.outputURL), version: "v1.0.0")
    }

    func render() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

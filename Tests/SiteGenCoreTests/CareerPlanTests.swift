import Foundation
import Testing
@testable import SiteGenCore

/// Career data that says only what the plan says: no invented target levels, the plan's own
/// words kept, dated history, projects, and the charts and résumé built from them.
@Suite("Career plan as written")
struct CareerPlanTests {
    let zone = TimeZone(identifier: "Asia/Seoul")!

    func parse(_ files: [String: String], posts: [Page] = []) -> (Career?, [String]) {
        let sources = files.sorted { $0.key < $1.key }.map { SourceFile(sourcePath: "content/data/\($0.key)", text: $0.value) }
        let (career, problems) = CareerParser(timeZone: zone).parse(sources)
        var all = problems
        if let career {
            all += CareerValidator(career: career, postTags: Set(posts.flatMap(\.tags)), postSlugs: Set(posts.map(\.slug)),
                                   now: Fixtures.now, timeZone: zone).validate()
        }
        return (career, all.map(\.description))
    }

    static let plan = """
    competencies:
      - id: mysql
        name: DB Transaction 역량
        area: 대용량 트랜잭션
        detail: isolation, mySQL
        current: 중
        stated: mysql (중)
      - id: async
        name: 대용량 Transaction 처리
        area: 대용량 트랜잭션
        detail: bulk transaction 처리, 비동기(Future같은?) 처리
        gap: 대용량 트렌젝션 처리 역량
      - id: redis
        name: redis
        area: 응답 시간
        required: 상
        current: 하
        history:
          - { date: 2024-03-01, level: 하, note: 첫 평가 }
      - id: infra
        name: 분산 Cloud 아키텍처
        area: 아키텍처
    """

    @Test func targetLevelsAreNeverInvented() throws {
        let (parsed, problems) = parse(["competencies.yaml": Self.plan])
        #expect(problems == [])
        let career = try #require(parsed)
        #expect(career.competencies.map(\.required) == [nil, nil, "상", nil])
        #expect(career.competencies[0].stated == "mysql (중)")
        #expect(career.competencies[1].detail == "bulk transaction 처리, 비동기(Future같은?) 처리")
        #expect(career.competencies[2].history.map(\.level) == ["하"])
        let progress = CareerProgress(career: career, posts: [], now: Fixtures.now, timeZone: zone)
        // Assessed first (measured gap first), then unassessed, file order within.
        #expect(progress.competencies.map(\.competency.id) == ["redis", "mysql", "async", "infra"])
        #expect(progress.competencies.map(\.gap) == [2, nil, nil, nil])
        #expect(progress.competencies.map(\.requiredRank) == [2, nil, nil, nil])
    }

    @Test func nextActionsFollowMeasuredThenNamedGaps() throws {
        let todos = """
        areas:
          - id: a
            name: A
            items:
              - { id: plain, title: 일, done: false, competencies: [infra] }
              - { id: named, title: 이름만, done: false, competencies: [async] }
              - { id: measured, title: 측정, done: false, competencies: [redis] }
        """
        let career = try #require(parse(["competencies.yaml": Self.plan, "todos.yaml": todos]).0)
        let progress = CareerProgress(career: career, posts: [], now: Fixtures.now, timeZone: zone)
        #expect(progress.nextActions.map(\.id) == ["measured", "named", "plain"])
    }

    @Test func historyAndProjectsAreChecked() {
        let competencies = """
        competencies:
          - id: redis
            name: Redis
            area: x
            current: 중
            history:
              - { date: 2024-06-01, level: 하 }
              - { date: 2024-03-01, level: 최상 }
              - { date: 2031-01-01, level: 상 }
        """
        let projects = """
        projects:
          - id: lock
            name: 락
            summary: 해결
            competencies: [redis, kafka]
            posts: [nope]
          - id: lock
            name: 둘
            size: 3
        """
        #expect(parse(["competencies.yaml": competencies, "projects.yaml": projects]).1 == [
            "content/data/competencies.yaml:8:17: error: 'history' must be oldest first, each date after the one before",
            "content/data/projects.yaml:9:5: warning: unknown field 'size' in a project (known: competencies, id, name, posts, stack, summary)",
            "content/data/projects.yaml:7:5: error: missing 'summary' in a project",
            "content/data/projects.yaml:7:9: error: duplicate project id \"lock\" (first used on line 2)",
            "content/data/competencies.yaml:8:36: error: unknown level \"최상\" (levels are 하, 중, 상)",
            "content/data/competencies.yaml:9:36: error: assessment dated 2031-01-01 is in the future",
            "content/data/competencies.yaml:9:36: error: the latest assessment in 'history' is \"상\" but 'current' is \"중\"; they must agree",
            "content/data/projects.yaml:5:27: error: unknown competency \"kafka\" in project \"lock\" (competencies are redis)",
            "content/data/projects.yaml:6:13: error: no published post has the slug \"nope\"",
        ])
    }

    @Test func levelChartDrawsNothingForAnUnstatedLevel() {
        #expect(Charts.levelBar(requiredRank: nil, currentRank: nil, levels: ["하", "중", "상"], label: "x") == "")
        let svg = Charts.levelBar(requiredRank: nil, currentRank: 1, levels: ["하", "중", "상"], label: "DB")
        #expect(svg.contains("aria-label=\"DB: 현재 중, 목표 수준 미정 (하 &lt; 중 &lt; 상)\""))
        #expect(!svg.contains("chart-required"))
        #expect(Charts.levelBar(requiredRank: 2, currentRank: 0, levels: ["하", "중", "상"], label: "x").contains("class=\"chart-required\""))
    }

    @Test func timeLabelsNameTheYearAndStayLegible() {
        let months = [CareerProgress.Month(key: "2025-12", notes: 1, todosDone: 0), CareerProgress.Month(key: "2026-01", notes: 0, todosDone: 2)]
        let svg = Charts.timeline(months)
        #expect(svg.contains(">2025.12</text>") && svg.contains(">2026.01</text>"))
        #expect(svg.contains("viewBox=\"0 0 320 56\""))
        // 320 units drawn in the ~328 px a 360 px phone leaves: every label at 12 px or more.
        let sizes = svg.components(separatedBy: "font-size=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 12 })
    }

    @Test func historyIsChartedWhenPresent() throws {
        let career = try #require(parse(["competencies.yaml": Self.plan]).0)
        let svg = Charts.history(career.competencies[2].history, levels: career.levels, timeZone: zone, label: "redis")
        #expect(svg.contains("aria-label=\"redis 수준 변화: 2024-03-01 하\""))
        #expect(svg.contains("<circle class=\"chart-dot\""))
        #expect(Charts.history([], levels: career.levels, timeZone: zone, label: "x") == "")
    }

    @Test func ringLabelKeepsClearOfTheStroke() {
        let svg = Charts.ring(done: 4, total: 4, label: "할 일")
        // r 50 with a 10-wide stroke leaves a 90-wide hole; 22-unit text for "100%" is about 55 wide.
        #expect(svg.contains("r=\"50\" fill=\"none\" stroke-width=\"10\""))
        #expect(svg.contains("font-size=\"22\" font-weight=\"700\">100%</text>"))
    }
}

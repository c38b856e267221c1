import Foundation
import Testing
@testable import SiteGenCore

@Suite("Career data")
struct CareerTests {
    static let competencies = """
    competencies:
      - id: batch
        name: Spring Batch
        area: 프레임워크
        required: 상
        current: 중
        tags: [batch]
      - id: redis
        name: Redis
        area: 응답 시간
        required: 상
        current: 하
        tags: [redis]
      - id: leadership
        name: 리더십
        area: 리더십
        required: 상
      - id: kotlin
        name: Kotlin
        area: 언어
        required: 중
        current: 상
    """
    static let todos = """
    areas:
      - id: a
        name: A
        items:
          - id: one
            title: 하나
            done: true
            doneDate: 2024-11-20
            competencies: [batch]
          - id: two
            title: 둘
            done: false
            competencies: [batch]
      - id: b
        name: B
        items:
          - id: three
            title: 셋
            done: false
            competencies: [redis]
          - id: four
            title: 넷
            done: false
    """

    func parse(_ files: [String: String], posts: [Page] = [], now: Date = Fixtures.now) -> (Career?, [String]) {
        let sources = files.sorted { $0.key < $1.key }.map { SourceFile(sourcePath: "content/data/\($0.key)", text: $0.value) }
        let (career, problems) = CareerParser(timeZone: TimeZone(identifier: "Asia/Seoul")!).parse(sources)
        var all = problems
        if let career {
            let tags = Set(posts.flatMap(\.tags).map(Slug.makeURLSegment))
            all += CareerValidator(career: career, postTags: tags, postSlugs: Set(posts.map(\.slug)), now: now, timeZone: TimeZone(identifier: "Asia/Seoul")!).validate()
        }
        return (career, all.map(\.description))
    }

    func post(_ slug: String, _ date: String, tags: [String]) -> Page {
        var page = Page(kind: .post, sourcePath: "content/posts/\(slug).md", slug: slug, url: "/posts/\(slug)/", title: slug)
        page.date = Date(iso8601: date)
        page.tags = tags
        return page
    }

    var posts: [Page] { [post("b2", "2024-12-05", tags: ["redis"]), post("b1", "2024-11-02", tags: ["batch", "redis"])] }

    @Test func noDataMeansNoCareer() {
        #expect(parse([:]).0 == nil)
    }

    @Test func progressArithmetic() throws {
        let (career, problems) = parse(["competencies.yaml": Self.competencies, "todos.yaml": Self.todos], posts: posts)
        #expect(problems == [])
        let progress = CareerProgress(career: try #require(career), posts: posts, now: Fixtures.now, timeZone: TimeZone(identifier: "Asia/Seoul")!)
        #expect(progress.todos == .init(done: 1, total: 4))
        #expect(progress.todos.percent == 25)
        #expect(progress.areas.map(\.count) == [.init(done: 1, total: 2), .init(done: 0, total: 2)])
        #expect(progress.competencies.map(\.competency.id) == ["redis", "batch", "kotlin", "leadership"])
        #expect(progress.competencies.map(\.gap) == [2, 1, 0, nil])
        #expect(progress.competencies[0].postIndices == [0, 1])
        #expect(progress.competencies[1].openTodos.map(\.id) == ["two"])
        #expect(progress.nextActions.map(\.id) == ["three", "two", "four"])
        #expect(progress.months.count == 12)
        #expect(progress.months.first?.key == "2024-02")
        #expect(progress.months.suffix(3).map { [$0.notes, $0.todosDone] } == [[1, 1], [1, 0], [0, 0]])
        #expect(CareerProgress.Count(done: 0, total: 0).percent == 0)
    }

    @Test func everyReferenceIsChecked() {
        let competencies = """
        competencies:
          - id: batch
            name: Spring Batch
            area: 프레임워크
            required: 최상
            current: 중간
            tags: [batch, nobody]
          - id: batch
            name: 둘째
            area: x
            required: 상
          - id: ../x
            name: 위험
            area: x
            required: 상
        """
        let todos = """
        areas:
          - id: a
            name: A
            items:
              - id: one
                title: 하나
                done: true
                doneDate: 2030-01-01
                competencies: [batch, missing]
                posts: [no-such-post]
              - id: one
                title: 중복
                done: false
                doneDate: 2024-01-01
              - title: 아이디 없음
                done: maybe
        """
        let problems = parse(["competencies.yaml": competencies, "todos.yaml": todos], posts: posts).1
        #expect(problems == [
            "content/data/competencies.yaml:8:9: error: duplicate competency id \"batch\" (first used on line 2)",
            "content/data/competencies.yaml:12:9: error: competency id \"../x\" must be one URL segment (it names /skills/../x/)",
            "content/data/todos.yaml:11:13: error: duplicate to-do id \"one\" (first used on line 5)",
            "content/data/todos.yaml:14:19: error: 'doneDate' is set but 'done' is false",
            "content/data/todos.yaml:15:9: error: missing 'id' in a to-do",
            "content/data/todos.yaml:16:15: error: 'done' must be true or false, found \"maybe\"",
            "content/data/competencies.yaml:5:15: error: unknown level \"최상\" (levels are 하, 중, 상)",
            "content/data/competencies.yaml:6:14: error: unknown level \"중간\" (levels are 하, 중, 상)",
            "content/data/competencies.yaml:7:19: error: no post has the tag \"nobody\"; tag a note with it or remove it here",
            "content/data/todos.yaml:9:31: error: unknown competency \"missing\" in to-do \"one\" (competencies are ../x, batch)",
            "content/data/todos.yaml:10:17: error: no published post has the slug \"no-such-post\"",
            "content/data/todos.yaml:8:19: error: 'doneDate' 2030-01-01 is in the future",
        ])
    }

    @Test func goalsAndLevels() throws {
        let (career, problems) = parse([
            "levels.yaml": "levels: [초급, 중급, 고급, 전문가]\n",
            "goals.yaml": "selected: nope\ngoals:\n  - id: g\n    title: 목표\n    targets:\n      - name: TPS\n        value: 30000\n        direction: sideways\n      - name: 응답\n        value: 3\n        direction: atMost\n        current: 2.5\n",
            "profile.yaml": "name: 이름\nheadline: 한 줄\nstrengths: [Kotlin]\ntypo: 1\n",
        ])
        #expect(problems == [
            "content/data/goals.yaml:8:20: error: 'direction' must be atLeast or atMost, found \"sideways\"",
            "content/data/goals.yaml:1:11: error: selected goal \"nope\" is not one of the goals (g)",
            "content/data/profile.yaml:4:1: warning: unknown field 'typo' in profile (known: headline, links, name, strengths)",
        ])
        let parsed = try #require(career)
        #expect(parsed.levels == ["초급", "중급", "고급", "전문가"])
        #expect(parsed.goals.first?.targets == [Target(name: "응답", value: 3, unit: "", direction: .atMost, current: 2.5)])
        #expect(parsed.profile?.strengths == ["Kotlin"])
        #expect(parse(["levels.yaml": "levels: [하]\n"]).1 == ["content/data/levels.yaml:1:9: error: 'levels' must list at least two distinct levels, low to high"])
    }

    @Test func unknownDataFilesAreWarnings() {
        #expect(parse(["notes.yaml": "a: 1\n"]).1 == [
            "content/data/notes.yaml: warning: unknown data file; career data files are profile.yaml, levels.yaml, goals.yaml, competencies.yaml, todos.yaml, checklist.yaml, projects.yaml",
        ])
    }

    @Test func numbersAreGrouped() {
        #expect(CareerContextBuilder.grouped(1_000_000) == "1,000,000")
        #expect(CareerContextBuilder.grouped(30000) == "30,000")
        #expect(CareerContextBuilder.grouped(3) == "3")
        #expect(CareerContextBuilder.grouped(2.5) == "2.5")
    }

    @Test func ringChartIsAccessible() {
        let svg = Charts.ring(done: 1, total: 4, label: "할 일")
        #expect(svg.hasPrefix("<svg class=\"chart chart-ring\" viewBox=\"0 0 120 120\" width=\"120\" height=\"120\" role=\"img\" aria-label=\"할 일: 4개 중 1개 완료, 25%\">"))
        #expect(svg.contains(">25%</text>"))
    }
}

@Suite("Dashboard output")
struct DashboardOutputTests {
    /// The golden fixture site's dashboard and progress.json must state the same figures.
    @Test func progressJSONAgreesWithThePage() throws {
        let result = build(root: GoldenSiteTests.site, now: Fixtures.now, options: BuildOptions(dryRun: true))
        let files = Dictionary(uniqueKeysWithValues: result.files.map { ($0.outputPath, $0.contents) })
        let json = try #require(files["progress.json"])
        let page = try #require(files["dashboard/index.html"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let todos = try #require(object["todos"] as? [String: Int])
        let checklist = try #require(object["checklist"] as? [String: Int])
        #expect(page.contains("<p class=\"todos\">\(todos["done"]!)/\(todos["total"]!) \(todos["percent"]!)%</p>"))
        #expect(page.contains("<p class=\"checklist\">\(checklist["done"]!)/\(checklist["total"]!) \(checklist["percent"]!)%</p>"))
        let areas = try #require(object["areas"] as? [[String: Any]])
        for area in areas {
            #expect(page.contains("<h2>\(area["name"]!) \(area["done"]!)/\(area["total"]!) \(area["percent"]!)%</h2>"))
        }
        let competencies = try #require(object["competencies"] as? [[String: Any]])
        for competency in competencies where competency["gap"] != nil {
            let row = page.split(separator: "\n").first { $0.contains("\(competency["name"]!)</a> ") } ?? ""
            #expect(row.contains(" \(competency["required"]!)/\(competency["current"]!) ") && row.contains(" gap \(competency["gap"]!)"))
        }
    }
}

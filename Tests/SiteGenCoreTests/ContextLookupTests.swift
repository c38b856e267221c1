import Foundation
import Mustache
import Testing
@testable import SiteGenCore

/// Every stored property of every template context must be reachable through
/// `child(named:)`, or templates would silently render it as empty.
@Suite("Template context lookup")
struct ContextLookupTests {
    /// Walks a context and every context nested in it, checking each property.
    func checkAll(_ value: Any, path: String = "") {
        if let shared = value as? SharedContext {
            checkAll(shared.sharedValue, path: path)
            return
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional || mirror.displayStyle == .collection {
            for child in mirror.children { checkAll(child.value, path: path) }
            return
        }
        guard mirror.displayStyle == .struct, let parent = value as? MustacheParent else { return }
        for child in mirror.children {
            guard let label = child.label else { continue }
            let found = parent.child(named: label)
            #expect(found != nil || Mirror(reflecting: child.value).displayStyle == .optional,
                    "\(type(of: value)).\(label) is not reachable from templates")
            if let found { #expect(String(describing: found) == String(describing: unwrap(child.value)), "\(path)\(label)") }
            checked.value += 1
            checkAll(child.value, path: "\(path)\(label).")
        }
    }

    func unwrap(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional, let first = mirror.children.first else { return value }
        return first.value
    }

    /// How many fields `checkAll` compared, so a walk that stops early fails.
    final class Count { var value = 0 }
    let checked = Count()

    @Test func everyFieldOfEveryPageKindIsReachable() throws {
        let site = GoldenSiteTests.site
        let (source, _) = SiteLoader(root: site).load()
        let (parsed, _) = SiteParser(now: Fixtures.now).parse(source)
        let base = ContextBuilder(site: parsed, now: Fixtures.now)
        let career = try #require(parsed.career)
        let careerContexts = CareerContextBuilder(base: base, career: career,
                                                  progress: CareerProgress(career: career, posts: parsed.posts, now: Fixtures.now, timeZone: parsed.config.timeZone))
        checkAll(base.home(progress: careerContexts.summary(), profile: careerContexts.profile()))
        checkAll(base.post(at: 2, competencies: careerContexts.competencies(of: parsed.posts[2])))
        checkAll(base.standalone(parsed.pages[0]))
        checkAll(base.postList(page: 1, of: 2))
        checkAll(base.tagIndex())
        checkAll(base.tag(parsed.tags[0]))
        checkAll(base.notFound())
        checkAll(careerContexts.dashboard())
        checkAll(careerContexts.skill(careerContexts.progress.competencies[0]))
        let finding = ContextBuilder(site: parsed, now: Fixtures.now, features: FindingFeatures(search: true, series: true, archive: true))
        checkAll(finding.post(at: 1))
        checkAll(finding.seriesIndex())
        checkAll(finding.seriesPage(try #require(parsed.series.first)))
        checkAll(finding.archive())
        checkAll(finding.search(documents: 3))
        let item = PostItemContext(site: base.siteContext, post: base.summaries[0])
        #expect((item.child(named: "title") as? TemplateText)?.text == base.summaries[0].title)
        #expect(item.child(named: "site") as? Shared<SiteContext> == base.siteContext)
        // Nested contexts (site.menu[].name, post.toc.items[].children[].url, …) are walked too.
        #expect(checked.value > 700, "only \(checked.value) fields were checked")
    }

    @Test func pictureFieldsAreReachable() throws {
        let site = try ImageStageTests.site()
        defer { site.remove() }
        let parsed = try #require(site.build(BuildOptions(dryRun: true)).site)
        let base = ContextBuilder(site: parsed, now: Fixtures.now)
        let index = try #require(parsed.posts.firstIndex { $0.cover != nil })
        let post = base.post(at: index)
        #expect(post.page.image != nil && post.page.socialImage != nil && post.post.cover != nil && base.summaries[index].image != nil)
        checkAll(post)
        checkAll(base.postList(page: 1, of: 1))
        #expect(checked.value > 60, "only \(checked.value) fields were checked")
    }
}

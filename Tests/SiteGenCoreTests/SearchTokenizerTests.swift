import Foundation
import Testing
@testable import SiteGenCore

/// The tokenizer pins the rules `templates/assets/search.js` applies to queries: both read
/// `Fixtures/search/tokenizer-cases.json` (the JavaScript side in `Tests/search/search.test.js`).
@Suite("Search tokenizer")
struct SearchTokenizerTests {
    struct Case: Decodable {
        var why: String
        var text: String
        var terms: [String]
    }

    static let cases: [Case] = {
        let url = Fixtures.folder.appendingPathComponent("search/tokenizer-cases.json")
        return (try? JSONDecoder().decode([Case].self, from: Data(contentsOf: url))) ?? []
    }()

    @Test func sharedCasesAreRead() {
        #expect(Self.cases.count >= 8)
    }

    @Test(arguments: cases.map(\.text))
    func splitsLikeTheSearchScript(_ text: String) throws {
        let expected = try #require(Self.cases.first { $0.text == text })
        #expect(SearchTokenizer.terms(of: text) == expected.terms, "\(expected.why)")
    }

    @Test func hangulWordsMatchByAnyTwoSyllables() {
        // "배치" is inside "스프링배치의"; "청크" inside "청크지향".
        #expect(SearchTokenizer.terms(of: "스프링배치의").contains("배치"))
        #expect(SearchTokenizer.terms(of: "청크지향으로").contains("청크"))
    }

    @Test func identifiersAreFoundByTheirParts() {
        let terms = SearchTokenizer.terms(of: "WebFlux RedisTemplate")
        #expect(terms == ["webflux", "flux", "redistemplate", "template"])
    }

    @Test func scalarKinds() {
        #expect(SearchTokenizer.kind(of: "가") == .syllable)
        #expect(SearchTokenizer.kind(of: "ㄱ") == .letter)  // a lone jamo is a letter, not a syllable to pair
        #expect(SearchTokenizer.kind(of: "é") == .letter)
        #expect(SearchTokenizer.kind(of: "_") == .connector)
        #expect(SearchTokenizer.kind(of: "-") == .separator)
        #expect(SearchTokenizer.kind(of: "😀") == .separator)
    }
}

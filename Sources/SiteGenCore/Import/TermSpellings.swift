/// Tag and category spellings that sitegen would give one URL but the other generator kept
/// apart (`web,` and `web`, `Node.js` and `nodejs`): the import writes them one way, the
/// spelling most posts use, and names every post it changed. (Spellings that differ only in
/// case or spaces are one term in sitegen already and stay as written.)
enum TermSpellings {
    static func unify(_ entries: inout [ImportEntry], log: inout ImportLog) {
        unify(&entries, noun: "category", base: "/categories/", get: { $0.categories }, set: { $0.categories = $1 }, log: &log)
        unify(&entries, noun: "tag", base: "/tags/", get: { $0.tags }, set: { $0.tags = $1 }, log: &log)
    }

    private static func unify(_ entries: inout [ImportEntry], noun: String, base: String, get: (FrontMatterMapping.Extras) -> [String],
                              set: (inout FrontMatterMapping.Extras, [String]) -> Void, log: inout ImportLog) {
        var uses: [String: [String: Int]] = [:]
        for entry in entries {
            for term in Set(get(entry.extras)) where !Slug.makeURLSegment(term).isEmpty {
                uses[Slug.makeURLSegment(term), default: [:]][term, default: 0] += 1
            }
        }
        var replacement: [String: String] = [:]
        for (_, spellings) in uses where Set(spellings.keys.map(TagIndex.variantKey)).count > 1 {
            let ranked = spellings.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            let winner = ranked[0].key
            for (term, _) in ranked where TagIndex.variantKey(term) != TagIndex.variantKey(winner) { replacement[term] = winner }
        }
        guard !replacement.isEmpty else { return }
        for index in entries.indices {
            let terms = get(entries[index].extras)
            guard terms.contains(where: { replacement[$0] != nil }) else { continue }
            for term in terms { if let winner = replacement[term] {
                log.leave(entries[index].sourcePath, line: nil, "\(noun) \"\(term)\" written as \"\(winner)\", as other posts write it: sitegen gives both one page, \(base)\(Slug.makeURLSegment(winner))/")
            } }
            var seen: Set<String> = []
            set(&entries[index].extras, terms.map { replacement[$0] ?? $0 }.filter { seen.insert($0).inserted })
        }
    }
}

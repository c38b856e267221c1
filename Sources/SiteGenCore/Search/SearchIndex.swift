/// A site's search index: every post and standalone page, their terms in sorted order with
/// posting lists, cut into chunks the search script loads on demand (like Pagefind, a query
/// loads only the chunks whose term range its terms fall in).
///
/// Files (under `search/`): `meta.json` (document count and the first term and file of each
/// chunk), `i/<hash>.json` (chunks, named by their contents so a browser or CDN never mixes
/// an old chunk with a new `meta.json`), `d/<id>.json` (one document, loaded for a result).
/// Built in time linear in the text, on all cores; the same site gives the same bytes.
struct SearchIndex: Sendable {
    /// A chunk is closed once its JSON passes this many bytes (a term is never split).
    static let chunkBytes = 16_384
    static let version = 1

    let entries: [Entry]
    let config: SiteConfig
    /// Every term, sorted by UTF-8 bytes (which is JavaScript's UTF-16 order: terms hold no
    /// characters outside the Basic Multilingual Plane).
    let terms: [String]
    /// Per term, its documents ascending, each `id << 6 | weight` (see `SearchPosting`).
    let postings: [[UInt32]]
    let chunks: [SearchChunk]

    /// Posts oldest first (a new post does not renumber the others' files), then pages.
    static func pages(of site: Site) -> [Page] {
        site.posts.reversed() + site.pages
    }

    /// One page in the index: its terms, the digest of what they and its document file are
    /// made from (`SearchDocument.inputDigest`), and the document itself unless the terms came
    /// from the build cache (it is then made again only if its file has to be written).
    struct Entry: Sendable {
        let id: Int
        let page: Page
        /// Nil without a build cache (nothing would compare it).
        let digest: String?
        let terms: SearchDocumentTerms
        let document: SearchDocument?
    }

    /// The index of `site`; with a build cache, the terms of every page whose inputs are
    /// unchanged are taken from it (an edit tokenizes one page, not every page).
    init(site: Site, cache: RebuildCache? = nil) {
        let pages = Self.pages(of: site)
        let config = site.config
        let entries = Array(pages.enumerated()).parallelMap(perWorker: { _ in SearchTermTable() }) { table, entry -> Entry in
            let (id, page) = entry
            let digest = cache == nil ? nil : SearchDocument.inputDigest(of: page, config: config)
            if let cache, let digest, let terms = cache.searchTerms(page.sourcePath, digest: digest) {
                return Entry(id: id, page: page, digest: digest, terms: terms, document: nil)
            }
            let document = SearchDocument(id: id, page: page, config: config, table: &table)
            if let cache, let digest { cache.store(searchTerms: document.terms, digest: digest, for: page.sourcePath) }
            return Entry(id: id, page: page, digest: digest, terms: document.terms, document: document)
        }
        self.init(entries: entries, config: config)
    }

    /// Every page's document for its result (made now for entries from the cache).
    var documents: [SearchDocument] { entries.indices.map(document(at:)) }

    func document(at id: Int) -> SearchDocument {
        let entry = entries[id]
        if let document = entry.document { return document }
        var table = SearchTermTable()
        return SearchDocument(id: id, page: entry.page, config: config, table: &table)
    }

    init(entries: [Entry], config: SiteConfig) {
        self.entries = entries
        self.config = config
        let (texts, lists) = Self.merge(entries)
        let order = texts.indices.sorted { texts[$0].utf8.lexicographicallyPrecedes(texts[$1].utf8) }
        terms = order.map { texts[$0] }
        postings = order.map { lists[$0] }
        chunks = SearchChunk.cut(terms: terms, postings: postings, limit: Self.chunkBytes)
    }

    /// Every document's terms in one table: their texts and posting lists, in the order first
    /// seen (documents in id order, so each list is sorted by document).
    private static func merge(_ documents: [Entry]) -> ([String], [[UInt32]]) {
        var index: [UInt64: Int] = [:]
        index.reserveCapacity(documents.count * 8)
        var texts: [String] = [], lists: [[UInt32]] = []
        for document in documents {
            let terms = document.terms
            for (key, text) in terms.words where index[key] == nil {
                index[key] = texts.count
                texts.append(text)
                lists.append([])
            }
            for position in terms.keys.indices {
                let key = terms.keys[position]
                let term: Int
                if let known = index[key] {
                    term = known
                } else {
                    term = texts.count
                    index[key] = term
                    texts.append(SearchTermTable.syllableText(key))
                    lists.append([])
                }
                lists[term].append(UInt32(document.id) << 6 | UInt32(terms.weights[position]))
            }
        }
        return (texts, lists)
    }

    /// `meta.json`: what the script loads first.
    func metaJSON() -> String {
        var json = JSONText()
        json.raw("{\"version\":\(Self.version),\"documents\":\(entries.count),\"maxTerm\":\(SearchTokenizer.maxTermLength),\"chunks\":[")
        for (index, chunk) in chunks.enumerated() {
            json.raw(index > 0 ? ",[" : "[")
            json.string(chunk.start)
            json.raw(",")
            json.string(chunk.name)
            json.raw("]")
        }
        json.raw("]}\n")
        return json.text
    }
}

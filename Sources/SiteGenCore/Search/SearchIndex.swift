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
    /// Per term (in `terms` order), its documents ascending, each `id << 6 | weight` (see
    /// `SearchPosting`).
    let postings: PostingLists
    let chunks: [SearchChunk]

    /// Pages tokenized at a time: their terms are merged and dropped before the next batch,
    /// so the index never holds every page's terms at once (they were a fifth of a clean
    /// build's peak memory).
    static let batchSize = 512

    /// Posts oldest first (a new post does not renumber the others' files), then pages.
    static func pages(of site: Site) -> [Page] {
        site.posts.reversed() + site.pages
    }

    /// One page in the index: the digest of what its terms and document file are made from
    /// (`SearchDocument.inputDigest`), and the document itself unless the terms came from the
    /// build cache (it is then made again only if its file has to be written).
    struct Entry: Sendable {
        let id: Int
        let page: Page
        /// Nil without a build cache (nothing would compare it).
        let digest: String?
        let document: SearchDocument?
    }

    /// The index of `site`; with a build cache, the terms of every page whose inputs are
    /// unchanged are taken from it (an edit tokenizes one page, not every page). Pages are
    /// tokenized a batch at a time on all cores, and each batch merged in page order.
    init(site: Site, cache: RebuildCache? = nil) {
        let pages = Self.pages(of: site)
        let config = site.config
        var merger = Merger()
        var entries: [Entry] = []
        entries.reserveCapacity(pages.count)
        for start in stride(from: 0, to: pages.count, by: Self.batchSize) {
            let batch = Array(start..<min(start + Self.batchSize, pages.count))
            let made = batch.parallelMap(perWorker: { _ in SearchTermTable() }) { table, id -> (Entry, SearchDocumentTerms) in
                let page = pages[id]
                let digest = cache == nil ? nil : SearchDocument.inputDigest(of: page, config: config)
                if let cache, let digest, let terms = cache.searchTerms(page.sourcePath, digest: digest) {
                    return (Entry(id: id, page: page, digest: digest, document: nil), terms)
                }
                let document = SearchDocument(id: id, page: page, config: config)
                document.tokenize(page, into: &table)
                let terms = table.takeTerms()
                if let cache, let digest { cache.store(searchTerms: terms, digest: digest, for: page.sourcePath) }
                return (Entry(id: id, page: page, digest: digest, document: document), terms)
            }
            for (entry, terms) in made {
                merger.add(terms)
                entries.append(entry)
            }
        }
        self.init(entries: entries, merged: merger.finish(), config: config)
    }

    /// Every page's document for its result (made now for entries from the cache).
    var documents: [SearchDocument] { entries.indices.map(document(at:)) }

    func document(at id: Int) -> SearchDocument {
        let entry = entries[id]
        return entry.document ?? SearchDocument(id: id, page: entry.page, config: config)
    }

    private init(entries: [Entry], merged: Merged, config: SiteConfig) {
        self.entries = entries
        self.config = config
        let texts = merged.texts
        let order = texts.indices.sorted { texts[$0].utf8.lexicographicallyPrecedes(texts[$1].utf8) }
        terms = order.map { texts[$0] }
        postings = PostingLists(flat: merged.flat, starts: merged.starts, order: order)
        chunks = SearchChunk.cut(terms: terms, postings: postings, limit: Self.chunkBytes)
    }

    /// Every term's text (in the order first seen) and all postings, grouped by term.
    struct Merged {
        var texts: [String] = []
        /// Term `t`'s postings are `flat[starts[t]..<starts[t + 1]]`, ascending by document.
        var flat: [UInt32] = []
        var starts: [Int] = [0]
    }

    /// Merges documents' terms, added in id order (so each term's postings come out sorted by
    /// document), into one table. Per posting it keeps only the term's number and the weight
    /// (five bytes; a document's terms can be dropped once added); a word's text is made only
    /// the first time it is seen. `finish` places the postings in two passes over flat arrays.
    struct Merger {
        private var ids = TermNumbers(capacity: 1 << 16)
        private var texts: [String] = []
        private var counts: [Int] = []
        private var termOfPosting: [Int32] = []
        private var weights: [UInt8] = []
        /// Per document added, where its postings start in `termOfPosting`.
        private var documentStarts: [Int] = [0]

        mutating func add(_ terms: SearchDocumentTerms) {
            terms.forEachWord { key, utf8 in
                if ids.insert(key, next: texts.count) {
                    texts.append(String(decoding: utf8, as: UTF8.self))
                    counts.append(0)
                }
            }
            for key in terms.keys {
                if ids.insert(key, next: texts.count) {
                    texts.append(SearchTermTable.syllableText(key))
                    counts.append(0)
                }
                let term = ids.last
                counts[term] += 1
                termOfPosting.append(Int32(term))
            }
            weights.append(contentsOf: terms.weights)
            documentStarts.append(termOfPosting.count)
        }

        consuming func finish() -> Merged {
            var merged = Merged()
            merged.texts = texts
            merged.starts.reserveCapacity(counts.count + 1)
            for count in counts { merged.starts.append(merged.starts[merged.starts.count - 1] + count) }
            counts = []
            var next = Array(merged.starts.dropLast())
            merged.flat = [UInt32](repeating: 0, count: termOfPosting.count)
            for document in 0..<(documentStarts.count - 1) {
                let id = UInt32(document) << 6
                for position in documentStarts[document]..<documentStarts[document + 1] {
                    let term = Int(termOfPosting[position])
                    merged.flat[next[term]] = id | UInt32(weights[position])
                    next[term] += 1
                }
            }
            return merged
        }
    }

    /// Term numbers by key: open addressing over keys that are never 0 (every term key has
    /// bit 62 or 63 set) and already well mixed; the standard dictionary hashed each of the
    /// millions of lookups a site's index makes with SipHash.
    struct TermNumbers {
        private var keys: [UInt64]
        private var numbers: [Int32]
        private var count = 0
        /// The number of the key last passed to `insert`.
        private(set) var last = 0

        init(capacity: Int) {
            keys = Array(repeating: 0, count: capacity)
            numbers = Array(repeating: 0, count: capacity)
        }

        /// Looks `key` up, numbering it `next` when new (true then); its number is in `last`.
        mutating func insert(_ key: UInt64, next: Int) -> Bool {
            if count * 2 >= keys.count { grow() }
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: ((key ^ key >> 31) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while true {
                let found = keys[slot]
                if found == key { last = Int(numbers[slot]); return false }
                if found == 0 { break }
                slot = (slot + 1) & mask
            }
            keys[slot] = key
            numbers[slot] = Int32(next)
            count += 1
            last = next
            return true
        }

        private mutating func grow() {
            var bigger = TermNumbers(capacity: keys.count * 2)
            for slot in keys.indices where keys[slot] != 0 { _ = bigger.insert(keys[slot], next: Int(numbers[slot])) }
            self = bigger
        }
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

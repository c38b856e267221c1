import Foundation

/// What earlier builds learned, reused by the next one: which source files are unchanged (by
/// `stat`), the parsed pages of unchanged sources (Markdown rendered), post list entries
/// rendered from `partials/post-item`, and for every output file the digest of what it was
/// rendered from. With a folder (`persisting(in:)`) it is kept in `.sitegen-cache/build/` and
/// shared by `sitegen build` and `sitegen serve`; in memory only otherwise.
///
/// Every entry is checked against its inputs before use (a text's digest, the parse settings,
/// an output's input digest and the output file's identity), so an entry that is stale, from
/// another site or from a concurrent process is only a miss. A cache that cannot be read is
/// empty, never an error.
public final class RebuildCache: @unchecked Sendable {
    let lock = NSLock()
    let saveLock = NSLock()
    /// Where the cache is kept, nil in memory only.
    let store: CacheStore?
    var files: [String: FileEntry] = [:]
    /// Stamps with a modification time in this second or later are not trusted (the racy-git
    /// rule: a file changed in the same second as the cache was written may keep its stamp).
    var trustedBefore = Int.min
    var pages: [String: ParsedEntry] = [:]
    /// Whether `loadEntries()` has read the pages and fragments.
    var entriesLoaded = false
    var dirtyShards = Set<Int>()
    var fragments: [String: RenderedEntry] = [:]
    var fragmentsChanged = false
    /// Fragments asked for since the last save: the others belong to posts that are gone.
    var usedFragments = Set<String>()
    /// Rendered outputs kept in memory by dry runs (`sitegen serve`), by output path.
    var rendered: [String: RenderedEntry] = [:]
    /// Output files of the last build into each output folder, by folder key and output path.
    var outputs: [String: [String: OutputEntry]] = [:]

    /// A cache in memory only.
    public init() { store = nil }

    /// The cache kept under `<root>/.sitegen-cache/build/`, as far as it can be read and was
    /// written by this binary (`toolVersion`) in this format.
    public init(persistingIn root: URL, toolVersion: String) {
        store = CacheStore(folder: root.appendingPathComponent(".sitegen-cache/build"), toolVersion: toolVersion)
        loadFromStore()
    }

    /// A source file as the cache saw it: its stamp and the digest of its bytes.
    struct FileEntry: Codable, Equatable, Sendable {
        var stamp: FileStamp
        var digest: String
    }

    /// A parsed page (nil when the file is not a page) and its problems, with what it was made from.
    struct ParsedEntry: Codable, Sendable {
        var textDigest: String
        var settings: String
        var page: Page?
        var problems: [Diagnostic]
        /// The page's search terms, once the search index has made them.
        var search: SearchEntry? = nil
    }

    /// A page's search terms and the digest of their inputs (`SearchDocument.inputDigest`).
    struct SearchEntry: Codable, Sendable {
        var digest: String
        var keys: PackedArray<UInt64>
        var weights: PackedArray<UInt8>
        var wordKeys: PackedArray<UInt64>
        /// The word terms' UTF-8, each followed by a NUL (raw bytes: read in one copy, and no
        /// string is made until the index meets a word it has not seen).
        var wordBytes: PackedArray<UInt8>

        init(digest: String, terms: SearchDocumentTerms) {
            self.digest = digest
            keys = PackedArray(terms.keys)
            weights = PackedArray(terms.weights)
            wordKeys = PackedArray(terms.wordKeys)
            wordBytes = PackedArray(terms.wordBytes)
        }

        /// The terms, or nil when the entry does not add up.
        var terms: SearchDocumentTerms? {
            SearchDocumentTerms(keys: keys.elements, weights: weights.elements, wordKeys: wordKeys.elements, wordBytes: wordBytes.elements)
        }
    }

    /// A rendered file or fragment and the digest of its inputs.
    struct RenderedEntry: Codable, Sendable {
        var digest: String
        var contents: String
    }

    /// A file the last build wrote: the digest of its inputs and its identity when written.
    struct OutputEntry: Codable, Equatable, Sendable {
        var digest: String
        var stamp: FileStamp
    }

    /// What parsing a page depends on besides its text and path: all of `site.yaml` (with
    /// `--base-url` applied), and the Markdown options every page starts from.
    struct ParseSettings: Encodable {
        var config: SiteConfig
        var options: MarkdownOptions

        var key: String { DigestEncoder.digest(of: self).hex }
    }
}

// MARK: - Source files and pages

extension RebuildCache {
    /// The digest of a file's bytes when its stamp is what the cache recorded and not racy.
    func unchangedDigest(of sourcePath: String, stamp: FileStamp) -> String? {
        lock.withLock {
            guard let entry = files[sourcePath], entry.stamp == stamp, stamp.mtimeSeconds < trustedBefore else { return nil }
            return entry.digest
        }
    }

    func store(digest: String, stamp: FileStamp, for sourcePath: String) {
        lock.withLock { files[sourcePath] = FileEntry(stamp: stamp, digest: digest) }
    }

    /// Forgets files no longer in the site.
    func keepFiles(_ sourcePaths: Set<String>) {
        lock.withLock {
            files = files.filter { sourcePaths.contains($0.key) }
            for path in pages.keys where !sourcePaths.contains(path) {
                pages[path] = nil
                dirtyShards.insert(CacheStore.shard(of: path))
            }
        }
    }

    /// Whether a parse of this text with these settings is known.
    func hasParsed(_ sourcePath: String, textDigest: String, settings: String) -> Bool {
        lock.withLock { pages[sourcePath].map { $0.textDigest == textDigest && $0.settings == settings } ?? false }
    }

    func parsed(_ sourcePath: String, textDigest: String, settings: String) -> ParsedEntry? {
        lock.withLock {
            guard let entry = pages[sourcePath], entry.textDigest == textDigest, entry.settings == settings else { return nil }
            return entry
        }
    }

    func store(_ entry: ParsedEntry, for sourcePath: String) {
        lock.withLock {
            pages[sourcePath] = entry
            dirtyShards.insert(CacheStore.shard(of: sourcePath))
        }
    }
}

// MARK: - Search terms

extension RebuildCache {
    /// The search terms of a page whose inputs have this digest, if a build made them.
    func searchTerms(_ sourcePath: String, digest: String) -> SearchDocumentTerms? {
        let entry = lock.withLock { pages[sourcePath]?.search }
        return entry.flatMap { $0.digest == digest ? $0.terms : nil }  // made outside the lock
    }

    /// Keeps a page's search terms with its parse (nothing when the page has no parse entry).
    func store(searchTerms terms: SearchDocumentTerms, digest: String, for sourcePath: String) {
        lock.withLock {
            guard pages[sourcePath] != nil else { return }
            pages[sourcePath]?.search = SearchEntry(digest: digest, terms: terms)
            dirtyShards.insert(CacheStore.shard(of: sourcePath))
        }
    }
}

// MARK: - Rendered files

extension RebuildCache {
    /// A fragment (a post's list entry) rendered before from inputs with this digest.
    func fragment(_ key: String, digest: String) -> String? {
        lock.withLock {
            usedFragments.insert(key)
            return fragments[key].flatMap { $0.digest == digest ? $0.contents : nil }
        }
    }

    func store(fragment contents: String, for key: String, digest: String) {
        lock.withLock {
            fragments[key] = RenderedEntry(digest: digest, contents: contents)
            usedFragments.insert(key)
            fragmentsChanged = true
        }
    }

    /// A file a dry run rendered before from inputs with this digest (`sitegen serve`).
    func rendered(_ outputPath: String, digest: String) -> String? {
        lock.withLock { rendered[outputPath].flatMap { $0.digest == digest ? $0.contents : nil } }
    }

    func store(rendered contents: String, for outputPath: String, digest: String) {
        lock.withLock { rendered[outputPath] = RenderedEntry(digest: digest, contents: contents) }
    }

    /// What the last build into the output folder `folder` recorded for each file it wrote.
    func outputRecord(in folder: String) -> [String: OutputEntry] {
        lock.withLock {
            if let known = outputs[folder] { return known }
            let loaded = store?.loadOutputs(folder: folder) ?? [:]
            outputs[folder] = loaded
            return loaded
        }
    }

    /// Replaces the record of an output folder (after a build wrote it).
    func recordOutputs(_ entries: [String: OutputEntry], in folder: String) {
        lock.withLock { outputs[folder] = entries }
        store?.saveOutputs(entries, folder: folder)
    }
}

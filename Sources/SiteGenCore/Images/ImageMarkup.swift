/// Writes the HTML of a processed image: `<picture>` with one `<source>` per modern format and
/// an `<img>` of the original with its width and height, so the browser reserves the space
/// before the image arrives (no layout shift).
struct ImageMarkup {
    /// What URLs start with (`/` or `/blog/`).
    let basePath: String
    /// The `sizes` attribute of every `<source>`.
    let sizes: String

    /// The markup for `image`; `lazy` adds `loading="lazy"` (every image but a page's first).
    func html(for image: ProcessedImage, alt: String, title: String?, lazy: Bool) -> String {
        let img = imgTag(image, alt: alt, title: title, lazy: lazy)
        let sources = [ImageFormat.avif, .webp].compactMap { source(for: image, in: $0) }
        guard !sources.isEmpty else { return img }
        return "<picture>" + sources.joined() + img + "</picture>"
    }

    /// `<img>` of the original, with every attribute escaped.
    func imgTag(_ image: ProcessedImage, alt: String, title: String?, lazy: Bool) -> String {
        var tag = "<img src=\"\(HTML.escape(href(image.outputPath)))\" alt=\"\(HTML.escape(alt))\""
        if let title { tag += " title=\"\(HTML.escape(title))\"" }
        tag += " width=\"\(image.width)\" height=\"\(image.height)\""
        if lazy { tag += " loading=\"lazy\"" }
        return tag + " decoding=\"async\">"
    }

    /// `<source type srcset sizes>` for one format, nil when no rendition of it was kept. When
    /// some widths were not kept (the rendition was not smaller than the original), the
    /// original stands in as the widest candidate, so no browser is left with a too-narrow file.
    func source(for image: ProcessedImage, in format: ImageFormat) -> String? {
        let kept = image.variants(in: format)
        guard !kept.isEmpty else { return nil }
        var candidates = kept.map { "\(href($0.outputPath)) \($0.width)w" }
        if kept.count < image.widths.count, kept.last?.width != image.width {
            candidates.append("\(href(image.outputPath)) \(image.width)w")
        }
        let srcset = HTML.escape(candidates.joined(separator: ", "))
        return "<source type=\"\(format.mimeType)\" srcset=\"\(srcset)\" sizes=\"\(HTML.escape(sizes))\">"
    }

    /// `posts/a.png` → `/blog/posts/a.png`, percent-encoded (so a URL never holds a space or a
    /// comma that would split a `srcset`).
    func href(_ outputPath: String) -> String {
        basePath + URLEncoding.encodePath(outputPath)
    }
}

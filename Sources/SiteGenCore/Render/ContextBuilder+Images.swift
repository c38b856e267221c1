/// A page's picture in its contexts: `page.image` (link previews), `post.cover` and the
/// `image` of list entries, from what the image stage processed (`site.images`).
extension ContextBuilder {
    /// The image that stands for a page: its front matter cover, else the first image of its
    /// body that the build processed; with the alt text it was written with.
    static func picture(of page: Page, in catalog: ImageCatalog) -> (image: ProcessedImage, alt: String)? {
        if let sitePath = page.cover?.sitePath, let image = catalog.image(at: sitePath) { return (image, "") }
        for reference in page.content.images {
            if let sitePath = reference.sitePath, let image = catalog.image(at: sitePath) { return (image, reference.alt) }
        }
        return nil
    }

    /// `og:image` for a page: the picture's social rendition, else the original when link
    /// previews can show it (PNG, JPEG, GIF; not SVG or AVIF).
    static func socialImage(of page: Page, config: SiteConfig, catalog: ImageCatalog) -> SocialImageContext? {
        guard let (image, alt) = picture(of: page, in: catalog) else { return nil }
        let description = alt.isEmpty ? page.title : alt
        if let social = image.social {
            return SocialImageContext(url: config.baseURL.absoluteURL("/" + social.outputPath), width: social.width, height: social.height,
                                      type: social.format.mimeType, alt: description)
        }
        guard [.png, .jpeg, .gif].contains(image.format) else { return nil }
        return SocialImageContext(url: config.baseURL.absoluteURL("/" + image.outputPath), width: image.width, height: image.height,
                                  type: image.format.mimeType, alt: description)
    }

    /// The picture of a post's list entry: lazy-loaded, alt text empty (the title links beside it).
    static func listImage(of page: Page, catalog: ImageCatalog, sizes: String, basePath: String) -> PictureContext? {
        guard let (image, _) = picture(of: page, in: catalog) else { return nil }
        return pictureContext(image, lazy: true, sizes: sizes, basePath: basePath)
    }

    /// The front matter cover at the top of a post: not lazy-loaded (it is seen first).
    func cover(of page: Page) -> PictureContext? {
        guard let sitePath = page.cover?.sitePath, let image = site.images.image(at: sitePath) else { return nil }
        return Self.pictureContext(image, lazy: false, sizes: site.config.images.sizes, basePath: site.config.baseURL.basePath)
    }

    private static func pictureContext(_ image: ProcessedImage, lazy: Bool, sizes: String, basePath: String) -> PictureContext {
        let markup = ImageMarkup(basePath: basePath, sizes: sizes)
        return PictureContext(html: markup.html(for: image, alt: "", title: nil, lazy: lazy), url: markup.href(image.outputPath),
                              width: image.width, height: image.height)
    }
}

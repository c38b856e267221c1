/// A page's picture in its contexts: `page.image` (link previews), `post.cover` and the
/// `image` of list entries, from what the image stage processed (`site.images`).
extension ContextBuilder {
    /// The image that stands for a page: its front matter cover, else the first image of its
    /// body that the build processed; with the alt text it was written with.
    static func picture(of page: Page, in catalog: ImageCatalog) -> (image: ProcessedImage, alt: String)? {
        pictures(of: page, in: catalog).first
    }

    /// Every processed image of a page in the order it stands for the page: the cover, then the
    /// body's images.
    static func pictures(of page: Page, in catalog: ImageCatalog) -> [(image: ProcessedImage, alt: String)] {
        let cover = page.cover?.sitePath.flatMap(catalog.image(at:)).map { (image: $0, alt: "") }
        let body = page.content.images.compactMap { reference in
            reference.sitePath.flatMap(catalog.image(at:)).map { (image: $0, alt: reference.alt) }
        }
        return (cover.map { [$0] } ?? []) + body
    }

    /// `og:image` for a page: of its pictures, the first that link previews can show: a social
    /// rendition, else an original PNG, JPEG or GIF (an SVG diagram before a photo is skipped).
    static func socialImage(of page: Page, config: SiteConfig, catalog: ImageCatalog) -> SocialImageContext? {
        for (image, alt) in pictures(of: page, in: catalog) {
            let description = alt.isEmpty ? page.title : alt
            if let social = image.social {
                return SocialImageContext(url: config.baseURL.absoluteURL("/" + social.outputPath), width: social.width, height: social.height,
                                          type: social.format.mimeType, alt: description)
            }
            if [.png, .jpeg, .gif].contains(image.format) {
                return SocialImageContext(url: config.baseURL.absoluteURL("/" + image.outputPath), width: image.width, height: image.height,
                                          type: image.format.mimeType, alt: description)
            }
        }
        return nil
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

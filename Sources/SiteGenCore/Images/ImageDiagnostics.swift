import Foundation

/// The image stage's failures as diagnostics at the Markdown file and line that use the image.
enum ImageDiagnostics {
    static func diagnostic(_ failure: ImageFailure, at use: ImageUse) -> Diagnostic {
        let image = "image \"\(use.destination)\""
        let message: String
        switch failure {
        case .libraryUnavailable:
            message = "\(image) cannot be processed: libvips did not start; install libvips (apt-get install libvips-dev)"
        case .notAnImage:
            // A file that is no image at all (a placeholder, a PDF) is published as it is, as
            // Jekyll and Hugo would; only images sitegen could not finish fail the build.
            return .warning(use.sourcePath, line: use.line, column: use.column,
                            "\(image) is not a PNG, JPEG, GIF, WebP or SVG file (its bytes are no image format sitegen reads); it is published as it is, without renditions or a size")
        case .unsupported(let loader):
            message = "\(image) is \(formatName(loader: loader, destination: use.destination)), which sitegen does not process; "
                + "convert it to PNG, JPEG, GIF or WebP"
        case .undecodable(let format):
            message = "\(image) cannot be decoded: its \(format.name) data is truncated or corrupt; export the image again"
        case .encodeFailed(let format, let reason):
            message = "\(image) could not be encoded as \(format.name): \(reason)"
        case .resizeFailed(let reason):
            message = "\(image) could not be resized: \(reason)"
        case .wrongExtension(let actual, let claimed):
            message = "\(image) holds \(actual.name) data, not \(claimed.name); rename it to end in .\(actual.fileExtension)"
        case .tooLarge(let width, let height, let limit):
            message = "\(image) is \(width)×\(height) (\(megapixels(width * height)) megapixels), more than images.maxPixels "
                + "(\(megapixels(limit)) megapixels); scale it down, or raise the limit in site.yaml"
        case .unreadable(let reason):
            message = "\(image) cannot be read: \(reason)"
        case .svgWithoutSize:
            return .warning(use.sourcePath, line: use.line, column: use.column,
                            "SVG \(image) declares no width and height or viewBox, so the page cannot reserve its space; add a viewBox")
        }
        return .error(use.sourcePath, line: use.line, column: use.column, message)
    }

    /// What libvips' loader name says the file is (`a TIFF file`), in words.
    static func formatName(loader: String, destination: String) -> String {
        let names = ["tiff": "TIFF", "heif": "HEIC", "svg": "SVG", "pdf": "PDF", "jp2k": "JPEG 2000", "jxl": "JPEG XL",
                     "ppm": "PPM", "rad": "Radiance", "fits": "FITS", "csv": "CSV", "matrix": "matrix", "openexr": "OpenEXR"]
        if let name = names[loader] { return "a \(name) file" }
        guard let dot = destination.lastIndex(of: "."), destination.index(after: dot) < destination.endIndex else {
            return "in a format"
        }
        return "a \(destination[destination.index(after: dot)...].uppercased()) file"
    }

    /// `400000000` → `400`, `2500000` → `2.5`.
    static func megapixels(_ pixels: Int) -> String {
        let value = Double(pixels) / 1_000_000
        return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

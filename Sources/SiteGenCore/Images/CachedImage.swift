/// What the image cache keeps for one original: what was learnt about it and the files made
/// from it. Written as a few lines of text (`info` in the entry's folder).
struct CachedImage: Sendable, Equatable {
    var format: ImageFormat
    var kind: ProcessedImage.Kind
    var width: Int
    var height: Int
    /// Size of the original.
    var bytes: Int
    var widths: [Int] = []
    /// Renditions kept, by format, then width.
    var files: [File] = []
    /// The `og:image` rendition, when the original cannot serve.
    var social: File?

    /// A file in the entry's folder (`480.webp`).
    struct File: Sendable, Equatable {
        var format: ImageFormat
        var width: Int
        var height: Int
        var bytes: Int

        /// `480.webp`, `social.jpg`.
        var name: String { "\(width).\(format.fileExtension)" }
    }

    /// The first line of every entry; a new layout gets a new number.
    static let header = "sitegen-image-cache 1"

    /// The entry as text.
    var text: String {
        var lines = [Self.header, "image \(format.rawValue) \(kind.rawValue) \(width) \(height) \(bytes)",
                     "widths " + widths.map(String.init).joined(separator: " ")]
        lines += files.map { "file \($0.format.rawValue) \($0.width) \($0.height) \($0.bytes)" }
        if let social { lines.append("social \(social.format.rawValue) \(social.width) \(social.height) \(social.bytes)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads `text`; nil for anything this version did not write.
    init?(text: String) {
        let lines = text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        guard lines.first?.joined(separator: " ") == Self.header, lines.count >= 3,
              lines[1].count == 6, lines[1][0] == "image", lines[2].first == "widths",
              let format = ImageFormat(rawValue: lines[1][1]), let kind = ProcessedImage.Kind(rawValue: lines[1][2]),
              let width = Int(lines[1][3]), let height = Int(lines[1][4]), let bytes = Int(lines[1][5]) else { return nil }
        self.init(format: format, kind: kind, width: width, height: height, bytes: bytes)
        widths = lines[2].dropFirst().compactMap { Int($0) }
        for line in lines.dropFirst(3) {
            guard line.count == 5, let file = Self.file(line) else { return nil }
            if line[0] == "file" { files.append(file) } else if line[0] == "social" { social = file } else { return nil }
        }
    }

    init(format: ImageFormat, kind: ProcessedImage.Kind, width: Int, height: Int, bytes: Int) {
        self.format = format
        self.kind = kind
        self.width = width
        self.height = height
        self.bytes = bytes
    }

    private static func file(_ fields: [String]) -> File? {
        guard let format = ImageFormat(rawValue: fields[1]), let width = Int(fields[2]), let height = Int(fields[3]),
              let bytes = Int(fields[4]) else { return nil }
        return File(format: format, width: width, height: height, bytes: bytes)
    }
}

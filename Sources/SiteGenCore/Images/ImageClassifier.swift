/// Tells graphics (diagrams, screenshots, drawings: lossless WebP keeps their edges exact and
/// is small) from photos (lossy is many times smaller and looks the same).
enum ImageClassifier {
    /// A JPEG is a photo; an image with alpha, a GIF, or pixels with few colours or large flat
    /// areas is a graphic; anything else is a photo. `sample` is the decoded copy the
    /// renditions are made from.
    static func kind(of header: ImageHeader, sample: PixelSample?) -> ProcessedImage.Kind {
        if header.format == .jpeg { return .photo }
        if header.hasAlpha || header.format == .gif { return .graphic }
        guard let sample else { return .photo }
        return flatness(sample) >= 0.35 || colourCount(sample, upTo: 257) <= 256 ? .graphic : .photo
    }

    /// The share of pixels equal to their left neighbour: near 0 for a photo (noise differs
    /// in every pixel), more than half for a diagram or a screenshot.
    static func flatness(_ sample: PixelSample) -> Double {
        let bands = sample.bands, rowBytes = sample.width * bands
        guard sample.width > 1, sample.height > 0, sample.bytes.count >= rowBytes * sample.height else { return 0 }
        var equal = 0
        sample.bytes.withUnsafeBufferPointer { bytes in
            for row in 0..<sample.height {
                let start = row * rowBytes
                for offset in stride(from: start + bands, to: start + rowBytes, by: bands) {
                    var same = true
                    for band in 0..<bands where bytes[offset + band] != bytes[offset - bands + band] {
                        same = false
                        break
                    }
                    if same { equal += 1 }
                }
            }
        }
        return Double(equal) / Double((sample.width - 1) * sample.height)
    }

    /// Distinct colours in the sample, counting stops at `limit`.
    static func colourCount(_ sample: PixelSample, upTo limit: Int) -> Int {
        let bands = sample.bands
        guard bands > 0 else { return 0 }
        var colours = Set<UInt32>()
        var index = 0
        while index + bands <= sample.bytes.count {
            var colour: UInt32 = 0
            for band in 0..<min(bands, 4) { colour = colour << 8 | UInt32(sample.bytes[index + band]) }
            colours.insert(colour)
            if colours.count >= limit { break }
            index += bands
        }
        return colours.count
    }
}

@testable import SiteGenCore

/// Images made in the test itself, so no binary fixture is needed: PNGs written byte by byte
/// (deflate's stored blocks, no compression), JPEG and WebP through sitegen's own libvips
/// wrapper, and two GIFs spelled out.
enum TestImages {
    /// A PNG of `width`×`height` whose pixel at (x, y) is `pixel(x, y)` (3 or 4 bytes).
    static func png(width: Int, height: Int, alpha: Bool = false, pixel: (Int, Int) -> [UInt8]) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity((width * (alpha ? 4 : 3) + 1) * height)
        for y in 0..<height {
            raw.append(0)  // filter: none
            for x in 0..<width { raw += pixel(x, y) }
        }
        return pngFile(width: width, height: height, colourType: alpha ? 6 : 2, data: zlibStored(raw))
    }

    /// A PNG whose header claims `width`×`height` but whose data is a few bytes: what a
    /// decompression bomb looks like before it is decoded.
    static func pngHeaderOnly(width: Int, height: Int) -> [UInt8] {
        pngFile(width: width, height: height, colourType: 2, data: zlibStored([0, 0, 0, 0]))
    }

    /// Noise: every pixel differs from its neighbours (a photo to the classifier).
    static func photo(width: Int, height: Int) -> [UInt8] {
        var state: UInt32 = 12345
        return png(width: width, height: height) { x, y in
            state = state &* 1_103_515_245 &+ 12345
            let noise = UInt8(truncatingIfNeeded: state >> 16) / 4
            return [UInt8(truncatingIfNeeded: x) / 2 &+ noise, UInt8(truncatingIfNeeded: y) / 2 &+ noise, 128 &+ noise / 2]
        }
    }

    /// Flat blocks of four colours (a diagram to the classifier).
    static func graphic(width: Int, height: Int) -> [UInt8] {
        png(width: width, height: height) { x, y in
            [[240, 240, 240], [66, 133, 244], [52, 168, 83], [20, 20, 20]][(x / 40 + y / 30) % 4]
        }
    }

    /// `png` re-encoded by libvips.
    static func encoded(_ png: [UInt8], as format: ImageFormat, width: Int, quality: Int = 80) -> [UInt8] {
        let encoding = Encoding(format: format, quality: quality, lossless: false, effort: 0)
        let result = LibVips.resize(png, toWidth: width, format: .png) { $0.encode(encoding) }
        return (try? result.get()) ?? []
    }

    /// `jpeg` with an EXIF segment whose Make tag is `make` (right after the start marker).
    static func withEXIF(make: String, _ jpeg: [UInt8]) -> [UInt8] {
        let text = Array(make.utf8) + [0]
        let ifd: [UInt8] = [0x01, 0x00, 0x0F, 0x01, 0x02, 0x00] + littleEndian(UInt32(text.count)) + littleEndian(26) + [0, 0, 0, 0]
        let tiff: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00] + ifd + text
        let payload = Array("Exif".utf8) + [0, 0] + tiff
        let length = payload.count + 2
        return Array(jpeg.prefix(2)) + [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload + jpeg.dropFirst(2)
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
    }

    /// A 1×1 GIF.
    static let gif: [UInt8] = header + frame + [0x3B]

    /// A 1×1 GIF with two frames.
    static let animatedGIF: [UInt8] = header + [0x21, 0xFF, 0x0B] + Array("NETSCAPE2.0".utf8) + [0x03, 0x01, 0x00, 0x00, 0x00]
        + frame + frame + [0x3B]

    private static let header: [UInt8] = Array("GIF89a".utf8) + [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00]
    private static let frame: [UInt8] = [0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00,
                                         0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
                                         0x02, 0x02, 0x44, 0x01, 0x00]

    /// The start of a little-endian TIFF: enough for libvips to recognise the format.
    static let tiff: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]

    private static func pngFile(width: Int, height: Int, colourType: UInt8, data: [UInt8]) -> [UInt8] {
        let header = bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, colourType, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", data) + chunk("IEND", [])
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    /// zlib data in stored (uncompressed) deflate blocks.
    private static func zlibStored(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65535, raw.count - offset)
            let last: UInt8 = offset + length == raw.count ? 1 : 0
            out += [last, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += raw[offset..<offset + length]
            offset += length
        } while offset < raw.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in raw {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return out + bigEndian(b << 16 | a)
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}

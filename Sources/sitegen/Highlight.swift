import ArgumentParser
import Foundation
import SiteGenCore

/// `sitegen highlight`: a hidden tool for the highlighting benchmarks in `bench/`. It renders
/// files as code blocks, prints their tokens for comparison with Pygments, or times them.
struct Highlight: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Highlight files as code blocks (for bench/highlight_accuracy.py and bench/highlight_speed.sh).",
        discussion: """
        Default: print each file's code block HTML. --tokens: one JSON line per file, \
        {"file", "language", "known", "tokens": [[class, startByte, endByte], …]} (class "" never \
        appears; gaps are plain text). --repeat N: render every file N times and print bytes, \
        blocks, CPU seconds, MB/s and microseconds per block.
        """,
        shouldDisplay: false
    )

    @Option(name: .long, help: ArgumentHelp("The info string, e.g. \"kotlin {3-5} linenos\".", valueName: "info"))
    var info: String = ""

    @Flag(name: .long, help: "Print tokens as JSON lines instead of HTML.")
    var tokens = false

    @Option(name: .long, help: ArgumentHelp("Render every file this many times and print the speed.", valueName: "n"))
    var `repeat`: Int?

    @Argument(help: "Files to highlight.")
    var files: [String]

    func run() throws {
        let codes = try files.map { try String(contentsOfFile: $0, encoding: .utf8) }
        if let count = `repeat` {
            printSpeed(codes, rounds: max(count, 1))
        } else if tokens {
            let language = String(info.split(separator: " ").first ?? "")
            for (file, code) in zip(files, codes) { print(tokenLine(file: file, code: code, language: language)) }
        } else {
            for code in codes { print(CodeBlockRenderer.render(code: code, info: info).html, terminator: "") }
        }
    }

    private func tokenLine(file: String, code: String, language: String) -> String {
        let found = CodeBlockRenderer.tokens(code: code, language: language)
        let list = (found ?? []).map { "[\"\($0.kind.cssClass)\",\($0.start),\($0.end)]" }.joined(separator: ",")
        return "{\"file\":\(jsonString(file)),\"language\":\(jsonString(language)),\"known\":\(found != nil),\"tokens\":[\(list)]}"
    }

    private func jsonString(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text])) ?? Data("[\"\"]".utf8)
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }

    /// Renders every file `rounds` times and prints the CPU time this process spent (not wall
    /// time: on a shared machine other processes' load would count).
    private func printSpeed(_ codes: [String], rounds: Int) {
        let bytes = codes.reduce(0) { $0 + $1.utf8.count } * rounds
        var html = 0
        let start = cpuSeconds()
        for _ in 0..<rounds {
            for code in codes { html &+= CodeBlockRenderer.render(code: code, info: info).html.utf8.count }
        }
        let seconds = max(cpuSeconds() - start, 1e-9)
        let blocks = codes.count * rounds
        print(String(format: "bytes %d blocks %d seconds %.4f MB/s %.1f us/block %.2f html-bytes %d",
                     bytes, blocks, seconds, Double(bytes) / seconds / 1e6, seconds * 1e6 / Double(blocks), html))
    }

    private func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

// One YAML text read as every career data file (profile, levels, goals, competencies,
// todos, checklist), then validated and summed up as the dashboard does.
import Foundation
@testable import SiteGenCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCareerData(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let now = Date(timeIntervalSince1970: 1_735_689_600)
    let zone = TimeZone(identifier: "Asia/Seoul") ?? .gmt
    for name in CareerParser.fileNames {
        let (career, _) = CareerParser(timeZone: zone).parse([SourceFile(sourcePath: "content/data/\(name).yaml", text: text)])
        guard let career else { continue }
        _ = CareerValidator(career: career, postTags: ["spring"], postSlugs: ["a"], now: now, timeZone: zone).validate()
        _ = CareerProgress(career: career, posts: [], now: now, timeZone: zone)
    }
    return 0
}

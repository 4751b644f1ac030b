import Instances
import Testing

@Suite("Splits")
struct SplitTests {
    @Test("seed ranges of all levels and splits are pairwise disjoint")
    func disjoint() {
        let ranges = HardnessLevel.allCases.flatMap { level in Split.allCases.map { SplitPlan.seeds(level: level, split: $0) } }
        for (position, range) in ranges.enumerated() {
            for other in ranges[(position + 1)...] { #expect(!range.overlaps(other), "\(range) overlaps \(other)") }
        }
    }

    @Test("split sizes are as documented", arguments: [
        (HardnessLevel.tiny, [10, 5, 5]), (.easy, [1000, 100, 100]), (.medium, [500, 50, 50]), (.hard, [100, 20, 20]),
    ])
    func sizes(level: HardnessLevel, expected: [Int]) {
        #expect(Split.allCases.map { SplitPlan.count(level: level, split: $0) } == expected)
        #expect(Split.allCases.map { SplitPlan.seeds(level: level, split: $0).count } == expected)
    }

    @Test("the library lists every instance once")
    func libraryListing() {
        let ids = InstanceLibrary.ids(level: .easy)
        #expect(ids.count == InstanceLibrary.distributions.count * 1200)
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
        #expect(InstanceLibrary.ids(distribution: "setcover", level: .tiny, split: .test).map(\.seed) == Array(1_200_000..<1_200_005))
    }
}

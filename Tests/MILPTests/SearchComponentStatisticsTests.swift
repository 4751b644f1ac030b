import MILP
import Testing

@Suite("Search component statistics")
struct SearchComponentStatisticsTests {
    @Test("merging adds up the components of both searches and keeps the others in order")
    func mergingAddsUpSharedComponents() {
        let root = [
            SearchComponentStatistics(name: "knapsack-cover", kind: .separator, calls: 3, found: 6, accepted: 5, time: .milliseconds(2)),
            SearchComponentStatistics(name: "rens", kind: .heuristic, calls: 1, found: 1, accepted: 1, time: .milliseconds(5)),
        ]
        let later = [
            SearchComponentStatistics(name: "rens", kind: .heuristic, calls: 1, found: 0, accepted: 0, time: .milliseconds(4)),
            SearchComponentStatistics(name: "rins", kind: .heuristic, calls: 7, found: 2, accepted: 1, time: .milliseconds(30)),
        ]
        let merged = root.merged(with: later)
        #expect(merged.map(\.name) == ["knapsack-cover", "rens", "rins"])
        #expect(merged[0] == root[0])
        #expect(merged[1] == SearchComponentStatistics(name: "rens", kind: .heuristic, calls: 2, found: 1, accepted: 1, time: .milliseconds(9)))
        #expect(merged[2] == later[1])
        #expect(([] as [SearchComponentStatistics]).merged(with: later) == later)
    }
}

import MILP
@testable import Search
import Testing

/// A separator that returns the cuts it is given, for driving the loop deterministically.
private final class ListedSeparator: CutSeparator {
    let name: String
    var cuts: [Cut]
    private(set) var calls = 0

    init(name: String, cuts: [Cut]) {
        self.name = name
        self.cuts = cuts
    }

    func separate(_ values: [Double]) -> [ScoredCut] {
        calls += 1
        return cuts.compactMap { cut in
            let efficacy = cut.efficacy(at: values)
            return efficacy > 0 ? ScoredCut(cut: cut, efficacy: efficacy) : nil
        }
    }
}

@Suite("the cut pool and the cut loop")
struct CutPoolTests {
    let model: Model
    let x: [Variable]

    init() {
        var model = Model()
        x = model.addVariables(count: 3, kind: .binary)
        self.model = model
    }

    @Test("a cut and a positive multiple of it are one pool entry")
    func duplicatesAreMerged() {
        var pool = CutPool()
        let first = pool.insert(Cut(x[0] + x[1], atMost: 1))
        let multiple = pool.insert(Cut(2 * x[0] + 2 * x[1], atMost: 2))
        let tighter = pool.insert(Cut(x[0] + x[1], atMost: 0.5))
        #expect(first && !multiple && tighter)
        #expect(pool.entries.count == 2)
    }

    @Test("satisfied cuts age out, violated ones stay young")
    func aging() {
        var pool = CutPool(maximumAge: 2)
        let violatedCut = Cut(x[0] + x[1], atMost: 1)
        pool.insert(violatedCut)
        pool.insert(Cut(x[1] + x[2], atMost: 1))
        let point = [0.9, 0.9, 0.0]
        for _ in 0..<3 {
            let violated = pool.violatedCuts(at: point, minimumEfficacy: 1e-4)
            #expect(violated.map(\.cut) == [violatedCut])
        }
        #expect(pool.entries.map(\.cut) == [violatedCut], "the cut satisfied three scans in a row left the pool")
        #expect(pool.entries.first?.age == 0)
    }

    @Test("the root's rounds are capped")
    func roundCap() {
        let separator = ListedSeparator(name: "listed", cuts: [Cut(x[0] + x[1], atMost: 1)])
        var limits = CutLoop.Limits()
        limits.rootRounds = 2
        let loop = CutLoop(separators: [separator], usesPool: false, limits: limits)
        let values = [0.9, 0.9, 0.0]
        #expect(loop.round(at: .init(node: 1, depth: 0, values: values, objective: 1)).count == 1)
        #expect(loop.round(at: .init(node: 1, depth: 0, values: values, objective: 2)).count == 1)
        #expect(loop.round(at: .init(node: 1, depth: 0, values: values, objective: 3)).isEmpty)
        #expect(separator.calls == 2)
        #expect(loop.round(at: .init(node: 2, depth: 0, values: values, objective: 4)).count == 1, "a new node starts its own count")
    }

    @Test("rounds that do not move the objective end the loop")
    func stall() {
        let separator = ListedSeparator(name: "listed", cuts: [Cut(x[0] + x[1], atMost: 1)])
        var limits = CutLoop.Limits()
        limits.stallRounds = 2
        let loop = CutLoop(separators: [separator], usesPool: false, limits: limits)
        let values = [0.9, 0.9, 0.0]
        #expect(!loop.round(at: .init(node: 1, depth: 0, values: values, objective: 10)).isEmpty)
        #expect(!loop.round(at: .init(node: 1, depth: 0, values: values, objective: 10)).isEmpty)
        #expect(loop.round(at: .init(node: 1, depth: 0, values: values, objective: 10)).isEmpty)
    }

    @Test("a separator none of whose cuts is chosen is left out for the rest of the node")
    func fruitlessSeparatorIsLeftOut() {
        let useful = ListedSeparator(name: "useful", cuts: [Cut(x[0] + x[1], atMost: 1)])
        let fruitless = ListedSeparator(name: "fruitless", cuts: [Cut(1 * x[2], atMost: 1)])
        var limits = CutLoop.Limits()
        limits.fruitlessRounds = 2
        let loop = CutLoop(separators: [useful, fruitless], usesPool: false, limits: limits)
        let values = [0.9, 0.9, 0.0]
        for objective in 1...4 {
            #expect(loop.round(at: .init(node: 1, depth: 0, values: values, objective: Double(objective))).count == 1)
        }
        #expect(useful.calls == 4)
        #expect(fruitless.calls == 2, "called again after two rounds without a chosen cut")
        _ = loop.round(at: .init(node: 2, depth: 0, values: values, objective: 5))
        #expect(fruitless.calls == 3, "a new node gives it another chance")
    }

    @Test("cuts longer than the length limit are never chosen")
    func longCutsAreLeftOut() {
        var model = Model()
        let y = model.addVariables(count: 6, kind: .binary)
        let long = Cut(terms: y.map { .init(1, $0) }, rightHandSide: 4)
        let short = Cut(y[0] + y[1], atMost: 1)
        var limits = CutLoop.Limits()
        limits.maximumLength = 5
        let loop = CutLoop(separators: [ListedSeparator(name: "listed", cuts: [long, short])], usesPool: false, limits: limits)
        let values = [Double](repeating: 0.9, count: 6)
        #expect(long.efficacy(at: values) > short.efficacy(at: values), "the long cut would be chosen first")
        #expect(loop.round(at: .init(node: 1, depth: 0, values: values, objective: 0)) == [short])
    }

    @Test("of two parallel cuts only the more efficacious is chosen")
    func parallelCutsAreFiltered() {
        let weak = Cut(x[0] + x[1], atMost: 1.5)
        let strong = Cut(x[0] + x[1], atMost: 1)
        let other = Cut(x[0] + x[2], atMost: 0.5)
        let loop = CutLoop(separators: [ListedSeparator(name: "listed", cuts: [weak, strong, other])], usesPool: false)
        let chosen = loop.round(at: .init(node: 1, depth: 0, values: [0.9, 0.9, 0.0], objective: 0))
        #expect(chosen == [strong, other])
    }

    @Test("a pooled cut comes back at a node where the separators do not run")
    func poolReturnsCuts() throws {
        let separator = ListedSeparator(name: "listed", cuts: [Cut(x[0] + x[1], atMost: 1)])
        var limits = CutLoop.Limits()
        limits.separationFrequency = 0
        let loop = CutLoop(separators: [separator], limits: limits)
        #expect(loop.round(at: .init(node: 1, depth: 0, values: [0.9, 0.9, 0], objective: 0)).count == 1)
        let deeper = loop.round(at: .init(node: 5, depth: 3, values: [0.8, 0.8, 0], objective: 0))
        #expect(deeper == [Cut(x[0] + x[1], atMost: 1)])
        #expect(separator.calls == 1, "below the root only the pool ran")
        let statistics = loop.componentStatistics
        #expect(statistics.map(\.name) == ["listed", CutLoop.poolName])
        #expect(statistics[0].calls == 1 && statistics[0].found == 1 && statistics[0].accepted == 1)
        #expect(statistics[1].calls == 2 && statistics[1].found == 1 && statistics[1].accepted == 1)
    }
}

/// The fixed seed ranges of every level's train, valid and test splits.
///
/// The seed of instance `index` of a split is `levelBase + splitOffset + index`, with level bases
/// tiny 1 000 000, easy 2 000 000, medium 3 000 000, hard 4 000 000 and split offsets train 0,
/// valid 100 000, test 200 000, so no two (level, split) pairs share a seed. The sizes:
///
/// | level  | train | valid | test |
/// |--------|------:|------:|-----:|
/// | tiny   |    10 |     5 |    5 |
/// | easy   |  1000 |   100 |  100 |
/// | medium |   500 |    50 |   50 |
/// | hard   |   100 |    20 |   20 |
///
/// The same plan holds for every distribution; instances of different distributions differ by
/// their generator even where seeds coincide.
public enum SplitPlan {
    /// The number of instances in `split` of `level`.
    public static func count(level: HardnessLevel, split: Split) -> Int {
        switch (level, split) {
        case (.tiny, .train): 10
        case (.tiny, _): 5
        case (.easy, .train): 1000
        case (.easy, _): 100
        case (.medium, .train): 500
        case (.medium, _): 50
        case (.hard, .train): 100
        case (.hard, _): 20
        }
    }

    /// The seeds of `split` of `level`, in index order.
    public static func seeds(level: HardnessLevel, split: Split) -> Range<UInt64> {
        let first = base(of: level) + offset(of: split)
        return first ..< first + UInt64(count(level: level, split: split))
    }

    /// The seed of instance `index` of `split` of `level`; `index` must be below the split's count.
    public static func seed(level: HardnessLevel, split: Split, index: Int) -> UInt64 {
        precondition((0..<count(level: level, split: split)).contains(index), "\(level.rawValue) \(split.rawValue) has no instance \(index)")
        return base(of: level) + offset(of: split) + UInt64(index)
    }

    private static func base(of level: HardnessLevel) -> UInt64 {
        switch level {
        case .tiny: 1_000_000
        case .easy: 2_000_000
        case .medium: 3_000_000
        case .hard: 4_000_000
        }
    }

    private static func offset(of split: Split) -> UInt64 {
        switch split {
        case .train: 0
        case .valid: 100_000
        case .test: 200_000
        }
    }
}

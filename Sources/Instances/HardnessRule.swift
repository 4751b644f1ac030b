/// The rule that places a parameter setting on a ``HardnessLevel`` from calibration results.
///
/// A setting's median time is the median over its calibration samples of the wall time
/// ``referenceConfiguration`` needs to prove optimality, a sample not solved within the time
/// limit counting as slower than every solved one. Then easy: median < 10 s; medium:
/// 10 s ≤ median ≤ 100 s; hard: median > 100 s, including a median sample unsolved within a time
/// limit of at least 100 s (the full rule allows an hour).
public enum HardnessRule {
    /// The configuration levels are defined by.
    public static let referenceConfiguration = "GLPKSolver() (GLPKParameters.recommended), default SolverOptions, release build, one solve at a time on 2 cores"

    /// The median time below which a setting is easy.
    public static let easyLimit = Duration.seconds(10)
    /// The median time up to which a setting is medium.
    public static let mediumLimit = Duration.seconds(100)

    /// The level for a median time, or `nil` when the median sample was not solved within a
    /// `timeLimit` below 100 s, which leaves the level undecided.
    /// - Parameter medianTime: the median sample's time, `nil` when it was not solved.
    public static func level(medianTime: Duration?, timeLimit: Duration) -> HardnessLevel? {
        guard let medianTime else {
            if timeLimit >= mediumLimit { return .hard }
            return nil
        }
        if medianTime < easyLimit { return .easy }
        if medianTime <= mediumLimit { return .medium }
        return .hard
    }
}

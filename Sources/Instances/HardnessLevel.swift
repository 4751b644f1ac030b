/// How hard a distribution's instances are for the reference configuration.
///
/// The rule, applied to the median wall time of ``HardnessRule/referenceConfiguration`` over a
/// level's calibration samples (release build, one solve at a time on a 2-core machine):
/// - ``easy``: median below 10 s;
/// - ``medium``: median from 10 s up to 100 s;
/// - ``hard``: median above 100 s, or the median sample not solved within 1 h.
///
/// ``tiny`` is not a hardness level but a size for tests: every instance solves in well under a
/// second in a debug build.
public enum HardnessLevel: String, Sendable, Codable, CaseIterable, Comparable {
    /// Test-sized instances.
    case tiny
    /// Median solve time below 10 s.
    case easy
    /// Median solve time from 10 s to 100 s.
    case medium
    /// Median solve time above 100 s, or unsolved within an hour.
    case hard

    /// Orders levels from ``tiny`` to ``hard``.
    public static func < (lhs: HardnessLevel, rhs: HardnessLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

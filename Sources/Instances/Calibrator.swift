import MILP

/// Solves a level's first instances with a given solver and summarises the times, nodes, gaps
/// and share solved, so that ``HardnessRule`` can place the level's parameters.
///
/// Calibration draws from the train split unless told otherwise; recording a calibration of the
/// test split would be evaluating on it, which the library reserves for final results.
public struct Calibrator: Sendable {
    /// The solver; `GLPKSolver()` for the reference configuration.
    public var solver: any Solver
    /// The configuration in words, kept with the results.
    public var configuration: String
    /// The time limit of each solve.
    public var timeLimit: Duration

    /// A calibrator with its solver, the solver's configuration in words, and a time limit.
    public init(solver: any Solver, configuration: String, timeLimit: Duration) {
        self.solver = solver
        self.configuration = configuration
        self.timeLimit = timeLimit
    }

    /// Solves the first `samples` instances of `split` of `level` one after another, reporting
    /// each finished sample to `progress` with its position.
    /// - Throws: the solver's errors for invalid input, which library instances never are.
    public func calibrate(
        _ distribution: any Distribution.Type,
        level: HardnessLevel,
        split: Split = .train,
        samples: Int,
        progress: (CalibrationSample, Int) -> Void = { _, _ in }
    ) throws -> LevelCalibration {
        let count = min(samples, SplitPlan.count(level: level, split: split))
        var results: [CalibrationSample] = []
        for index in 0..<count {
            let id = InstanceID(distribution: distribution.name, level: level, split: split, index: index)
            let model = distribution.generate(level: level, seed: id.seed)
            let solution = try solver.solve(model, options: SolverOptions(timeLimit: timeLimit))
            let sample = CalibrationSample(id: id, solution: solution)
            results.append(sample)
            progress(sample, index)
        }
        return LevelCalibration(
            distribution: distribution.name, level: level, parameters: distribution.parameterSet(for: level),
            generatorVersion: distribution.generatorVersion, configuration: configuration,
            timeLimit: timeLimit,
            samples: results)
    }
}

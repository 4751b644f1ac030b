import Foundation
import GLPK
import MILP

/// A sweep file as written: the JSON form of a ``Sweep`` (or any format read into an
/// `InputValue`, such as YAML), decoded strictly — an unknown field is refused with its path
/// and the nearest known field. ``SweepFileReader`` resolves it into a ``Sweep``: built-in
/// configuration names, numbers of seconds and MiB checked against their limits. The schema is
/// in `Benchmarks/SWEEPS.md`.
///
/// ```json
/// {
///   "name": "public-mips",
///   "instances": { "files": ["Instances/public/p0548.mps", "Instances/public/gt2.mps"] },
///   "configurations": [
///     "glpk-defaults",
///     { "name": "cuts-pch", "glpk": { "base": "recommended", "branching": "pch" }, "options": { "presolve": true } },
///     { "name": "glpsol", "command": "glpsol --mps {file} --tmlim {time_limit}" }
///   ],
///   "timeLimit": 60,
///   "repetitions": 1
/// }
/// ```
public struct SweepFile: Codable, Sendable, Equatable {
    /// Where the instances come from: file patterns, library selections, or both.
    public struct Instances: Codable, Sendable, Equatable {
        /// Where relative patterns start, relative to the sweep file.
        public var directory: String?
        /// Glob patterns of model files.
        public var files: [String]?
        /// Selections of the instance library.
        public var library: [LibrarySelection]?

        /// Instances from their parts.
        public init(directory: String? = nil, files: [String]? = nil, library: [LibrarySelection]? = nil) {
            self.directory = directory
            self.files = files
            self.library = library
        }
    }

    /// The name for reports and the default store; the file's name when absent.
    public var name: String?
    /// Where the instances come from.
    public var instances: Instances
    /// The configurations compared, in report order.
    public var configurations: [Configuration]
    /// Seconds each run may take.
    public var timeLimit: Double
    /// Runs per instance and configuration; 1, or the number of seeds, when absent.
    public var repetitions: Int?
    /// One seed per repetition.
    public var seeds: [UInt64]?
    /// The address-space limit of each run's process in MiB; 8192 when absent.
    public var memoryLimitMiB: Int?
    /// Seconds past the time limit before a run's process group is killed; 10 when absent.
    public var grace: Double?
    /// A file of reference values runs are checked against, relative to the sweep file.
    public var reference: String?

    /// A sweep file from its parts.
    public init(name: String? = nil, instances: Instances, configurations: [Configuration], timeLimit: Double,
                repetitions: Int? = nil, seeds: [UInt64]? = nil, memoryLimitMiB: Int? = nil, grace: Double? = nil,
                reference: String? = nil) {
        self.name = name
        self.instances = instances
        self.configurations = configurations
        self.timeLimit = timeLimit
        self.repetitions = repetitions
        self.seeds = seeds
        self.memoryLimitMiB = memoryLimitMiB
        self.grace = grace
        self.reference = reference
    }
}

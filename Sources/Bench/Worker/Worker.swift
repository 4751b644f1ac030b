import Foundation
import GLPK
import MILP
import MILPFormats

/// Carries out one ``WorkerRequest`` in the current process: reads the model, permutes it when
/// the request has a seed, solves it, and describes the outcome as a ``WorkerReply``. The
/// solver's log goes to standard error, where the sweep finds the last words of a run that died.
///
/// The `milp bench worker` command runs this in a process of its own per run, so that a crash,
/// a hang or running out of memory ends only that process.
public struct Worker: Sendable {
    /// Resolves library instances; `nil` when the sweep uses files only.
    public var catalog: (any InstanceCatalog)?
    /// Makes the branching policies configurations name; `nil` when none is available.
    public var policies: (any BranchingPolicyProvider)?

    /// A worker with the given instance catalog and branching policies.
    public init(catalog: (any InstanceCatalog)? = nil, policies: (any BranchingPolicyProvider)? = nil) {
        self.catalog = catalog
        self.policies = policies
    }

    /// The outcome of `request`. Errors (an unreadable model, refused options) become a reply
    /// with ``WorkerReply/error``; nothing is thrown.
    public func reply(to request: WorkerRequest) -> WorkerReply {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            var model = try model(for: request.instance)
            if let seed = request.seed { model = model.permuted(seed: seed) }
            let solution = try solve(model, method: request.method, timeLimit: request.timeLimit)
            return WorkerReply(solution, solveTime: clock.now - start, peakMemory: ResidentMemory.highWaterMark(of: getpid()))
        } catch {
            return WorkerReply(error: "\(error)", solveTime: clock.now - start, peakMemory: ResidentMemory.highWaterMark(of: getpid()))
        }
    }

    private func model(for instance: InstanceReference) throws -> Model {
        switch instance {
        case let .file(path):
            return try ModelFile.read(URL(fileURLWithPath: path), options: .glpk()).model
        case let .library(id):
            guard let catalog else { throw WorkerError.noLibrary(id) }
            return try catalog.model(for: id)
        }
    }

    private func solve(_ model: Model, method: WorkerRequest.Method, timeLimit: Duration) throws -> Solution {
        switch method {
        case let .glpk(settings):
            var options = settings.options
            options.timeLimit = timeLimit
            var hooks = SolverHooks(log: Self.writeToStandardError)
            if let name = settings.branchingPolicy {
                guard let policies else { throw WorkerError.noPolicies(name) }
                hooks.branchingPolicy = try policies.makePolicy(named: name)
            }
            return try GLPKSolver(parameters: settings.parameters).solve(model, options: options, hooks: hooks)
        case let .portfolio(entrants):
            let portfolio = PortfolioSolver(entrants.map { entrant in
                PortfolioSolver.Configuration(
                    name: entrant.name, solver: GLPKSolver(parameters: entrant.settings.parameters), options: entrant.settings.options)
            })
            return try portfolio.solve(model, options: SolverOptions(timeLimit: timeLimit), hooks: SolverHooks(log: Self.writeToStandardError))
        }
    }

    private static func writeToStandardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// A request the worker has nothing to carry out with.
enum WorkerError: Error, CustomStringConvertible {
    /// A library instance, but no library.
    case noLibrary(String)
    /// A branching policy, but no provider.
    case noPolicies(String)

    var description: String {
        switch self {
        case let .noLibrary(id): "instance '\(id)' is from the instance library, which this worker cannot open"
        case let .noPolicies(name): "branching policy '\(name)' is not available in this worker"
        }
    }
}

import Bench
import Foundation
import GLPK

/// What `milp bench` hands the benchmark library from the rest of the toolkit.
enum BenchSupport {
    /// The entrants `milp solve --portfolio` races, as sweep configurations.
    static var standardPortfolio: [PortfolioEntrant] {
        GLPKOptions.portfolio.compactMap { configuration in
            (configuration.solver as? GLPKSolver).map {
                PortfolioEntrant(name: configuration.name, settings: GLPKSettings(parameters: $0.parameters, options: configuration.options))
            }
        }
    }

    /// The command that starts a worker: this executable's `bench worker`.
    static var workerCommand: [String] {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return [executable, "bench", "worker"]
    }
}

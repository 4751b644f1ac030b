#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs an external solver's command as a child of a worker process, in the worker's process
/// group, so that the command and everything it starts end with the sweep as the worker does
/// (see ``SweepBond``). The command inherits the worker's standard streams, limits and environment.
public struct CommandSupervisor: Sendable {
    /// The program and its arguments; the program is found through `PATH` unless it has a slash.
    public var arguments: [String]

    /// A supervisor of `arguments`.
    public init(arguments: [String]) {
        self.arguments = arguments
    }

    /// Runs the command to its end and says how it ended. Throws when it cannot be started.
    public func run() throws -> ProcessEnding {
        let pid = try spawnProcess(arguments, inNewProcessGroup: false)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return ProcessEnding(waitStatus: status)
    }
}

extension ProcessEnding {
    /// How a process ended, from the status `waitpid` gave.
    init(waitStatus status: Int32) {
        self = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
    }

    /// Ends this process the same way: exits with the same status, or dies from the same signal
    /// (core dumps aside), so that whoever waits for it sees what the supervised command did.
    public func endThisProcess() -> Never {
        switch self {
        case let .exited(code):
            exit(code)
        case let .signaled(number):
            signal(number, SIG_DFL)
            var only = sigset_t()
            sigemptyset(&only)
            sigaddset(&only, number)
            sigprocmask(SIG_UNBLOCK, &only, nil)
            kill(getpid(), number)
            exit(128 + number)
        }
    }
}

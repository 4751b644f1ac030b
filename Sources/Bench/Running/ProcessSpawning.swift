import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts `arguments` (the program found through `PATH` unless it has a slash) with
/// `posix_spawnp`: interruption, termination, hang-up and broken-pipe signals at their default
/// handling and no signal blocked, whatever this process does with them; in a process group of
/// its own when `inNewProcessGroup`; with `environment` (`NAME=value` entries), or this process's
/// when `nil`; its file descriptors arranged by `actions`, or inherited when `nil`.
func spawnProcess(
    _ arguments: [String], inNewProcessGroup: Bool, environment: [String]? = nil,
    actions: UnsafePointer<posix_spawn_file_actions_t>? = nil
) throws(ChildProcessError) -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    let groupFlag = inNewProcessGroup ? POSIX_SPAWN_SETPGROUP : 0
    posix_spawnattr_setflags(&attributes, Int16(groupFlag | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    posix_spawnattr_setpgroup(&attributes, 0)
    var defaultSignals = sigset_t()
    sigemptyset(&defaultSignals)
    for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaultSignals, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)

    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    let entries = environment ?? ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    let envp: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) } + [nil]
    defer { for entry in envp { free(entry) } }
    var pid: pid_t = 0
    let code = posix_spawnp(&pid, arguments[0], actions, &attributes, argv, envp)
    guard code == 0 else { throw ChildProcessError(program: arguments[0], code: code) }
    return pid
}

/// A program that could not be started.
struct ChildProcessError: Error, CustomStringConvertible {
    /// The program.
    var program: String
    /// The `errno` of the failed spawn.
    var code: Int32

    var description: String { "cannot start '\(program)': \(String(cString: strerror(code)))" }
}

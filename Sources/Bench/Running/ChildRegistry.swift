import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The child processes a sweep has running, so that cancelling the sweep kills them all.
final class ChildRegistry: Sendable {
    private struct State {
        var running: Set<pid_t> = []
        var cancelled = false
    }

    private let state = Mutex(State())

    /// Records a started child; `false` when the sweep is already cancelled and the child must go.
    func insert(_ pid: pid_t) -> Bool {
        state.withLock { state in
            guard !state.cancelled else { return false }
            state.running.insert(pid)
            return true
        }
    }

    /// Forgets a child that has ended, before it is reaped.
    func remove(_ pid: pid_t) {
        state.withLock { _ = $0.running.remove(pid) }
    }

    /// Whether ``cancelAll()`` was called.
    var isCancelled: Bool { state.withLock { $0.cancelled } }

    /// Kills the process group of every running child, and of any started from now on.
    func cancelAll() {
        state.withLock { state in
            state.cancelled = true
            for pid in state.running { kill(-pid, SIGKILL) }
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The child processes a sweep has running, so that cancelling the sweep kills them all.
final class ChildRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var running: Set<pid_t> = []
    private var cancelled = false

    /// Records a started child; `false` when the sweep is already cancelled and the child must go.
    func insert(_ pid: pid_t) -> Bool {
        lock.withLock {
            guard !cancelled else { return false }
            running.insert(pid)
            return true
        }
    }

    /// Forgets a child that has ended, before it is reaped.
    func remove(_ pid: pid_t) {
        lock.withLock { _ = running.remove(pid) }
    }

    /// Whether ``cancelAll()`` was called.
    var isCancelled: Bool { lock.withLock { cancelled } }

    /// Kills the process group of every running child, and of any started from now on.
    func cancelAll() {
        lock.withLock {
            cancelled = true
            for pid in running { kill(-pid, SIGKILL) }
        }
    }
}

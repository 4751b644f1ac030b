import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Peak resident memory of processes, read from Linux's `/proc/PID/status` (`VmHWM`).
///
/// `wait4`'s `ru_maxrss` cannot be used for a child started with `posix_spawn`: the child shares
/// the parent's address space until it calls `exec`, and the kernel carries the parent's
/// high-water mark over into the child's, so every run would show at least the parent's size.
enum ResidentMemory {
    /// The high-water mark of the resident memory of process `pid` since its last `exec`, in
    /// bytes; `nil` when it cannot be read (the process has ended, or there is no `/proc`).
    static func highWaterMark(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }

    /// The sum of the high-water marks of `pid` and all its descendants alive now, in bytes;
    /// without `pid`'s own when `includingRoot` is `false`.
    static func treeHighWaterMark(of pid: pid_t, includingRoot: Bool = true) -> Int {
        ProcessTree.tree(of: pid).dropFirst(includingRoot ? 0 : 1).reduce(0) { $0 + (highWaterMark(of: $1) ?? 0) }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What Linux's `/proc` tells about other processes: their children and their environment.
/// Where there is no `/proc`, every answer is empty.
enum ProcessTree {
    /// The children of process `pid` alive (or not yet reaped) now, from every thread's `children` list.
    static func children(of pid: pid_t) -> [pid_t] {
        let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return threads.flatMap { thread in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(thread)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
    }

    /// Process `pid` and all its descendants alive now, parents before children.
    static func tree(of pid: pid_t) -> [pid_t] {
        var found = [pid]
        var index = 0
        while index < found.count {
            found += children(of: found[index])
            index += 1
        }
        return found
    }

    /// Whether the environment process `pid` started with holds `entry` (`NAME=value`). A
    /// process that has ended, even one not yet reaped, has no environment left to read.
    ///
    /// A process in the middle of `execve` shows an empty environment for a moment, before its
    /// new program's is set up; while it is alive and shows none, this looks again, for up to
    /// 0.1 s.
    static func environment(of pid: pid_t, contains entry: String) -> Bool {
        for _ in 0..<100 {
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return false }
            if !data.isEmpty || hasEnded(pid) { return data.split(separator: 0).contains { $0.elementsEqual(entry.utf8) } }
            usleep(1000)
        }
        return false
    }

    /// Whether process `pid` has ended: it is gone, or a zombie not yet reaped.
    private static func hasEnded(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        // The state follows the command name, which is in parentheses and may hold spaces.
        return stat[stat.index(after: close)...].split(separator: " ").first.map { $0 == "Z" || $0 == "X" } ?? true
    }
}

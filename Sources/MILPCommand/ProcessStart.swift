import Foundation

/// When this process started, so that a command's time limit covers loading the program too.
enum ProcessStart {
    /// The instant the process was started (Linux's `/proc/self/stat`, to a clock tick), or the
    /// first use of this value where that is unknown.
    static let instant: ContinuousClock.Instant = {
        let now = ContinuousClock.now
        return elapsed().map { now - $0 } ?? now
    }()

    /// The time since the process started: the boot-time clock now minus the start time the
    /// kernel records (field 22 of `/proc/self/stat`, in clock ticks since boot).
    private static func elapsed() -> Duration? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let command = stat.lastIndex(of: ")") else { return nil }
        // The fields after the command name start with field 3, the state.
        let fields = stat[stat.index(after: command)...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]) else { return nil }
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        var now = timespec()
        guard ticksPerSecond > 0, clock_gettime(CLOCK_BOOTTIME, &now) == 0 else { return nil }
        let seconds = Double(now.tv_sec) + Double(now.tv_nsec) / 1e9 - ticks / ticksPerSecond
        return seconds >= 0 && seconds < 3600 ? .seconds(seconds) : nil
    }
}

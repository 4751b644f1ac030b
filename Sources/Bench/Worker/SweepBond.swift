#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ties a worker process to the sweep that started it, so that it never outlives the sweep.
public enum SweepBond {
    /// When this process was started by a sweep (its environment carries the run's tag) and
    /// leads its own process group, makes it kill that group — itself and whatever it started —
    /// as soon as the sweep's process ends, even by `kill -9` (through `PR_SET_PDEATHSIG` on
    /// Linux). Kills the group at once when the sweep has already ended. Does nothing otherwise.
    ///
    /// Call it first thing in a worker process. It takes over `SIGTERM` for the same purpose.
    public static func tie() {
        guard let tag = RunTag.current, getpgrp() == getpid() else { return }
        signal(SIGTERM) { _ in _ = kill(0, SIGKILL) }
        ProcessControl.setParentDeathSignal(SIGTERM)
        if getppid() != tag.runner { kill(0, SIGKILL) }
    }
}

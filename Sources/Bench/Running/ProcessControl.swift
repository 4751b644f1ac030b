import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Linux process attributes that keep a sweep's processes from outliving it, set with
/// `prctl(2)`; elsewhere these do nothing.
///
/// `prctl` is a variadic C function, which Swift does not import. glibc's `prctl` reads its four
/// optional arguments as `unsigned long`s, so it is called here through a pointer of that fixed
/// shape, which passes them in the same registers.
enum ProcessControl {
    /// Makes this process the reaper of its orphaned descendants (`PR_SET_CHILD_SUBREAPER`): a
    /// process whose parent ends is re-parented to this process, not to init, so that a sweep can
    /// still find and end what a run left behind. Returns whether the attribute was set.
    @discardableResult
    static func becomeChildSubreaper() -> Bool {
        control(36, 1)  // PR_SET_CHILD_SUBREAPER
    }

    /// Asks the kernel to send `signal` to this process when the thread that started it ends
    /// (`PR_SET_PDEATHSIG`); the setting survives `exec`. Returns whether it was set.
    @discardableResult
    static func setParentDeathSignal(_ signal: Int32) -> Bool {
        control(1, UInt(signal))  // PR_SET_PDEATHSIG
    }

    #if os(Linux)
    private typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32

    private static let prctl: Prctl? = dlsym(nil, "prctl").map { unsafeBitCast($0, to: Prctl.self) }

    private static func control(_ option: Int32, _ argument: UInt) -> Bool {
        prctl?(option, argument, 0, 0, 0) == 0
    }
    #else
    private static func control(_ option: Int32, _ argument: UInt) -> Bool { false }
    #endif
}

import CGLPK
import Foundation
import CGLPKShim
import MILP
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GLPK keeps its environment (memory, terminal hook) per thread. Every use of GLPK in this
/// module runs inside ``withSession(log:_:)``, which routes the thread's terminal output to the
/// caller and releases the thread's environment with `glp_free_env` when the outermost session on
/// that thread ends. Sessions nest: a callback may start an inner session (strong branching trials).
///
/// GLPK ends the process on an error (a violated internal assertion, an invalid scale factor,
/// memory exhausted). Calls that can fail run inside ``guarded(_:)``, which turns such an error
/// into ``SolverError/glpkFailure(_:)`` through `CGLPKShim`.
enum Environment {
    /// Runs `body` with GLPK's terminal output for this thread sent to `log` (or discarded).
    static func withSession<Result>(log: ((String) -> Void)?, _ body: () throws -> Result) rethrows -> Result {
        let sink = LogSink(log)
        let sessions = ThreadSessions.current
        sessions.sinks.append(sink)
        sessions.installTerminalHook()
        defer {
            // Give the thread back to the enclosing session's sink, or release GLPK's environment.
            sessions.sinks.removeLast()
            if sessions.sinks.isEmpty {
                glp_term_hook(nil, nil)
                glp_free_env()
            } else {
                sessions.installTerminalHook()
            }
        }
        return try body()
    }

    /// Runs `call`, which makes GLPK calls, so that a GLPK error returns here as
    /// ``SolverError/glpkFailure(_:)`` carrying GLPK's message instead of ending the process.
    ///
    /// After a failure every GLPK object of this thread made before the call is invalid
    /// (``Generation`` tells); GLPK's environment has been freed or will be when the outermost
    /// guarded call returns. A jump out of GLPK skips the frames of `call`, so `call` should hold
    /// no Swift access open across a GLPK call: capture constants and pointers, not `inout` variables.
    static func guarded<Result>(_ call: @escaping () -> Result) throws(SolverError) -> Result {
        var result: Result?
        let invocation = Invocation { result = call() }
        let failed = withExtendedLifetime(invocation) {
            milpkit_glpk_guard(Invocation.run, Unmanaged.passUnretained(invocation).toOpaque()) != 0
        }
        guard failed else { return result! }
        let sessions = ThreadSessions.current
        // The environment may be a fresh one: route its output to the session again.
        if !sessions.sinks.isEmpty { sessions.installTerminalHook() }
        throw .glpkFailure(sessions.failure ?? "GLPK reported an error without a message")
    }

    /// Runs `body` on a thread of its own and waits for it. GLPK's environment is per thread, so
    /// an error GLPK reports in `body` frees that thread's environment only: a solve started from
    /// inside another's callback (a heuristic's sub-MIP) cannot invalidate the problem and tree
    /// the enclosing search is still using.
    static func onThreadOfItsOwn<Result>(_ body: @escaping () throws -> Result) throws -> Result {
        // The caller waits until the thread is done, so nothing is shared while both run.
        nonisolated(unsafe) let body = body
        nonisolated(unsafe) var outcome: Swift.Result<Result, any Error>?
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome = Swift.Result { try body() }
            done.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
        done.wait()
        return try outcome!.get()
    }

    /// The thread's environment generation: GLPK objects made in an older generation are gone.
    struct Generation: Equatable {
        private let value = milpkit_glpk_generation()

        /// The current generation.
        init() {}

        /// Whether objects made in this generation may still be used and deleted.
        var isCurrent: Bool { self == Generation() }
    }
}

/// A closure handed through C to ``Environment/guarded(_:)``'s guard.
private final class Invocation {
    let body: () -> Void

    init(_ body: @escaping () -> Void) { self.body = body }

    static let run: @convention(c) (UnsafeMutableRawPointer?) -> Void = { context in
        Unmanaged<Invocation>.fromOpaque(context!).takeUnretainedValue().body()
    }
}

/// Where one session's GLPK terminal output goes.
private final class LogSink {
    let log: ((String) -> Void)?
    /// The text GLPK printed last, which precedes its error announcement.
    var previous = ""

    init(_ log: ((String) -> Void)?) { self.log = log }

    /// GLPK's terminal hook: returning nonzero tells GLPK the text was handled.
    static let hook: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Int32 = { info, text in
        guard let info, let text else { return 1 }
        let sink = Unmanaged<LogSink>.fromOpaque(info).takeUnretainedValue()
        let output = String(cString: text)
        sink.log?(output)
        // GLPK announces an error with the message, then "Error detected in file F at line N".
        let announcement = "Error detected in file "
        if output.hasPrefix(announcement) {
            let location = output.dropFirst(announcement.count).trimmingCharacters(in: .newlines).replacingOccurrences(of: " at line ", with: ":")
            let message = sink.previous.trimmingCharacters(in: .whitespacesAndNewlines)
            ThreadSessions.current.failure = "\(message.isEmpty ? "error" : message) (GLPK's \(location))"
        }
        sink.previous = output
        return 1
    }
}

/// The GLPK sessions open on the current thread and the last GLPK error caught on it.
private final class ThreadSessions {
    /// The open sessions' sinks, innermost last.
    var sinks: [LogSink] = []
    /// GLPK's message for the last error on this thread, with its source location.
    var failure: String?

    /// Sends GLPK's terminal output to the innermost session's sink.
    func installTerminalHook() {
        glp_term_hook(LogSink.hook, Unmanaged.passUnretained(sinks.last!).toOpaque())
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let release: @convention(c) (UnsafeMutableRawPointer?) -> Void = { value in
            if let value { Unmanaged<ThreadSessions>.fromOpaque(value).release() }
        }
        precondition(pthread_key_create(&key, release) == 0, "cannot create a thread-local key")
        return key
    }()

    /// The current thread's sessions, made on first use and released when the thread ends.
    static var current: ThreadSessions {
        if let value = pthread_getspecific(key) { return Unmanaged<ThreadSessions>.fromOpaque(value).takeUnretainedValue() }
        let sessions = ThreadSessions()
        pthread_setspecific(key, Unmanaged.passRetained(sessions).toOpaque())
        return sessions
    }
}

import CGLPK
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GLPK keeps its environment (memory, terminal hook) per thread. Every use of GLPK in this
/// module runs inside ``withSession(log:_:)``, which routes the thread's terminal output to the
/// caller and releases the thread's environment with `glp_free_env` when the outermost session on
/// that thread ends. Sessions nest: a callback may start an inner session (strong branching trials).
enum Environment {
    /// Runs `body` with GLPK's terminal output for this thread sent to `log` (or discarded).
    static func withSession<Result>(log: ((String) -> Void)?, _ body: () throws -> Result) rethrows -> Result {
        let sink = LogSink(log)
        let outer = ThreadState.current
        ThreadState.current = ThreadState(depth: outer.depth + 1, sink: Unmanaged.passUnretained(sink).toOpaque())
        glp_term_hook(LogSink.hook, ThreadState.current.sink)
        defer {
            // Give the thread back to the enclosing session's sink, or release GLPK's environment.
            ThreadState.current = outer
            if outer.depth == 0 {
                glp_term_hook(nil, nil)
                glp_free_env()
            } else {
                glp_term_hook(LogSink.hook, outer.sink)
            }
        }
        return try withExtendedLifetime(sink) { try body() }
    }
}

/// Where one session's GLPK terminal output goes.
private final class LogSink {
    let log: ((String) -> Void)?

    init(_ log: ((String) -> Void)?) { self.log = log }

    /// GLPK's terminal hook: returning nonzero tells GLPK the text was handled.
    static let hook: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Int32 = { info, text in
        guard let info, let text else { return 1 }
        let sink = Unmanaged<LogSink>.fromOpaque(info).takeUnretainedValue()
        sink.log?(String(cString: text))
        return 1
    }
}

/// The GLPK sessions open on the current thread: how many, and the innermost one's log sink.
private struct ThreadState {
    var depth: Int
    var sink: UnsafeMutableRawPointer?

    private static let depthKey = makeKey()
    private static let sinkKey = makeKey()

    private static func makeKey() -> pthread_key_t {
        var key = pthread_key_t()
        precondition(pthread_key_create(&key, nil) == 0, "cannot create a thread-local key")
        return key
    }

    static var current: ThreadState {
        get { ThreadState(depth: Int(bitPattern: pthread_getspecific(depthKey)), sink: pthread_getspecific(sinkKey)) }
        set {
            pthread_setspecific(depthKey, UnsafeRawPointer(bitPattern: newValue.depth))
            pthread_setspecific(sinkKey, newValue.sink)
        }
    }
}

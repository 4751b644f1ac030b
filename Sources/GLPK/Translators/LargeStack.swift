#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a thread of its own with a large stack, for GLPK's recursive MathProg translator.
enum LargeStack {
    /// The stack size: 256 MiB of address space, of which only the pages used are committed.
    static let size = 256 << 20

    /// Runs `body` on a new thread with a stack of ``size`` bytes and returns its result once the
    /// thread has ended; `nil` when no such thread could be started.
    static func run<Result>(_ body: () -> Result) -> Result? {
        withoutActuallyEscaping(body) { body in
            var result: Result?
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            guard pthread_attr_setstacksize(&attributes, size) == 0 else { return nil }
            let context = Unmanaged.passRetained(Work { result = body() }).toOpaque()
            var thread = pthread_t()
            let started = pthread_create(&thread, &attributes, { context in
                Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
                return nil
            }, context)
            guard started == 0 else {
                Unmanaged<Work>.fromOpaque(context).release()
                return nil
            }
            pthread_join(thread, nil)
            return result
        }
    }
}

/// The work one ``LargeStack`` thread does; the thread releases it when done.
private final class Work {
    let body: () -> Void

    init(_ body: @escaping () -> Void) { self.body = body }
}

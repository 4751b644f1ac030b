#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Dispatch
import MILP
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM while `milp solve` solves: the first signal stops the search at
/// one of GLPK's callbacks within ``checkInterval``, so the best solution and bound found so far
/// are reported (exit 20, or 21 without a solution); a second signal ends the process at once
/// with exit 130 and no report.
///
/// GLPK calls back between nodes and between cut rounds; a step it runs without calling back
/// (one LP solve, the root's feasibility pump or proximity search) finishes first.
final class SolveInterruption {
    /// The signals handled, by name.
    private static let signals: [(number: Int32, name: String)] = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")]
    /// How often the search is asked to look for a signal: each look is a progress event, which
    /// scans the open nodes for the best bound, so not at every callback.
    static let checkInterval = Duration.milliseconds(50)

    private let arrivals = SignalArrivals()
    private let sources: [any DispatchSourceSignal]

    /// Takes over SIGINT and SIGTERM until ``restore()``.
    init() {
        let arrivals = arrivals
        sources = Self.signals.map { handled in
            signal(handled.number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: handled.number, queue: .global())
            source.setEventHandler {
                // `data` counts the signals that arrived since the handler last ran.
                guard arrivals.record(handled.name, count: Int(source.data)) > 1 else { return }
                StandardError.write("milp: interrupted again; ending without a report\n")
                _exit(MILPExitCode.interrupted.rawValue)
            }
            source.resume()
            return source
        }
    }

    /// The name of the first signal that arrived (`"SIGINT"`), or `nil` while none has.
    var signalName: String? { arrivals.first }

    /// A callback that asks the search to stop once a signal has arrived, looking every
    /// ``checkInterval``, and hands the events `inner` declares to it (progress at that interval,
    /// whatever its own).
    func callback(forwardingTo inner: Callback?) -> Callback {
        Callback(events: (inner?.events ?? []).union([.progress]), progressInterval: Self.checkInterval) { [arrivals] data in
            if arrivals.first != nil { return .stop }
            guard let inner, inner.events.contains(data.event) else { return .proceed }
            return try inner.handler(data)
        }
    }

    /// Gives SIGINT and SIGTERM back their default actions.
    func restore() {
        for source in sources { source.cancel() }
        for handled in Self.signals { signal(handled.number, SIG_DFL) }
    }
}

/// The signals that arrived: how many, and the first one's name.
private final class SignalArrivals: Sendable {
    private let state = Mutex<(count: Int, first: String?)>((0, nil))

    /// Records `count` arrivals of the signal `name`; returns the number of arrivals so far.
    func record(_ name: String, count: Int) -> Int {
        state.withLock { state in
            state.count += max(count, 1)
            if state.first == nil { state.first = name }
            return state.count
        }
    }

    /// The first signal's name, `nil` before any arrived.
    var first: String? { state.withLock { $0.first } }
}

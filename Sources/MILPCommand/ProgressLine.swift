import Foundation
import Synchronization
import MILP

/// A live status line on standard error while a solve runs: elapsed time, incumbent, bound, gap
/// and nodes, redrawn in place a few times a second once the solve has taken a second.
///
/// Draw it only on a terminal; it writes carriage returns and an erase-line sequence.
final class ProgressLine: Sendable {
    private let stopped = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    /// The search's latest report.
    private let latest = Mutex<SearchProgress?>(nil)
    /// Whether the line has been drawn; only the drawing thread writes it, and ``stop()`` reads
    /// it once that thread has ended.
    private let drawn = Atomic(false)

    /// Starts drawing on a background thread.
    init() {
        start = clock.now
        let thread = Thread { [self] in
            while stopped.wait(timeout: .now() + .milliseconds(250)) == .timedOut {
                draw()
            }
            finished.signal()
        }
        thread.name = "progress line"
        thread.start()
    }

    /// A callback that keeps the line's numbers current; it never stops the search.
    var callback: Callback {
        Callback(events: [.progress, .incumbent], progressInterval: .milliseconds(200)) { [self] data in
            latest.withLock { $0 = data.progress }
            return .proceed
        }
    }

    /// Stops drawing and erases the line.
    func stop() {
        stopped.signal()
        finished.wait()
        if drawn.load(ordering: .acquiring) { StandardError.write("\r\u{1B}[2K") }
    }

    private func draw() {
        let elapsed = clock.now - start
        guard elapsed >= .seconds(1) else { return }
        let progress = latest.withLock { $0 }
        var parts = [String(format: "%.1f s", elapsed.inSeconds)]
        if let progress {
            parts.append("incumbent " + (progress.incumbent.map { String(format: "%.10g", $0) } ?? "none"))
            if let bound = progress.bestBound { parts.append(String(format: "bound %.10g", bound)) }
            if let gap = progress.relativeGap { parts.append(String(format: "gap %.3g%%", gap * 100)) }
            parts.append("nodes \(progress.nodes)")
        } else {
            parts.append("solving the LP")
        }
        let line = String(parts.joined(separator: "  ").prefix(max(Self.terminalWidth - 1, 20)))
        StandardError.write("\r\u{1B}[2K" + line)
        drawn.store(true, ordering: .releasing)
    }

    /// The terminal's width in columns, 80 when unknown.
    private static var terminalWidth: Int {
        var size = winsize()
        guard ioctl(FileHandle.standardError.fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}

import Bench
import Foundation
import Synchronization

/// Shows a sweep's progress on standard error: on a terminal, a bar redrawn in place with
/// done/total, rate, time left and failures; otherwise a plain line every few seconds; nothing
/// when quiet. Failed runs are listed as they happen, except when quiet.
final class BenchProgress: Sendable {
    /// How progress is shown.
    enum Style {
        /// A bar redrawn in place, for terminals.
        case bar
        /// A line now and then, for logs.
        case lines
        /// Nothing.
        case silent
    }

    /// What has been shown so far.
    private struct Display {
        var latest: SweepProgress?
        var lastLine: ContinuousClock.Instant
        var drawn = false
    }

    private let style: Style
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private let display: Mutex<Display>
    private let stopped = DispatchSemaphore(value: 0)
    private let redrawing = DispatchGroup()

    /// How often the plain style prints a line.
    private static let lineInterval = Duration.seconds(10)

    /// A display in `style`; the bar style redraws twice a second until ``finish()``.
    init(style: Style) {
        self.style = style
        start = clock.now
        display = Mutex(Display(lastLine: start))
        guard style == .bar else { return }
        redrawing.enter()
        let thread = Thread { [self] in
            while stopped.wait(timeout: .now() + .milliseconds(500)) == .timedOut {
                display.withLock { drawBar(&$0) }
            }
            redrawing.leave()
        }
        thread.name = "sweep progress"
        thread.start()
    }

    /// Takes in a new report from the runner.
    func update(_ progress: SweepProgress) {
        display.withLock { display in
            display.latest = progress
            if let record = progress.latest, record.status.isFailure, style != .silent {
                if display.drawn { StandardError.write("\r\u{1B}[2K") }
                StandardError.write("milp: \(record.key): \(record.status.rawValue): \(record.detail)\n")
            }
            switch style {
            case .bar:
                drawBar(&display)
            case .lines:
                if progress.latest == nil || progress.isComplete || clock.now - display.lastLine >= Self.lineInterval {
                    display.lastLine = clock.now
                    StandardError.write("milp: \(summary(progress))\n")
                }
            case .silent:
                break
            }
        }
    }

    /// Stops redrawing and erases the bar.
    func finish() {
        guard style == .bar else { return }
        stopped.signal()
        redrawing.wait()
        display.withLock { if $0.drawn { StandardError.write("\r\u{1B}[2K") } }
    }

    private func drawBar(_ display: inout Display) {
        guard let progress = display.latest else { return }
        let width = Self.terminalColumns
        let fraction = progress.total > 0 ? Double(progress.done) / Double(progress.total) : 1
        let barWidth = max(10, min(30, width / 4))
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        var line = "\(bar) \(summary(progress))"
        if let record = progress.latest {
            line += "  · \(record.instance) × \(record.configuration): \(record.status.rawValue) \(String(format: "%.2f", record.wallTime.inSeconds)) s"
        }
        StandardError.write("\r\u{1B}[2K" + String(line.prefix(width - 1)))
        display.drawn = true
    }

    /// `12/45 runs (27%), 0.8 runs/s, 41s left, 1 failure`, with the rate and time left taken
    /// against the time elapsed until now.
    private func summary(_ progress: SweepProgress) -> String {
        var progress = progress
        progress.elapsed = clock.now - start
        let percent = progress.total > 0 ? 100 * progress.done / progress.total : 100
        var parts = ["\(progress.done)/\(progress.total) runs (\(percent)%)"]
        if let rate = progress.rate {
            parts.append(rate >= 1 ? String(format: "%.1f runs/s", rate) : String(format: "%.0f s/run", 1 / rate))
        }
        if !progress.isComplete, let remaining = progress.estimatedTimeRemaining {
            parts.append("\(Self.clockTime(remaining)) left")
        }
        parts.append(progress.failures == 1 ? "1 failure" : "\(progress.failures) failures")
        return parts.joined(separator: ", ")
    }

    /// `41s`, `3m05s`, `1h02m`.
    private static func clockTime(_ duration: Duration) -> String {
        let total = Int(duration.components.seconds) + (duration.components.attoseconds > 0 ? 1 : 0)
        if total < 60 { return "\(total)s" }
        if total < 3600 { return String(format: "%dm%02ds", total / 60, total % 60) }
        return String(format: "%dh%02dm", total / 3600, total % 3600 / 60)
    }

    /// The width of the terminal on standard error, 80 when it does not say.
    private static var terminalColumns: Int {
        var size = winsize()
        let answered = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0
        return answered && size.ws_col > 0 ? Int(size.ws_col) : 80
    }
}

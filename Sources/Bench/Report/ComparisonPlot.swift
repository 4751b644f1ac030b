import Foundation

/// The report's figure, drawn as SVG by hand: a performance profile on the left and a cactus
/// plot on the right, with one legend for both.
public struct ComparisonPlot: Sendable {
    /// The summary plotted.
    public var summary: SweepSummary
    /// The figure's title.
    public var title: String

    /// A figure of `summary` under `title`.
    public init(summary: SweepSummary, title: String) {
        self.summary = summary
        self.title = title
    }

    /// Line colours, told apart with most kinds of colour blindness (Okabe and Ito's palette).
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    /// Dash patterns, so lines stay apart in grey print.
    static let dashes = ["", "7 4", "2 3", "10 3 2 3"]

    private static let panelWidth = 440.0, panelHeight = 300.0
    private static let margin = (left: 70.0, top: 110.0, gap: 110.0, bottom: 60.0)

    /// The SVG document.
    public var svg: String {
        let names = summary.configurations.map(\.name)
        let legendRows = Double((names.count + 2) / 3)
        let width = Self.margin.left + 2 * Self.panelWidth + Self.margin.gap + 30
        let height = Self.margin.top + Self.panelHeight + Self.margin.bottom + 22 * legendRows + 20
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, at: (width / 2, 28), anchor: "middle", size: 17, weight: "bold")
        canvas.text("\(SweepSummary.problems(summary.problems.count)) (instance × repetition), each run by every configuration", at: (width / 2, 50), anchor: "middle", size: 13)
        let wrong = summary.wrong.count
        canvas.text(wrong == 0 ? "wrong answers: 0" : "WRONG ANSWERS: \(wrong) (counted as unsolved; see the text or HTML report)",
                    at: (width / 2, 70), anchor: "middle", size: 13, weight: wrong == 0 ? "normal" : "bold", color: wrong == 0 ? "#555" : "#b00")
        drawProfile(on: &canvas, left: Self.margin.left)
        drawCactus(on: &canvas, left: Self.margin.left + Self.panelWidth + Self.margin.gap)
        drawLegend(on: &canvas, names: names, top: Self.margin.top + Self.panelHeight + Self.margin.bottom, width: width)
        return canvas.document
    }

    private func style(_ index: Int) -> (color: String, dash: String) {
        (Self.colors[index % Self.colors.count], Self.dashes[(index / Self.colors.count + index) % Self.dashes.count])
    }

    private func drawProfile(on canvas: inout SVGCanvas, left: Double) {
        let profile = summary.performanceProfile
        let top = Self.margin.top, bottom = top + Self.panelHeight
        let largest = max(2, pow(2, ceil(log2(profile.largestRatio * 1.05))))
        let x = PlotScale(lower: 1, upper: largest, start: left, end: left + Self.panelWidth, isLogarithmic: true)
        let y = PlotScale(lower: 0, upper: 1, start: bottom, end: top, isLogarithmic: false)
        drawFrame(on: &canvas, x: x, y: y, xTicks: x.ticks(base: 2), yTicks: y.ticks(maximumCount: 6),
                  xLabel: "τ: time ÷ fastest configuration's time (log scale)",
                  yLabel: "fraction of problems solved within τ",
                  title: "Performance profile (Dolan–Moré)", xTickLabel: { Self.label($0) }, yTickLabel: { String(format: "%.1f", $0) })
        for index in profile.configurations.indices {
            let (color, dash) = style(index)
            var points = [(x.position(1), y.position(0))]
            var solved = 0
            for ratio in profile.ratios[index] {
                points.append((x.position(ratio), y.position(Double(solved) / Double(max(profile.problemCount, 1)))))
                solved += 1
                points.append((x.position(ratio), y.position(Double(solved) / Double(max(profile.problemCount, 1)))))
            }
            points.append((x.position(largest), points.last!.1))
            canvas.polyline(points, stroke: color, dash: dash)
        }
    }

    private func drawCactus(on canvas: inout SVGCanvas, left: Double) {
        let cactus = summary.cactus
        let top = Self.margin.top, bottom = top + Self.panelHeight
        let fastest = max(cactus.times.compactMap(\.first).min() ?? 0.1, PerformanceProfile.timeResolution)
        let slowest = max(cactus.timeLimit, cactus.times.compactMap(\.last).max() ?? 1)
        let lower = pow(10, floor(log10(fastest))), upper = pow(10, ceil(log10(slowest * 1.01)))
        let x = PlotScale(lower: 0, upper: Double(max(cactus.problemCount, 1)), start: left, end: left + Self.panelWidth, isLogarithmic: false)
        let y = PlotScale(lower: lower, upper: upper, start: bottom, end: top, isLogarithmic: true)
        drawFrame(on: &canvas, x: x, y: y, xTicks: x.ticks(maximumCount: 8, minimumStep: 1), yTicks: y.ticks(),
                  xLabel: "problems solved", yLabel: "wall time per problem (s, log scale)",
                  title: "Cactus plot", xTickLabel: { String(Int($0)) }, yTickLabel: { Self.label($0) })
        if cactus.timeLimit > 0 {
            let limit = y.position(cactus.timeLimit)
            canvas.line(from: (left, limit), to: (left + Self.panelWidth, limit), stroke: "#888", dash: "4 4")
            canvas.text("time limit \(Self.label(cactus.timeLimit)) s", at: (left + 6, limit - 5), size: 11)
        }
        for index in cactus.configurations.indices {
            let (color, dash) = style(index)
            let points = cactus.times[index].enumerated().map { (x.position(Double($0 + 1)), y.position($1)) }
            canvas.polyline(points, stroke: color, dash: dash)
            for point in points { canvas.circle(at: point, radius: 3, fill: color) }
        }
    }

    private func drawFrame(on canvas: inout SVGCanvas, x: PlotScale, y: PlotScale, xTicks: [Double], yTicks: [Double],
                           xLabel: String, yLabel: String, title: String,
                           xTickLabel: (Double) -> String, yTickLabel: (Double) -> String) {
        for tick in xTicks {
            canvas.line(from: (x.position(tick), y.start), to: (x.position(tick), y.end), stroke: "#e4e4e4")
            canvas.line(from: (x.position(tick), y.start), to: (x.position(tick), y.start + 5))
            canvas.text(xTickLabel(tick), at: (x.position(tick), y.start + 19), anchor: "middle", size: 11)
        }
        for tick in yTicks {
            canvas.line(from: (x.start, y.position(tick)), to: (x.end, y.position(tick)), stroke: "#e4e4e4")
            canvas.line(from: (x.start - 5, y.position(tick)), to: (x.start, y.position(tick)))
            canvas.text(yTickLabel(tick), at: (x.start - 8, y.position(tick) + 4), anchor: "end", size: 11)
        }
        canvas.rectangle(x: x.start, y: y.end, width: x.end - x.start, height: y.start - y.end, stroke: "#333")
        canvas.text(title, at: ((x.start + x.end) / 2, y.end - 10), anchor: "middle", size: 14, weight: "bold")
        canvas.text(xLabel, at: ((x.start + x.end) / 2, y.start + 40), anchor: "middle", size: 12)
        canvas.text(yLabel, at: (x.start - 48, (y.start + y.end) / 2), anchor: "middle", size: 12, rotation: -90)
    }

    private func drawLegend(on canvas: inout SVGCanvas, names: [String], top: Double, width: Double) {
        let columnWidth = (width - 2 * Self.margin.left) / 3
        for (index, name) in names.enumerated() {
            let (color, dash) = style(index)
            let left = Self.margin.left + Double(index % 3) * columnWidth
            let baseline = top + 22 * Double(index / 3) + 14
            canvas.line(from: (left, baseline - 4), to: (left + 34, baseline - 4), stroke: color, width: 2.5, dash: dash)
            canvas.circle(at: (left + 17, baseline - 4), radius: 3, fill: color)
            let line = summary.configurations[index]
            canvas.text("\(name): \(line.solved)/\(line.runs) solved", at: (left + 42, baseline), size: 12)
        }
    }

    /// A tick value without needless decimals: `0.01`, `2`, `60`.
    static func label(_ value: Double) -> String {
        value >= 1 && value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }
}

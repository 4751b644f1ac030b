import Foundation

/// Collects SVG elements and writes the document: the few shapes the report's plots need.
struct SVGCanvas {
    /// The document's size in pixels.
    let width: Double
    let height: Double
    private var elements: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A straight line.
    mutating func line(from start: (Double, Double), to end: (Double, Double), stroke: String = "#000", width: Double = 1, dash: String = "") {
        elements.append("<line x1=\"\(Self.format(start.0))\" y1=\"\(Self.format(start.1))\" x2=\"\(Self.format(end.0))\" y2=\"\(Self.format(end.1))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.format(width))\"\(Self.dashAttribute(dash))/>")
    }

    /// A path through `points`, drawn in `stroke`.
    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2, dash: String = "") {
        guard points.count > 1 else { return }
        let coordinates = points.map { "\(Self.format($0.0)),\(Self.format($0.1))" }.joined(separator: " ")
        elements.append("<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.format(width))\" stroke-linejoin=\"round\"\(Self.dashAttribute(dash))/>")
    }

    /// A filled circle.
    mutating func circle(at center: (Double, Double), radius: Double, fill: String) {
        elements.append("<circle cx=\"\(Self.format(center.0))\" cy=\"\(Self.format(center.1))\" r=\"\(Self.format(radius))\" fill=\"\(fill)\"/>")
    }

    /// A rectangle.
    mutating func rectangle(x: Double, y: Double, width: Double, height: Double, fill: String = "none", stroke: String = "none") {
        elements.append("<rect x=\"\(Self.format(x))\" y=\"\(Self.format(y))\" width=\"\(Self.format(width))\" height=\"\(Self.format(height))\" fill=\"\(fill)\" stroke=\"\(stroke)\"/>")
    }

    /// Text anchored at `position` (`start`, `middle` or `end`), optionally turned by `rotation` degrees.
    mutating func text(_ content: String, at position: (Double, Double), anchor: String = "start", size: Double = 12,
                       weight: String = "normal", rotation: Double = 0, color: String? = nil) {
        let transform = rotation == 0 ? "" : " transform=\"rotate(\(Self.format(rotation)) \(Self.format(position.0)) \(Self.format(position.1)))\""
        let fill = color.map { " fill=\"\($0)\"" } ?? ""
        elements.append("<text x=\"\(Self.format(position.0))\" y=\"\(Self.format(position.1))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.format(size))\" font-weight=\"\(weight)\"\(fill)\(transform)>\(Self.escaped(content))</text>")
    }

    /// The SVG document.
    var document: String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.format(width))" height="\(Self.format(height))" viewBox="0 0 \(Self.format(width)) \(Self.format(height))" font-family="Helvetica, Arial, sans-serif">
        <rect width="100%" height="100%" fill="#fff"/>
        \(elements.joined(separator: "\n"))
        </svg>

        """
    }

    /// `text` with the characters XML reserves escaped.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".0", with: "", options: .anchored.union(.backwards))
    }

    private static func dashAttribute(_ dash: String) -> String {
        dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
    }
}

import Regel

/// Source text with position markers, in the manner of swift-syntax's tests: `1️⃣` marks a
/// place, and the marker is removed before parsing.
struct MarkedSource {
    let text: String
    /// Marker name → UTF-8 offset in `text`.
    let markers: [String: Int]

    static let names = ["1️⃣", "2️⃣", "3️⃣", "4️⃣"]

    init(_ marked: String) {
        var text = ""
        var markers: [String: Int] = [:]
        var rest = Substring(marked)
        while !rest.isEmpty {
            if let name = Self.names.first(where: { rest.hasPrefix($0) }) {
                markers[name] = text.utf8.count
                rest = rest.dropFirst(name.count)
            } else {
                text.append(rest.removeFirst())
            }
        }
        self.text = text
        self.markers = markers
    }

    /// Line and column of a marker, as the diagnostics count them.
    func location(_ name: String) -> SourceLocation? {
        markers[name].map { SourceFile(name: "m", text: text).location(of: $0) }
    }
}

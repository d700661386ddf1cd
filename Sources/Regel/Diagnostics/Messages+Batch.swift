import RegelSyntax

/// Norwegian texts for `regel batch`: problems with input lines and the summary.
enum BatchMessages {
    static let emptyFile = "filen er tom"
    static let emptyLine = "tom linje; hver linje skal være én sak"
    /// `line` is nil for a JSON Lines input, where the line is the record's own.
    static func invalidJSON(line: Int?, column: Int, _ message: String) -> String {
        let place = line.map { "på linje \($0), kolonne \(column)" } ?? "i kolonne \(column)"
        return "ugyldig JSON \(place): \(message)"
    }
    static func invalidID(_ described: String) -> String { "«id» skal være en tekst eller et tall, men er \(described)" }
    static func lineTooLong(_ maxBytes: Int) -> String { "linjen er lengre enn \(maxBytes) byte og er ikke lest" }
    static func unreadableFile(_ name: String) -> String { "kan ikke lese filen «\(name)»" }

    // The summary.
    static func throughput(_ cases: Int, seconds: String, perSecond: Int) -> String {
        "\(cases) \(cases == 1 ? "sak" : "saker") på \(seconds) s " + "(\(perSecond) saker/s), "
    }
    static func errorLines(_ count: Int) -> String {
        count == 0 ? "ingen linjer med feil" : "\(count) \(count == 1 ? "linje" : "linjer") med feil"
    }
    static func firstErrorLine(_ line: Int) -> String { " (første: linje \(line))" }
    static let stoppedAtError = "; stoppet ved første feil"
    static func defaultDateUsed(_ cases: Int, _ date: CalendarDate) -> String {
        "\n  merk: \(cases) \(cases == 1 ? "sak" : "saker") uten vurderingsdato ble vurdert på \(date)"
    }
    static func ruleCounts(_ rule: String, ja: Int, nei: Int, ukjent: Int, notInForce: Int) -> String {
        "\n  \(rule): ja \(ja), nei \(nei), ukjent \(ukjent), ikke i kraft \(notInForce)"
    }
    static func otherValues(_ count: Int) -> String { ", andre verdier \(count)" }
    static func notEncodedValues(_ count: Int) -> String { ", ikke kodet \(count)" }
}

import Foundation

/// Renders diagnostics as JSON for editors and hosts.
///
/// Shape (version 1): `{"versjon":1,"diagnostikk":[{"kode","alvorlighet","melding","fil","linje","kolonne",
/// "sluttlinje","sluttkolonne","merknader":[…],"forslag":{…}}]}`.
public enum JSONRenderer {
    /// The diagnostics as one JSON document in the shape above, keys sorted and indented.
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map(object(for:))
        let document: [String: Any] = ["versjon": 1, "diagnostikk": items]
        return JSONText.encode(document)
    }

    static func object(for diagnostic: Diagnostic) -> [String: Any] {
        var object: [String: Any] = [
            "kode": diagnostic.code.code,
            "alvorlighet": diagnostic.severity.rawValue,
            "melding": diagnostic.message,
        ]
        if let file = diagnostic.file {
            let start = file.location(of: diagnostic.range.start), end = file.location(of: diagnostic.range.end)
            object["fil"] = file.name
            object["linje"] = start.line
            object["kolonne"] = start.column
            object["sluttlinje"] = end.line
            object["sluttkolonne"] = end.column
        }
        object["merknader"] = diagnostic.notes.map { note -> [String: Any] in
            var item: [String: Any] = ["melding": note.message]
            if let file = note.file, let range = note.range {
                let location = file.location(of: range.start)
                item["fil"] = file.name
                item["linje"] = location.line
                item["kolonne"] = location.column
            }
            return item
        }
        if let fix = diagnostic.fix {
            object["forslag"] = ["melding": fix.message, "erstatning": fix.replacement]
        }
        return object
    }
}


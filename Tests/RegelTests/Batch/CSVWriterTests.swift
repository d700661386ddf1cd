import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// CSV for spreadsheets: byte order mark, header, Norwegian values and RFC 4180 quoting.
@Suite struct CSVWriterTests {
    @Test func valuesAreNorwegianAndFieldsAreQuotedWhenNeeded() throws {
        let runner = try BatchFixture.runner { options in
            options.format = .csv
            options.rules = ["rett", "beløp", "ny", "hilsen"]
        }
        let (output, _) = BatchFixture.run(runner, [
            #"{"id": "a,b", "fakta": {"alder": 12.5, "syk": true, "navn": "Åse \"Æ\"; Øy"}}"#,
            #"{"id": 7, "fakta": {"navn": "to\nlinjer"}}"#,
            #"{"fakta": {"alder": "x"}}"#,
        ])
        #expect(Array(output.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(output == "\u{FEFF}linje;id;rett;beløp;ny;hilsen;feil\r\n"
            + "1;\"a,b\";ja;\"18,75\";ikke i kraft;\"Åse \"\"Æ\"\"; Øy\";\r\n"
            + "2;7;ukjent;ukjent;ikke i kraft;\"to\nlinjer\";\r\n"
            + "3;;;;;;\"R0603 $.fakta[\"\"alder\"\"]: skal være tall (et tall), men er teksten \"\"x\"\"\"\r\n")
    }

    @Test func commaAsSeparatorAndMissingColumns() throws {
        let runner = try BatchFixture.runner { options in
            options.format = .csv
            options.csvSeparator = ","
            options.missing = true
            options.rules = ["rett"]
        }
        let (output, _) = BatchFixture.run(runner, [#"{"id": "x", "fakta": {"alder": 3}}"#, #"{"fakta": {"alder": 3, "syk": false}}"#])
        #expect(output == "\u{FEFF}linje,id,rett,rett mangler,feil\r\n1,x,ukjent,syk,\r\n2,,nei,,\r\n")
    }

    @Test func quotingFollowsRFC4180() {
        let writer = CSVWriter(separator: ";", rules: [], missing: false)
        #expect(writer.quoted("enkel") == "enkel")
        #expect(writer.quoted("æøå") == "æøå")
        #expect(writer.quoted("a,b") == "\"a,b\"")
        #expect(writer.quoted("a;b") == "\"a;b\"")
        #expect(writer.quoted("si \"hei\"") == "\"si \"\"hei\"\"\"")
        #expect(writer.quoted("a\r\nb") == "\"a\r\nb\"")
        #expect(writer.quoted("") == "")
    }
}

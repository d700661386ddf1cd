import Testing
@testable import Regel
@testable import RegelSyntax

/// The fast case reader changes how quickly a case is read, never what is read: on generated and
/// mutated lines, every case it reads is the case the full reader reads, and everything else is
/// left to the full reader.
@Suite struct FastCaseReaderTests {
    static let source = """
    type Lov: en av hol, barnevernsloven, nav_loven
    faktum født: dato
    faktum ventes: ja/nei
    faktum beløp: tall
    faktum frist: varighet
    faktum lov: Lov
    faktum navn: tekst
    faktum lover: liste av Lov
    faktum beløpene: liste av liste av tall
    regel r
      hjemmel x § 1
      når ventes eller alder(født) < 18 år eller beløp > 1 eller frist > 1 uke eller lov = hol eller navn = "x" eller
        (antall b i beløpene) > 1 eller (noen l i lover der l = hol)
    """

    static func describe(_ result: Result<Case, CaseErrors>) -> String {
        switch result {
        case .success(let givenCase):
            return "\(givenCase.vurderingsdato) " + givenCase.givenFacts.map { "\($0.name)=\($0.value.displayText)" }.joined(separator: " ")
        case .failure(let errors):
            return errors.errors.map(\.description).joined(separator: "; ")
        }
    }

    static func line(_ random: inout SplitMix) -> String {
        let values: [(String, [String])] = [
            ("født", ["\"2010-06-15\"", "\"2010-02-30\"", "null", "12"]),
            ("ventes", ["true", "false", "null", "\"ja\""]),
            ("beløp", ["12.5", "-0.25", "1e-65", "\"12,5\"", "\"1/3\"", "01", "12345678901234567890123"]),
            ("frist", ["\"2 uker\"", "\"1,5 år\"", "\"1,5 måned\"", "\"1 år og 6 måneder\"", "3"]),
            ("lov", ["\"hol\"", "\"nav_loven\"", "\"hoI\"", "null"]),
            ("navn", ["\"Åse\"", "\"a\\\"b\"", "\"\"", "\"x\""]),
            ("lover", ["[\"hol\", \"nav_loven\"]", "[ ]", "[\"hol\", null]", "[\"hoI\"]", "[\"hol\",]", "[\"hol\"", "null", "[[\"hol\"]]"]),
            ("beløpene", ["[[1, 2.5], []]", "[[\"1/3\"]]", "[1]", "[[1], null]", "[[1]", "[[1e99999]]"]),
            ("ukjent", ["1"]),
        ]
        var members: [String] = []
        // Mostly the first, well-formed choices, so both readers get plenty of each kind.
        for (name, choices) in values where random.below(3) > 0 && (name != "ukjent" || random.below(6) == 0) {
            members.append("\"\(name)\": \(random.below(4) > 0 ? choices[random.below(min(2, choices.count))] : random.pick(choices))")
        }
        if random.below(8) == 0, let first = members.first { members.append(first) }
        let date = random.below(8) > 0 ? "\"2024-03-01\"" : random.pick(["\"2024-13-01\"", "20240301"])
        var text = "{\"vurderingsdato\": \(date), \"fakta\": {" + members.joined(separator: ", ") + "}}"
        if random.below(6) == 0 {
            var bytes = Array(text.utf8)
            let position = random.below(bytes.count)
            bytes[position] = random.pick(Array("{}[],:\" \\0a-.e".utf8))
            text = String(decoding: bytes, as: UTF8.self)
        }
        return text
    }

    @Test func fastAndFullReadersAgree() throws {
        let program = try #require(compileProgram(Self.source))
        var random = SplitMix(seed: 41)
        var fastCount = 0
        for _ in 0..<3_000 {
            var text = Self.line(&random)
            let (fast, full) = text.withUTF8 { bytes in
                (FastCaseReader.read(bytes, program: program, defaultDate: date("2020-01-01")),
                 CaseJSON.decodeFully(bytes: bytes, program: program, defaultDate: date("2020-01-01")))
            }
            if let fast {
                fastCount += 1
                #expect(Self.describe(.success(fast)) == Self.describe(full), "\(text)")
            }
            #expect(Self.describe(CaseJSON.decode(text, program: program, defaultDate: date("2020-01-01"))) == Self.describe(full), "\(text)")
        }
        // The generator makes both kinds: lines the fast reader takes, and lines it leaves.
        #expect(fastCount > 300 && fastCount < 2_700, "\(fastCount)")
    }

    /// Lists of scalars are read on the fast path; a null element or a record is left to the full reader.
    @Test func listsOfScalarsAreReadFast() throws {
        let program = try #require(compileProgram(Self.source))
        for (line, fast) in [(#"{"fakta": {"lover": ["hol", "nav_loven"], "beløpene": [[1, 2.5], []]}}"#, true),
                             (#"{"fakta": {"lover": []}}"#, true), (#"{"fakta": {"lover": ["hol", null]}}"#, false),
                             (#"{"fakta": {"lover": ["hoI"]}}"#, false)] {
            var text = line
            let read = text.withUTF8 { FastCaseReader.read($0, program: program, defaultDate: date("2024-01-01")) }
            #expect((read != nil) == fast, "\(line)")
        }
    }

    /// Past 64 facts the reader remembers the facts it has seen in a list instead of bits.
    @Test func repeatedFactsAreLeftToTheFullReaderInLargeRuleSets() throws {
        var source = (0..<70).map { "faktum f\($0): ja/nei" }.joined(separator: "\n")
        source += "\nregel r\n  hjemmel x § 1\n  når " + (0..<70).map { "f\($0)" }.joined(separator: " og ")
        let program = try #require(compileProgram(source))
        for (line, fast) in [(#"{"fakta": {"f65": true, "f3": false}}"#, true), (#"{"fakta": {"f65": true, "f65": false}}"#, false),
                             (#"{"fakta": {"f3": true, "f3": false}}"#, false)] {
            var text = line
            let read = text.withUTF8 { FastCaseReader.read($0, program: program, defaultDate: date("2024-01-01")) }
            #expect((read != nil) == fast, "\(line)")
        }
        #expect(try errors(#"{"fakta": {"f65": true, "f65": false}}"#, program).first?.contains("står to ganger") == true)
    }

    func errors(_ text: String, _ program: CompiledRuleSet) throws -> [String] {
        guard case .failure(let errors) = CaseJSON.decode(text, program: program, defaultDate: date("2024-01-01")) else { return [] }
        return errors.errors.map(\.message)
    }

    /// The reader's own UTF-8 check agrees with Swift's on the edges of every sequence length and
    /// on random bytes biased toward the high half.
    @Test func itsUTF8CheckAgreesWithSwift() {
        var samples: [[UInt8]] = [[0xC2, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
                                  [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
                                  [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xC3, 0xB8], [0xC3], [0xE2, 0x82], [0x80],
                                  Array("ønske og 😀".utf8)]
        var random = SplitMix(seed: 8)
        for _ in 0..<20_000 {
            let count = Int(random.next() % 6)
            samples.append((0..<count).map { _ in UInt8(truncatingIfNeeded: random.next() | (random.next() % 4 == 0 ? 0 : 0x80)) })
        }
        for bytes in samples {
            let ours = bytes.withUnsafeBufferPointer { FastCaseReader.isValidUTF8($0) }
            #expect(ours == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}

import Foundation
import Testing
@testable import Regel
@testable import RegelInteractive
@testable import RegelSyntax

/// `Builtin.table` is the one list of built-in functions: the checker, the evaluator, completion,
/// the R0309 message and docs/referanse.md all follow it. These tests hold each of them to the table.
@Suite struct BuiltinTableTests {
    static var names: [String] { Builtin.names }

    static func function(_ name: String) throws -> BuiltinFunction {
        try #require(Builtin.named(name)?.function, "no built-in «\(name)»")
    }

    /// A fact type a parameter accepts, written as in a rule file.
    static func acceptedType(_ type: ParameterType) -> String {
        switch type {
        case .exactly(let type): return type.displayName
        case .anyType: return "tekst"
        case .listOfAnyType, .listOfNumbersOrDurations: return "liste av tall"
        }
    }

    /// A fact type a parameter does not accept, if there is one.
    static func rejectedType(_ type: ParameterType) -> (source: String, type: ValueType)? {
        [("tekst", ValueType.text), ("tall", .number)].first { !type.accepts($0.1) }
    }

    /// A rule file with one fact per parameter (`a1`, `a2`, …, of the given types) and a rule `r`
    /// that calls the function on them; the marker 1️⃣ stands before argument `marked`.
    static func source(_ function: BuiltinFunction, types: [String], marked: Int? = nil, extra: Bool = false) -> MarkedSource {
        let facts = types.enumerated().map { "faktum a\($0.offset + 1): \($0.element)\n" }.joined()
        var arguments = types.indices.map { ($0 == marked ? "1️⃣" : "") + "a\($0 + 1)" }
        if extra { arguments.append("a1") }
        return MarkedSource(facts + """
        regel r: \(function.result.displayName)
          hjemmel x § 1
          verdi 2️⃣\(function.name)(\(arguments.joined(separator: ", ")))

        """)
    }

    // MARK: The table itself

    @Test func namesAreUniqueAndFitTheirPlanNumber() {
        #expect(Set(Self.names).count == Self.names.count)
        #expect(Builtin.table.count <= Int(UInt8.max) + 1)
        for (index, builtin) in Builtin.all.enumerated() {
            #expect(Int(builtin.index) == index)
            #expect(Builtin.named(builtin.name) == builtin)
            #expect(Evaluator<NoTrace>.builtin(UInt8(index)) == builtin)
        }
    }

    @Test(arguments: names) func entryIsComplete(name: String) throws {
        let function = try Self.function(name)
        #expect(Set(function.parameters.map(\.name)).count == function.parameters.count)
        // One sentence that names every parameter, and text that fits in one Markdown table cell.
        #expect(function.description.first?.isUppercase == true || function.description.first == "`")
        #expect(function.description.hasSuffix(".") && !function.description.dropLast().contains(". "))
        for parameter in function.parameters {
            #expect(function.description.contains("`\(parameter.name)`"), "the description of «\(name)» does not name «\(parameter.name)»")
        }
        let plain = [function.example.call, function.example.value, function.example.vurderingsdato ?? ""] + function.parameters.map(\.name)
        for text in plain + [function.description] { #expect(!text.contains("|") && !text.contains("\n"), "«\(text)»") }
        for text in plain { #expect(!text.contains("`"), "«\(text)»") }
        #expect(function.example.call.hasPrefix(function.name + "("))
    }

    // MARK: Checking

    @Test(arguments: names) func checkerAcceptsTheDeclaredTypes(name: String) throws {
        let function = try Self.function(name)
        let source = Self.source(function, types: function.parameters.map { Self.acceptedType($0.type) })
        #expect(checkDiagnostics(source.text) == [])
    }

    @Test(arguments: names) func checkerRejectsAWrongType(name: String) throws {
        let function = try Self.function(name)
        var rejectedSomewhere = false
        for (index, parameter) in function.parameters.enumerated() {
            guard let wrong = Self.rejectedType(parameter.type) else { continue }
            rejectedSomewhere = true
            var types = function.parameters.map { Self.acceptedType($0.type) }
            types[index] = wrong.source
            let source = Self.source(function, types: types, marked: index)
            let place = try #require(source.location("1️⃣"))
            #expect(checkDiagnostics(source.text) == [
                "R0401 \(place) «\(name)» trenger \(parameter.type.displayName), men fikk \(wrong.type.displayName)",
            ])
        }
        // Only a parameter that takes anything rejects nothing.
        #expect(rejectedSomewhere || function.parameters.allSatisfy { $0.type == .anyType })
    }

    @Test(arguments: names) func checkerCountsTheArguments(name: String) throws {
        let function = try Self.function(name)
        let source = Self.source(function, types: function.parameters.map { Self.acceptedType($0.type) }, extra: true)
        let place = try #require(source.location("2️⃣"))
        let wanted = function.parameters.count
        #expect(checkDiagnostics(source.text) == [
            "R0310 \(place) «\(name)» tar \(wanted) \(wanted == 1 ? "argument" : "argumenter"), men fikk \(wanted + 1)",
        ])
    }

    @Test func parameterTypes() {
        #expect(ParameterType.anyType.accepts(.text) && ParameterType.anyType.accepts(.list(.date)))
        #expect(ParameterType.listOfAnyType.accepts(.list(.text)) && ParameterType.listOfAnyType.accepts(.list(.list(.number))))
        #expect(!ParameterType.listOfAnyType.accepts(.number))
        #expect(ParameterType.exactly(.date).accepts(.date) && !ParameterType.exactly(.date).accepts(.text))
        #expect(ParameterType.exactly(.list(.number)).displayName == "liste av tall")
    }

    // MARK: Evaluation

    @Test(arguments: names) func exampleGivesTheDocumentedValue(name: String) throws {
        let function = try Self.function(name)
        let program = try #require(compileProgram(""))
        let day = try #require(CalendarDate(iso: function.example.vurderingsdato ?? "2024-01-01"))
        let outcome = program.evaluateExpression(function.example.call, in: program.makeCase(vurderingsdato: day))
        switch outcome {
        case .success(let result): #expect(result.value.displayText == function.example.value, "\(function.example.call)")
        case .failure(let errors): Issue.record("\(function.example.call): \(errors)")
        }
    }

    /// Arguments left `ukjent` make the call `ukjent`, except for a function that reads them (`kjent`: `nei`).
    @Test(arguments: names) func undeterminedArguments(name: String) throws {
        let function = try Self.function(name)
        let program = try #require(compileProgram(Self.source(function, types: function.parameters.map { Self.acceptedType($0.type) }).text))
        let value = try program.valueText("r", "2024-01-01")
        #expect(value == (function.implementation.seesUndetermined ? "nei" : "ukjent"))
    }

    // MARK: Completion and the R0309 message

    @Test(arguments: names) func completionOffersIt(name: String) {
        let session = ReplSession(paths: [TranscriptTests.fixtures], today: TranscriptTests.today)
        #expect(session.completions(for: "rett_til_barnekoordinator og \(name.prefix(3))").contains(name))
        #expect(session.completions(for: "rett_til_barnekoordinator og \(name)").first == name)
    }

    @Test func unknownFunctionMessageListsTheTable() throws {
        let source = MarkedSource("""
        faktum f: dato
        regel r
          hjemmel x § 1
          når 1️⃣finnes_ikke(f)

        """)
        let place = try #require(source.location("1️⃣"))
        let found = checkDiagnostics(source.text)
        let prefix = "R0309 \(place) ukjent funksjon «finnes_ikke»; funksjonene er "
        #expect(found.count == 1)
        let first = try #require(found.first)
        #expect(first.hasPrefix(prefix), "\(first)")
        let listed = first.dropFirst(prefix.count).components(separatedBy: " og ").flatMap { $0.components(separatedBy: ", ") }
        #expect(listed == Self.names)
    }

    // MARK: The reference

    /// docs/referanse.md lists the functions exactly as `Builtin.referenceMarkdown` renders the table.
    /// With REGEL_OPPDATER_GOLDEN=1 the section is rewritten instead; review the change.
    @Test func referenceListsTheTable() throws {
        let path = "docs/referanse.md"
        let text = try Repository.read(path)
        let start = try #require(text.range(of: Builtin.referenceStart + "\n"), "\(path) lacks the line \(Builtin.referenceStart)")
        let end = try #require(text.range(of: Builtin.referenceEnd, range: start.upperBound..<text.endIndex),
                               "\(path) lacks the line \(Builtin.referenceEnd) after the start")
        let section = String(text[start.upperBound..<end.lowerBound])
        let rendered = Builtin.referenceMarkdown()
        if ProcessInfo.processInfo.environment["REGEL_OPPDATER_GOLDEN"] == "1" {
            let updated = String(text[..<start.upperBound]) + rendered + String(text[end.lowerBound...])
            try updated.write(to: Repository.root.appendingPathComponent(path), atomically: true, encoding: .utf8)
            return
        }
        #expect(section == rendered, "\(path) differs from Builtin.table; run with REGEL_OPPDATER_GOLDEN=1 and review the change")
    }

    @Test func renderedReferenceHasOneRowPerFunction() {
        let rows = Builtin.referenceMarkdown().split(separator: "\n")
        #expect(rows.count == Builtin.table.count + 2)
        #expect(rows.contains("| `dager_mellom(fra, til)` | `fra`: dato, `til`: dato | tall | Antall dager fra `fra` til `til`, negativt hvis `til` er før `fra`. | `dager_mellom(2024-02-01, 2024-03-01)` = `29` |"))
        #expect(rows.contains { $0.hasPrefix("| `kjent(x)` | `x`: hva som helst | ja/nei |") })
        #expect(rows.contains { $0.hasSuffix("| `alder(2006-05-17)` = `17 år` når vurderingsdatoen er 2024-05-16 |") })
    }
}

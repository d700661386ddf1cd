import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// The checker's passes, each on its own: every pass gives its result, keyed by the parser's node
/// ids, also when the file has errors.
@Suite struct CheckerPassesTests {
    static let source = """
    type Tjeneste: en av helse, skole
    type Tilbud: en av skole, barnehage
    faktum barn.alder: tall
    faktum tjenester: liste av Tjeneste
    regel ung
      hjemmel pbrl § 2-5 c
      når barn.alder < 18 og ukjentnavn
    regel skolebarn
      hjemmel pbrl § 2-5 c
      når ung og noen t i tjenester der t = skole
    """

    /// The passes up to types, run by hand on one file.
    static func passes(_ text: String) -> (SyntaxTree, Declarations, Resolution, TypeChecker, [Diagnostic]) {
        let tree = Parser.parse(SourceFile(name: "p.regel", text: text))
        let (declarations, declared) = DeclarationCollector.collect([(tree, 0)])
        let (resolution, resolved) = Resolver.resolve(declarations)
        var typeChecker = TypeChecker(declarations: declarations, resolution: resolution)
        typeChecker.checkRules(order: RuleGraph(edges: resolution.ruleUses).order)
        return (tree, declarations, resolution, typeChecker, declared + resolved + typeChecker.diagnostics)
    }

    /// Every expression of a rule's body, outermost first.
    static func expressions(of rule: String, in tree: SyntaxTree) -> [RegelSyntax.Expression] {
        var found: [RegelSyntax.Expression] = []
        func walk(_ expression: RegelSyntax.Expression) {
            found.append(expression)
            for child in expression.children { walk(child) }
        }
        for case .rule(let declaration) in tree.declarations where declaration.name.text == rule {
            for expression in declaration.body.expressions { walk(expression) }
        }
        return found
    }

    static func path(_ text: String, in expressions: [RegelSyntax.Expression]) -> RegelSyntax.Expression? {
        expressions.first { if case .path(let path) = $0.kind { return path.text == text } else { return false } }
    }

    @Test func theResolverLinksEachNameByItsNodeIdAlsoWhenANameIsUnknown() throws {
        let (tree, _, resolution, _, diagnostics) = Self.passes(Self.source)
        #expect(diagnostics.map { "\($0.code.code) \($0.message)" } == ["R0301 ukjent navn «ukjentnavn»"])
        let young = Self.expressions(of: "ung", in: tree)
        let age = try #require(Self.path("barn.alder", in: young))
        guard case .fact(let slot, let length)? = resolution.names[0, age.id] else { Issue.record("barn.alder er ikke et faktum"); return }
        #expect(slot == 0 && length == 2)
        let unknown = try #require(Self.path("ukjentnavn", in: young))
        guard case .unknown(let locals)? = resolution.names[0, unknown.id] else { Issue.record("ukjentnavn er løst"); return }
        #expect(locals.isEmpty)
        let student = Self.expressions(of: "skolebarn", in: tree)
        let variable = try #require(Self.path("t", in: student))
        guard case .local(0)? = resolution.names[0, variable.id] else { Issue.record("t er ikke kvantorens variabel"); return }
        // `ung` is used by `skolebarn`, which is rule 1.
        #expect(resolution.ruleUses == [[], [0]])
        #expect(resolution.usedFacts == [0, 1])
    }

    @Test func theTypeCheckerTypesEveryExpressionByItsNodeIdAlsoWhenANameIsUnknown() throws {
        let (tree, declarations, _, typeChecker, _) = Self.passes(Self.source)
        let types = typeChecker.typing.types
        let young = Self.expressions(of: "ung", in: tree)
        #expect(young.map { types[0, $0.id]?.displayName } == ["ja/nei", "ja/nei", "tall", "tall", "ukjent type"])
        let student = Self.expressions(of: "skolebarn", in: tree)
        let tjeneste = try #require(declarations.types["Tjeneste"]?.type)
        // `skole` is a value of both enumerations; the variable's type picks Tjeneste's.
        let school = try #require(Self.path("skole", in: student))
        #expect(types[0, school.id] == tjeneste)
        #expect(typeChecker.typing.ruleTypes == [.truth, .truth])
    }

    @Test func theCodeGeneratorNeedsNoCheckingOfItsOwn() throws {
        let (_, declarations, resolution, typeChecker, _) = Self.passes(Self.source.replacingOccurrences(of: " og ukjentnavn", with: ""))
        var generator = CodeGenerator(declarations: declarations, resolution: resolution, typing: typeChecker.typing)
        let rules = generator.generateRules(order: [0, 1])
        #expect(rules.map(\.name) == ["ung", "skolebarn"])
        guard case .condition(let body) = rules[1].versions[0].body, case .logical(.and, let operands) = body.kind,
              case .quantifier(.some, _, let condition?, 0) = operands[1].kind,
              case .compare(.equal, let variable, let value) = condition.kind else {
            Issue.record("skolebarn ble ikke «ung og noen t i tjenester der t = skole»: \(rules[1].versions[0].body)"); return
        }
        guard case .local(0) = variable.kind, case .constant(.enumeration(let type, 1)) = value.kind else {
            Issue.record("t = skole ble ikke variabel mot verdi"); return
        }
        #expect(type.name == "Tjeneste")
        #expect(generator.nodeSources.map(\.text).contains("noen t i tjenester der t = skole"))
    }

    @Test func aTypeAfterARulesNameIsResolvedOnceAndReportedWhenUnknown() {
        let found = checkDiagnostics("""
        type Tjeneste: en av helse, skole
        regel a: Tjenste
          hjemmel pbrl § 2-5
          verdi helse
        regel b: en av x, y
          hjemmel pbrl § 2-5
          verdi x
        regel c
          hjemmel pbrl § 2-5
          når b = x
        """)
        #expect(found == ["R0304 2:10 ukjent type «Tjenste»"])
    }

    @Test func arithmeticOnEnumerationValuesIsOneError() {
        let found = checkDiagnostics("""
        type Tjeneste: en av helse, skole
        regel d
          hjemmel pbrl § 2-5
          når helse + skole = helse
        """)
        #expect(found == ["R0402 4:7 kan ikke regne «Tjeneste» + «Tjeneste»"])
    }
}

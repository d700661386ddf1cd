import Testing
@testable import RegelSyntax

/// Reading rules with parameters, questions on record fields, the new quantifiers, membership,
/// list positions and tests that apply a rule to arguments.
@Suite struct ParameterSyntaxTests {
    func rule(_ source: String) throws -> RuleDeclaration {
        let tree = parse(source)
        #expect(tree.diagnostics.isEmpty, "\(tree.diagnostics.map(summary))")
        return try #require(tree.declarations.compactMap { if case .rule(let rule) = $0 { return rule } else { return nil } }.first)
    }

    func expression(_ text: String) throws -> Expression.Kind {
        let declaration = try rule("regel r\n  hjemmel x § 1\n  verdi \(text)\n")
        guard case .value(let value) = declaration.body else { Issue.record("no value"); return .invalid }
        return value.kind
    }

    /// The name a path expression names, or nil for another kind.
    func pathText(_ kind: Expression.Kind) -> String? {
        if case .path(let path) = kind { return path.text }
        return nil
    }

    @Test func parametersAreNamesWithTypes() throws {
        let source = "regel skal_samarbeide(tjeneste: Tjeneste, frist: dato): ja/nei\n  hjemmel x § 1\n  verdi ja\n"
        let declaration = try rule(source)
        let file = SourceFile(name: "test.regel", text: source)
        #expect(declaration.name.text == "skal_samarbeide")
        #expect(declaration.parameters.map(\.name.text) == ["tjeneste", "frist"])
        #expect(declaration.parameters.map { file.text($0.type.range) } == ["Tjeneste", "dato"])
        #expect(declaration.declaredType.map { file.text($0.range) } == "ja/nei")
    }

    @Test func aRuleWithoutParametersHasNone() throws {
        #expect(try rule("regel r\n  hjemmel x § 1\n  når ja\n").parameters.isEmpty)
    }

    @Test func aParameterWithoutTypeIsReported() {
        let found = parse("regel r(t)\n  hjemmel x § 1\n  når ja\n").diagnostics.map(summary)
        #expect(found == ["R0203 1:10 forventet «:» og en type etter parameteren «t» i regelen «r», men fant «)»"])
    }

    @Test func fieldsCarryTheirQuestion() throws {
        let tree = parse("type T:\n  navn: tekst\n    spørsmål \"Hva heter tjenesten?\"\n  kommunal: ja/nei\n")
        #expect(tree.diagnostics.isEmpty)
        guard case .type(let declaration)? = tree.declarations.first, case .record(let fields) = declaration.body else {
            Issue.record("no record type"); return
        }
        #expect(fields.map(\.question) == ["Hva heter tjenesten?", nil])
    }

    @Test func membershipStandsWithTheComparisons() throws {
        guard case .logical(.and, let operands) = try expression("a i b og c") else { Issue.record("not og"); return }
        guard case .membership(let element, let list) = operands[0].kind else { Issue.record("not membership"); return }
        #expect(pathText(element.kind) == "a")
        #expect(pathText(list.kind) == "b")
    }

    @Test func aBracketRightAfterAListIsItsPosition() throws {
        guard case .member(let base, let field) = try expression("tjenester[0].lov") else { Issue.record("not a field"); return }
        #expect(field.text == "lov")
        guard case .index(let list, let position) = base.kind else { Issue.record("not an index"); return }
        #expect(pathText(list.kind) == "tjenester")
        #expect(position.kind == .number(Number(0)))
    }

    @Test func theQuantifiers() throws {
        for (text, quantifier) in [("alle t i l der t", Quantifier.all), ("minst én t i l der t", .some), ("noen t i l der t", .some),
                                   ("ingen t i l der t", .none), ("antall t i l der t", .count)] {
            guard case .quantifier(let found, let variable, _, _) = try expression(text) else { Issue.record("\(text)"); continue }
            #expect(found == quantifier, "\(text)")
            #expect(variable.text == "t")
        }
    }

    @Test func minstAndIngenAreStillWhatTheyWere() throws {
        guard case .call(let name, let arguments) = try expression("minst([1, 2])") else { Issue.record("not a call"); return }
        #expect(name.text == "minst" && arguments.count == 1)
        // `ingen` is a name unless a name and `i` follow.
        #expect(pathText(try expression("ingen")) == "ingen")
        let list = try rule("regel r\n  hjemmel x § 1\n  når minst ett av:\n    - a\n    - b\n")
        guard case .condition(let condition) = list.body, case .conditionList(.any, let items) = condition.kind else {
            Issue.record("not a list"); return
        }
        #expect(items.count == 2)
    }

    @Test func minstWithoutEnIsReported() {
        let found = parse("regel r\n  hjemmel x § 1\n  verdi 1 + minst t i l der t\n").diagnostics.map(summary)
        #expect(found.first?.hasPrefix("R0203 3:19 forventet «én», et navn, «i» og en liste") == true, "\(found)")
    }

    @Test func aTestAppliesARuleToEachElement() throws {
        let tree = parse("test \"t\"\n  gitt\n    vurderingsdato = 2024-01-01\n  forvent\n    [r(t) for t i l] = [ja, nei]\n")
        #expect(tree.diagnostics.isEmpty, "\(tree.diagnostics.map(summary))")
        guard case .test(let test)? = tree.declarations.first, let expectation = test.expectations.first else { Issue.record("no test"); return }
        #expect(expectation.rule.text == "r")
        guard case .comprehension? = expectation.application?.kind else { Issue.record("not per element"); return }
        let wrong = parse("test \"t\"\n  gitt\n    vurderingsdato = 2024-01-01\n  forvent\n    [ja, nei] = [ja, nei]\n").diagnostics.map(summary)
        #expect(wrong.first == "R0203 5:5 en forventning i hakeparentes bruker en regel på hvert element: «[skal_samarbeide(t) for t i tjenester] = [ja, nei]»")
    }

    @Test func aTestAppliesARuleToArguments() throws {
        let tree = parse("test \"t\"\n  gitt\n    vurderingsdato = 2024-01-01\n  forvent\n    r(l[1], 2) = ja\n    s = nei\n")
        #expect(tree.diagnostics.isEmpty, "\(tree.diagnostics.map(summary))")
        guard case .test(let test)? = tree.declarations.first else { Issue.record("no test"); return }
        #expect(test.expectations.map { $0.application.map { tree.file.text($0.range) } } == ["r(l[1], 2)", nil])
        guard case .call(let name, let arguments)? = test.expectations[0].application?.kind else { Issue.record("not a call"); return }
        #expect(name.text == "r" && arguments.count == 2)
    }
}

/// `regel formater` writes parameters, calls, positions and the new quantifiers in the canonical layout.
@Suite struct ParameterFormattingTests {
    @Test func theNewSyntaxFormatsCanonically() throws {
        let source = """
        type T:
          n: tall
              spørsmål   "Hvor mange?"
        faktum ts: liste av T
        regel r( t :T ,g:tall )
          hjemmel x § 1
          når t.n>g og minst én x i ts der x.n  i [ 3 ]
        regel s
          hjemmel x § 1
          når ingen  t i ts der r( t,1 ) og ts[ 0 ].n > 1
        test "a"
          gitt
            vurderingsdato = 2024-01-01
          forvent
            r( ts[0] , 2 ) = ukjent

        """
        let formatted = try #require(RegelFormatter.format(SourceFile(name: "f.regel", text: source)).text)
        #expect(formatted == """
        type T:
          n: tall
            spørsmål "Hvor mange?"
        faktum ts: liste av T
        regel r(t: T, g: tall)
          hjemmel x § 1
          når t.n > g og minst én x i ts der x.n i [3]
        regel s
          hjemmel x § 1
          når ingen t i ts der r(t, 1) og ts[0].n > 1
        test "a"
          gitt
            vurderingsdato = 2024-01-01
          forvent
            r(ts[0], 2) = ukjent

        """)
        #expect(RegelFormatter.format(SourceFile(name: "f.regel", text: formatted)).changed == false)
    }
}

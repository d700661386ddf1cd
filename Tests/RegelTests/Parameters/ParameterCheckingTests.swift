import Testing
@testable import Regel
@testable import RegelSyntax

/// Diagnostics for rules with parameters and their calls: code, line, column and message.
@Suite struct ParameterCheckingTests {
    static let declarations = """
    type T:
      navn: tekst
      kommunal: ja/nei
    faktum ts: liste av T
    faktum tall_liste: liste av tall
    regel k(t: T)
      hjemmel x § 1
      når t.kommunal

    """

    /// The diagnostics after the declarations above, without R0502 for the facts a test leaves unused.
    func errors(_ source: String) -> [String] { checkDiagnostics(Self.declarations + source).filter { !$0.hasPrefix("R0502") } }

    @Test func aCheckedCallHasNoDiagnostics() {
        #expect(errors("regel r\n  hjemmel x § 1\n  når alle t i ts der k(t)\n").isEmpty)
    }

    @Test func wrongNumberOfArguments() {
        #expect(errors("regel r\n  hjemmel x § 1\n  når k(ts[0], ts[1])\n")
                    == ["R0310 11:7 regelen «k» tar 1 argument, men fikk 2"])
    }

    @Test func wrongArgumentType() {
        #expect(errors("regel r\n  hjemmel x § 1\n  når k(3)\n")
                    == ["R0401 11:9 parameteren «t» i regelen «k» er «T», men argumentet er tall"])
    }

    @Test func aRuleWithParametersUsedWithoutArguments() {
        #expect(errors("regel r\n  hjemmel x § 1\n  når k\n")
                    == ["R0315 11:7 regelen «k» har parametre (t: «T») og må brukes med argumenter, som «k(…)»"])
    }

    @Test func argumentsToARuleWithout() {
        let found = RegelCompiler.compile(source: Self.declarations + "regel u\n  hjemmel x § 1\n  når ja\nregel r\n  hjemmel x § 1\n  når u(1)\n",
                                          name: "test.regel").diagnostics
        #expect(found.map(summary) == ["R0310 14:7 regelen «u» har ingen parametre, men fikk 1 argument; skriv bare «u»"])
        #expect(found.first?.fix?.replacement == "u")
    }

    @Test func aMisspeltRuleCallIsOfferedTheRule() {
        let found = RegelCompiler.compile(source: Self.declarations + "regel r\n  hjemmel x § 1\n  når kk(ts[0])\n", name: "test.regel")
        #expect(found.diagnostics.map(\.code) == [.unknownFunction])
        #expect(found.diagnostics.first?.fix?.replacement == "k")
    }

    @Test func recursionThroughParametersIsACycle() {
        #expect(checkDiagnostics("regel ned(n: tall)\n  hjemmel x § 1\n  når n > 0 og ned(n - 1)\n")
                    == ["R0303 1:7 regelen «ned» bruker seg selv; en regel kan ikke avhenge av seg selv"])
        let ring = checkDiagnostics("""
        regel a(n: tall)
          hjemmel x § 1
          når b(n)
        regel b(n: tall)
          hjemmel x § 1
          når a(n + 1)
        """)
        #expect(ring == ["R0303 1:7 reglene bruker hverandre i ring: «a» → «b» → «a»; en regel kan ikke avhenge av seg selv"])
    }

    @Test func aParameterMayNotHideAnotherName() {
        let found = checkDiagnostics("""
        faktum barn.alder: tall
        faktum d: dato
        regel r(barn: tall, d: tall, vurderingsdato: dato)
          hjemmel x § 1
          når barn > d og vurderingsdato = vurderingsdato
        """)
        let hides = "ville skjule"
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.hasPrefix("R0314 3:") && $0.contains(hides) }, "\(found)")
        #expect(found.first == "R0314 3:9 parameteren «barn» ville skjule et faktum eller en vurdering med samme navn (eller med navnet foran et punktum) inne i regelen; gi parameteren et annet navn")
    }

    @Test func twoParametersWithOneName() {
        #expect(checkDiagnostics("regel r(a: tall, a: tall)\n  hjemmel x § 1\n  når a > 1\n")
                    == ["R0302 1:18 parameteren «a» er deklarert mer enn én gang"])
    }

    @Test func aRuleMayNotBeNamedLikeABuiltin() {
        #expect(checkDiagnostics("regel sum(a: tall): tall\n  hjemmel x § 1\n  verdi a\n")
                    == ["R0316 1:7 regelen kan ikke hete «sum», som er en innebygd funksjon; gi regelen et annet navn"])
    }

    @Test func versionsMustShareTheirParameters() {
        let found = checkDiagnostics("""
        regel g(a: tall)
          hjemmel x § 1
          gjelder til 2022-07-31
          når a > 1
        regel g(b: tall)
          hjemmel x § 1
          gjelder fra 2022-08-01
          når b > 1
        """)
        // The later version is read with the first version's parameters, so its `b` is unknown as well.
        #expect(found == ["R0317 5:7 versjonene av regelen «g» har ulike parametre; alle versjoner må ha de samme parametrene med de samme typene",
                          "R0301 8:7 ukjent navn «b»"])
    }

    @Test func anUnusedParameterIsAWarning() {
        let found = RegelCompiler.compile(source: Self.declarations + "regel r(t: T, u: T)\n  hjemmel x § 1\n  når t.kommunal\n",
                                          name: "test.regel")
        #expect(found.program != nil)
        let warnings = found.diagnostics.filter { $0.code == .unusedParameter }
        #expect(warnings.map(summary) == ["R0510 9:15 parameteren «u» brukes ikke i regelen «r»"])
        #expect(warnings.first?.severity == .warning)
    }

    @Test func aParameterUsedOnlyInAnExceptionIsUsed() {
        #expect(checkDiagnostics("regel r(a: tall)\n  hjemmel x § 1\n  når ja\nunntak for r\n  hjemmel x § 1\n  når a > 1\n").isEmpty)
    }

    @Test func membershipAndPositionTypes() {
        #expect(errors("regel r\n  hjemmel x § 1\n  når \"a\" i tall_liste\n") == ["R0402 11:7 kan ikke se etter tekst i liste av tall"])
        #expect(errors("regel r\n  hjemmel x § 1\n  når 3 i 4\n") == ["R0401 11:11 «4» er tall, ikke en liste"])
        #expect(errors("regel r: tall\n  hjemmel x § 1\n  verdi tall_liste[ja]\n")
                    == ["R0401 11:20 plassnummeret i «[…]» må være et tall, men er ja/nei"])
        #expect(errors("regel r: tall\n  hjemmel x § 1\n  verdi sum(ts)\n").first?.hasPrefix("R0401 11:13 «sum» trenger liste av tall eller liste av varighet") == true)
    }

    /// The values in `x i [a, b]` take the type of `x`, so a value name two enumerations share is
    /// not ambiguous there (as in `x = a`); a value of another type is still an error.
    @Test func membershipInAListOfValuesTakesTheElementsType() throws {
        let source = "type A: en av hol, nav\ntype B: en av hol, bv\nfaktum x: A\nfaktum y: B\nregel r\n  hjemmel x § 1\n  når x i [hol, nav] og y i [hol]\n"
        #expect(checkDiagnostics(source).isEmpty)
        let program = try #require(compileProgram(source))
        #expect(try program.valueText("r", "2024-01-01", ["x": "hol", "y": "hol"]) == "ja")
        #expect(try program.valueText("r", "2024-01-01", ["x": "nav", "y": "bv"]) == "nei")
        #expect(checkDiagnostics("type A: en av hol, nav\ntype B: en av hol, bv\nfaktum x: A\nregel r\n  hjemmel x § 1\n  når x i [hol, bv]\n")
                    == ["R0401 6:17 elementet er «B», men listen er av «A»"])
    }

    @Test func sumTakesTheTypeOfTheElements() {
        #expect(checkDiagnostics("faktum v: liste av varighet\nregel r: varighet\n  hjemmel x § 1\n  verdi sum(v) + størst(v) + minst(v)\n").isEmpty)
        #expect(checkDiagnostics("faktum v: liste av varighet\nregel r: tall\n  hjemmel x § 1\n  verdi sum(v)\n")
                    == ["R0401 2:7 regelen «r» er deklarert som tall, men gir varighet"])
    }

    @Test func testsApplyRulesWithParametersToArguments() {
        let test = "test \"t\"\n  gitt\n    vurderingsdato = 2024-01-01\n  forvent\n"
        #expect(errors(test + "    k(ts[0]) = ja\n").isEmpty)
        #expect(errors(test + "    k = ja\n") == ["R0315 13:5 regelen «k» har parametre (t: «T») og må brukes med argumenter, som «k(…)»"])
        #expect(errors(test + "    k(ts[0], 2) = ja\n") == ["R0310 13:5 regelen «k» tar 1 argument, men fikk 2"])
        #expect(errors(test + "    k(1) = ja\n") == ["R0401 13:7 parameteren «t» i regelen «k» er «T», men argumentet er tall"])
    }

    @Test func aTestNamesMissingFieldsOfElementsByPath() throws {
        let test = "test \"t\"\n  gitt\n    vurderingsdato = 2024-01-01\n    ts = [{navn: \"A\"}]\n  forvent\n"
        let program = try #require(compileProgram(Self.declarations + "regel samtlige\n  hjemmel x § 1\n  når alle t i ts der k(t)\n"
                                                  + test + "    samtlige = ukjent mangler ts[0].kommunal\n"))
        #expect(TestRunner.run(program).summaryLine == "1 passed, 0 failed")
        #expect(errors("regel samtlige\n  hjemmel x § 1\n  når alle t i ts der k(t)\n" + test + "    samtlige = ukjent mangler ts[0].fylke\n")
                    == ["R0301 17:31 «ts[0].fylke» er ikke et sted i saken: et faktum, eventuelt med «[n]» for et element i en liste (talt fra 0) og «.felt»"])
        let tree = parse(test + "    samtlige = ukjent mangler ts[0].kommunal, ts\n")
        guard case .test(let declaration)? = tree.declarations.first else { Issue.record("no test"); return }
        #expect(declaration.expectations.first?.missing?.map(\.text) == ["ts[0].kommunal", "ts"])
    }

    @Test func aChainThroughParametersTooDeepForTheEvaluatorIsReported() {
        // 300 rules, each using the next with its argument: deeper than the evaluator nests.
        var source = "regel r0(n: tall)\n  hjemmel x § 1\n  når n > 0\n"
        for level in 1...300 { source += "regel r\(level)(n: tall)\n  hjemmel x § 1\n  når r\(level - 1)(n)\n" }
        let found = checkDiagnostics(source)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.hasPrefix("R0212") && $0.contains("har parametre og bruker en kjede av regler som er for dyp") })
    }
}

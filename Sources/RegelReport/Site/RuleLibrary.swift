import Foundation
import Regel

/// The rule library as the site shows it: every file in the fixed layout (`regel formater`),
/// compiled with the semantic index, its tests run and their coverage measured. Built once; the
/// pages only read it.
package struct RuleLibrary {
    /// One file: its syntax tree and the page it gets.
    package struct File {
        package let tree: SyntaxTree
        /// The file's path below the rules folder, as shown (`barnekoordinator.regel`).
        package let title: String
        /// The page's file name in the site (`barnekoordinator.html`).
        package let page: String
        package var source: SourceFile { tree.file }
    }

    /// A declaration that names things, by its span in a file: where a use found in that span is
    /// listed as used.
    package struct Span {
        package let range: SourceRange
        package let anchor: String
        package let title: String
    }

    package let files: [File]
    package let program: CompiledRuleSet
    package let index: SemanticIndex
    package let tests: TestRunner.Report
    package let coverage: CoverageReport
    /// The `lovtekst` declarations by name, with the file they are in: one per version of the
    /// wording (`gjelder fra/til`), in file order.
    package let lovtekster: [String: [(declaration: LovtekstDeclaration, file: File)]]
    /// Declarations by file name, in file order, to find what encloses a use.
    private let spans: [String: [Span]]
    /// The page of each file, by the file's name.
    private let pages: [String: String]

    /// Reads `paths` as `regel` does, formats each file in memory and compiles the formatted text,
    /// so that every line shown on the site, every position in the index and every coverage line
    /// belong to the same text. Returns the diagnostics instead when the rules have errors.
    package static func load(paths: [String]) -> Result<RuleLibrary, DiagnosticList> {
        let first = RegelCompiler.compile(paths: paths)
        guard first.program != nil else { return .failure(DiagnosticList(items: first.diagnostics)) }
        let formatted = first.files.map { file in
            RegelFormatter.format(file).text.map { SourceFile(name: file.name, text: $0) } ?? file
        }
        let root = RegelCompiler.rootFolder(for: paths)
        let unsaved = Dictionary(formatted.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
        let compilation = RegelCompiler.compile(files: formatted, root: root, extra: [], unsaved: unsaved, indexing: true)
        guard let program = compilation.program else { return .failure(DiagnosticList(items: compilation.diagnostics)) }
        return .success(RuleLibrary(compilation: compilation, program: program, root: root))
    }

    private init(compilation: Compilation, program: CompiledRuleSet, root: String?) {
        var used = Set(SitePaths.reserved)
        var files: [File] = []
        for source in compilation.files.sorted(by: { $0.name < $1.name }) {
            let title = SitePaths.relative(source.name, to: root)
            let page = SitePaths.page(for: title, avoiding: &used)
            files.append(File(tree: Parser.parse(source), title: title, page: page))
        }
        self.files = files
        self.program = program
        self.index = compilation.index
        self.tests = TestRunner.run(program)
        self.coverage = Coverage.measure(program)
        self.pages = Dictionary(files.map { ($0.source.name, $0.page) }, uniquingKeysWith: { a, _ in a })
        var lovtekster: [String: [(declaration: LovtekstDeclaration, file: File)]] = [:]
        var spans: [String: [Span]] = [:]
        for file in files {
            for declaration in file.tree.declarations {
                if case .lovtekst(let lovtekst) = declaration { lovtekster[lovtekst.name.text, default: []].append((lovtekst, file)) }
                if let span = Self.span(declaration, in: file) { spans[file.source.name, default: []].append(span) }
            }
        }
        self.lovtekster = lovtekster
        self.spans = spans
    }

    static func span(_ declaration: Declaration, in file: File) -> Span? {
        switch declaration {
        case .rule(let rule): return Span(range: rule.range, anchor: HTMLText.anchor("regel", rule.name.text), title: rule.name.text)
        case .exception(let exception):
            return Span(range: exception.range, anchor: Anchors.exception(exception, in: file.source),
                        title: SiteMessages.exceptionTitle(exception.rule.text))
        case .test(let test): return Span(range: test.range, anchor: Anchors.test(test, in: file.source), title: test.name)
        default: return nil
        }
    }

    // MARK: Links

    /// `side.html#anker` for a rule, fact or lovtekst, where it is declared; nil for other symbols.
    package func link(to symbol: SemanticIndex.Symbol) -> String? {
        // A lovtekst with versions is declared more than once; its name leads to the first.
        if case .lovtekst(let name) = symbol, let first = lovtekster[name]?.first {
            return first.file.page + "#" + HTMLText.anchor("lovtekst", name)
        }
        guard let definition = index.definition(of: symbol), let page = pages[definition.file] else { return nil }
        switch symbol {
        case .rule(let name): return page + "#" + HTMLText.anchor("regel", name)
        case .fact(let name): return page + "#" + HTMLText.anchor("faktum", name)
        default: return nil
        }
    }

    /// Where `symbol` is used: the rules, exceptions and tests whose text names it, each once, as
    /// a title and a link.
    package func uses(of symbol: SemanticIndex.Symbol) -> [(title: String, link: String)] {
        var seen = Set<String>()
        var result: [(String, String)] = []
        for occurrence in index.references(to: symbol, includingDefinitions: false) {
            guard let page = pages[occurrence.file],
                  let span = spans[occurrence.file]?.first(where: { $0.range.start <= occurrence.range.start && occurrence.range.end <= $0.range.end })
            else { continue }
            let link = page + "#" + span.anchor
            if seen.insert(link).inserted { result.append((span.title, link)) }
        }
        return result
    }

    /// The test result of a `test` block, found by file and line.
    package func result(of test: TestDeclaration, in file: SourceFile) -> TestRunner.TestResult? {
        let line = file.location(of: test.range.start).line
        return tests.results.first { $0.file == file.name && $0.line == line }
    }

    /// The vilkår of `rule` that coverage tracks, with what the tests saw.
    package func conditions(of rule: String) -> [CoverageReport.Condition] {
        coverage.files.flatMap(\.conditions).filter { $0.info.rule == rule }
    }

    /// Every hjemmel a rule version can cite: its own, each `hvis` case's and `ellers`', and the
    /// rows of `hjemmel etter`, each once.
    package static func allHjemmel(_ rule: RuleDeclaration) -> [HjemmelReference] {
        var cases: [HjemmelReference] = []
        if case .cases(let list, _) = rule.body { cases = list.flatMap(\.hjemmel) }
        let all = rule.hjemmel + cases + rule.otherwiseHjemmel + (rule.hjemmelTable?.rows.flatMap(\.hjemmel) ?? [])
        var seen = Set<HjemmelReference>()
        return all.filter { seen.insert($0).inserted }
    }

    /// Every version of the lovtekst called `name`, in file order.
    package func wording(of name: String) -> [LovtekstDeclaration] { (lovtekster[name] ?? []).map(\.declaration) }

    /// A hjemmel reference as written out: the citation, or a lovtekst's source citation or title.
    package func citationText(_ reference: HjemmelReference) -> String {
        switch reference {
        case .citation(let citation): return citation.displayText
        case .lovtekst(let name):
            guard let lovtekst = lovtekster[name.text]?.first?.declaration else { return name.text }
            return lovtekst.source?.displayText ?? lovtekst.title ?? name.text
        }
    }
}

/// Anchors of declarations that have no unique name of their own.
package enum Anchors {
    /// `test-LINJE`: test names are free text, their lines are unique in a file.
    package static func test(_ test: TestDeclaration, in file: SourceFile) -> String {
        "test-\(file.location(of: test.range.start).line)"
    }

    /// `lovtekst-NAVN` for the first version of a wording, `lovtekst-NAVN-linje-LINJE` for later ones.
    package static func lovtekst(_ lovtekst: LovtekstDeclaration, in file: SourceFile, library: RuleLibrary) -> String {
        let base = HTMLText.anchor("lovtekst", lovtekst.name.text)
        guard let first = library.lovtekster[lovtekst.name.text]?.first,
              first.file.source.name != file.name || first.declaration.range != lovtekst.range else { return base }
        return base + "-linje-\(file.location(of: lovtekst.range.start).line)"
    }

    /// `unntak-LINJE`.
    package static func exception(_ exception: ExceptionDeclaration, in file: SourceFile) -> String {
        "unntak-\(file.location(of: exception.range.start).line)"
    }
}

/// The site's file names.
package enum SitePaths {
    /// The start page.
    package static let start = "index.html"
    /// The index of laws and paragraphs.
    package static let hjemler = "hjemler.html"
    /// Names no file's page may take.
    static let reserved = [start, hjemler]

    /// `name` below `root`, without the folder prefix.
    static func relative(_ name: String, to root: String?) -> String {
        guard let root, !root.isEmpty, root != "." else { return name }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name
    }

    /// `under/fil.regel` → `under-fil.html`, with a number added if that name is taken.
    static func page(for title: String, avoiding used: inout Set<String>) -> String {
        var base = title.hasSuffix(".regel") ? String(title.dropLast(6)) : title
        base = String(base.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? $0 : "-" })
        var candidate = base + ".html", number = 2
        while !used.insert(candidate).inserted {
            candidate = "\(base)-\(number).html"
            number += 1
        }
        return candidate
    }
}

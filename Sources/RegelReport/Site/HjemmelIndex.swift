import Regel

/// Every hjemmel of the rules and exceptions, by law and paragraph: «which rules encode hol § 3-4?».
/// A hjemmel that names a `lovtekst` counts under the lovtekst's `kilde`; one without a `kilde` is
/// listed under «uten paragraf» by its title.
struct HjemmelIndex {
    struct Entry: Hashable {
        let title: String
        let link: String
        /// The citation as written out, with ledd and bokstav (`hol § 3-4 andre ledd`).
        let citation: String
    }

    struct Section {
        let law: String
        /// `3-4`, or nil for the hjemler without a paragraf.
        let section: String?
        var heading: String { section.map { "\(law) § \($0)" } ?? law }
        var anchor: String { HTMLText.anchor("hjemmel", heading) }
        var entries: [Entry] = []
        var lovtekster: [(title: String, link: String)] = []
    }

    /// Laws in alphabetical order, each with its paragraphs in numeric order.
    let laws: [(law: String, sections: [Section])]

    init(_ library: RuleLibrary) {
        var sections: [String: Section] = [:]
        func add(_ reference: HjemmelReference, title: String, link: String) {
            for place in Self.places(of: reference, library: library) {
                let key = place.law + "\u{1}" + (place.section ?? "")
                var section = sections[key] ?? Section(law: place.law, section: place.section)
                let entry = Entry(title: title, link: link, citation: place.citation)
                if !section.entries.contains(entry) { section.entries.append(entry) }
                sections[key] = section
            }
        }
        for file in library.files {
            for declaration in file.tree.declarations {
                switch declaration {
                case .rule(let rule):
                    for reference in RuleLibrary.allHjemmel(rule) {
                        add(reference, title: rule.name.text, link: file.page + "#" + HTMLText.anchor("regel", rule.name.text))
                    }
                case .exception(let exception):
                    for reference in exception.hjemmel {
                        add(reference, title: SiteMessages.exceptionTitle(exception.rule.text),
                            link: file.page + "#" + Anchors.exception(exception, in: file.source))
                    }
                case .lovtekst(let lovtekst):
                    guard let source = lovtekst.source else { continue }
                    let key = source.law.text + "\u{1}" + source.section
                    var section = sections[key] ?? Section(law: source.law.text, section: source.section)
                    section.lovtekster.append((lovtekst.title ?? lovtekst.name.text, file.page + "#" + HTMLText.anchor("lovtekst", lovtekst.name.text)))
                    sections[key] = section
                default: continue
                }
            }
        }
        let byLaw = Dictionary(grouping: sections.values, by: \.law)
        laws = byLaw.keys.sorted { NaturalOrder.less($0, $1) }.map { law in
            (law, (byLaw[law] ?? []).sorted { NaturalOrder.less($0.section ?? "", $1.section ?? "") })
        }
    }

    /// The laws and paragraphs a reference points at, with the citation as written out: one for a
    /// citation, and for a lovtekst the `kilde` of each of its versions (or its title, without one).
    static func places(of reference: HjemmelReference, library: RuleLibrary) -> [(law: String, section: String?, citation: String)] {
        switch reference {
        case .citation(let citation): return [(citation.law.text, citation.section, citation.displayText)]
        case .lovtekst(let name):
            let versions = library.wording(of: name.text)
            let cited = versions.compactMap { $0.source.map { ($0.law.text, Optional($0.section), $0.displayText) } }
            return cited.isEmpty ? [(SiteMessages.withoutSection, library.citationText(reference), library.citationText(reference))] : cited
        }
    }
}

/// Numbers by value and letters alphabetically, so `3-4` comes
/// before `3-10` and `7-2` before `7-2 a`.
enum NaturalOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        let left = parts(a), right = parts(b)
        for (x, y) in zip(left, right) where x != y {
            switch (x, y) {
            case (.number(let m), .number(let n)): return m < n
            case (.number, .text): return true
            case (.text, .number): return false
            case (.text(let s), .text(let t)): return s.lowercased() < t.lowercased()
            }
        }
        return left.count < right.count
    }

    enum Part: Equatable {
        case number(Int)
        case text(String)
    }

    static func parts(_ text: String) -> [Part] {
        var result: [Part] = []
        var digits = "", letters = ""
        func flush() {
            if !digits.isEmpty { result.append(.number(Int(digits.prefix(18)) ?? 0)) }
            if !letters.isEmpty { result.append(.text(letters)) }
            digits = ""
            letters = ""
        }
        for character in text {
            if character.isNumber && character.isASCII {
                if !letters.isEmpty { flush() }
                digits.append(character)
            } else if character.isLetter {
                if !digits.isEmpty { flush() }
                letters.append(character)
            } else {
                flush()
            }
        }
        flush()
        return result
    }
}

import Foundation
import Regel

/// Two versions of a small rule set whose changed decisions are known case by case.
enum DiffFixtures {
    static let old = """
    faktum alder: tall
    faktum syk: ja/nei
    vurdering behov: ja/nei
      spørsmål "Har barnet behov for tjenester?"
    regel rett
      hjemmel pbrl § 2-5 c
      når alle:
        - alder < 18
        - syk eller behov
    regel under_tolv
      hjemmel pbrl § 2-5 c
      når alder < 12
    test "ung og syk"
      gitt
        vurderingsdato = 2024-01-01
        alder = 3
        syk = ja
      forvent
        rett = ja
    """

    /// The age limit lowered to 16, a third way to meet the second vilkår (`annet`), a hjemmel
    /// changed, a version period added, and a test removed.
    static let new = """
    faktum alder: tall
    faktum syk: ja/nei
    faktum annet: ja/nei
    vurdering behov: ja/nei
      spørsmål "Har barnet behov for tjenester?"
    regel rett
      hjemmel pbrl § 2-5 c
      når alle:
        - alder < 16
        - syk eller behov eller annet
    regel under_tolv
      hjemmel pbrl § 2-5 d
      gjelder fra 2020-01-01
      når alder < 12
    """

    /// id → (old answer of `rett`, new answer): a 17 and b 16 lose the right (ja → nei), d goes from
    /// open to nei, h from nei to open (annet is new and unknown), g stays open with a new fact missing.
    static let cases = """
    {"id": "a", "vurderingsdato": "2024-01-01", "fakta": {"alder": 17, "syk": true}}
    {"id": "b", "vurderingsdato": "2024-01-01", "fakta": {"alder": 16, "syk": true}}
    {"id": "c", "vurderingsdato": "2024-01-01", "fakta": {"alder": 10, "syk": true}}
    {"id": "d", "vurderingsdato": "2024-01-01", "fakta": {"alder": 17, "syk": false}}
    {"id": "e", "vurderingsdato": "2024-01-01", "fakta": {"alder": 20}}
    {"id": "f", "vurderingsdato": "2024-01-01", "fakta": {"syk": true}}
    {"id": "g", "vurderingsdato": "2024-01-01", "fakta": {"alder": 12, "syk": false}}
    {"id": "h", "vurderingsdato": "2024-01-01", "fakta": {"alder": 12, "syk": false, "behov": false}}
    """

    static func compile(_ source: String, name: String) -> Compilation {
        RegelCompiler.compile(files: [SourceFile(name: name, text: source)], root: nil)
    }
}

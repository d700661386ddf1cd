/// The look of the report and the site: one style sheet, written into every page so a page needs
/// no other file. Colours come from `Palette`, whose pairs the tests hold to WCAG contrast.
package enum ReportStyle {
    /// The colours, as `#rrggbb`.
    package enum Palette {
        package static let text = "#1b1b1b"
        package static let background = "#ffffff"
        package static let muted = "#4a4a4a"
        package static let link = "#0b4f8a"
        package static let panel = "#f3f5f7"
        package static let border = "#9aa5b1"
        package static let yes = "#0f5c2e"
        package static let yesBackground = "#e3f4e8"
        package static let no = "#8a1c1c"
        package static let noBackground = "#fbe7e7"
        package static let unknown = "#6b4a00"
        package static let unknownBackground = "#fdf3d7"
        package static let judgement = "#4b2a85"
        package static let judgementBackground = "#efe8fa"

        /// Foreground and background pairs that text is drawn in, with the name the tests report.
        package static let textPairs: [(name: String, foreground: String, background: String)] = [
            ("tekst", text, background), ("dempet tekst", muted, background), ("lenke", link, background),
            ("tekst på panel", text, panel), ("dempet tekst på panel", muted, panel), ("lenke på panel", link, panel),
            ("ja", yes, yesBackground), ("nei", no, noBackground), ("ukjent", unknown, unknownBackground),
            ("vurdering", judgement, judgementBackground),
        ]
    }

    /// The style sheet, for the screen and for printing on A4.
    package static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
      color: \(Palette.text); background: \(Palette.background); }
    a { color: \(Palette.link); }
    a:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible { outline: 3px solid \(Palette.link); outline-offset: 2px; }
    .hopp { position: absolute; left: -999px; top: 0; background: \(Palette.background); padding: .5rem 1rem; }
    .hopp:focus { left: 1rem; z-index: 10; }
    header.topp, main, footer.bunn { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
    header.topp { padding-top: 1.25rem; border-bottom: 1px solid \(Palette.border); }
    footer.bunn { margin-top: 2rem; padding-top: .75rem; padding-bottom: 2rem; border-top: 1px solid \(Palette.border); color: \(Palette.muted); font-size: .9rem; }
    nav.sti ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
    h1 { font-size: 1.8rem; margin: .5rem 0 1rem; }
    h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; border-bottom: 1px solid \(Palette.border); }
    h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
    code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .92em; }
    pre { background: \(Palette.panel); border: 1px solid \(Palette.border); padding: .75rem; overflow-x: auto; white-space: pre-wrap; }
    dl.fakta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .25rem 1rem; }
    dl.fakta dt { font-weight: 600; }
    dl.fakta dd { margin: 0; overflow-wrap: anywhere; }
    td.faktaverdi { min-width: 8em; overflow-wrap: anywhere; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
    th, td { text-align: left; vertical-align: top; border-bottom: 1px solid \(Palette.border); padding: .35rem .5rem; }
    th { background: \(Palette.panel); }
    .svar { display: inline-block; font-size: 1.3rem; font-weight: 700; padding: .2rem .9rem; border-radius: .3rem; }
    .merke { display: inline-block; font-size: .85rem; font-weight: 600; padding: 0 .45rem; border-radius: .25rem; }
    .ja { color: \(Palette.yes); background: \(Palette.yesBackground); }
    .nei { color: \(Palette.no); background: \(Palette.noBackground); }
    .ukjent { color: \(Palette.unknown); background: \(Palette.unknownBackground); }
    .verdi { background: \(Palette.panel); }
    .vurdering { color: \(Palette.judgement); background: \(Palette.judgementBackground); }
    .dempet, .sted { color: \(Palette.muted); font-size: .9rem; }
    blockquote.lovtekst { margin: .5rem 0; padding: .5rem .9rem; border-left: 4px solid \(Palette.border); background: \(Palette.panel); }
    blockquote.lovtekst p { margin: 0 0 .4rem; }
    .innledning { white-space: pre-line; }
    ul.tre, ul.tre ul { list-style: none; margin: 0; padding-left: 1.25rem; border-left: 1px dotted \(Palette.border); }
    ul.tre { padding-left: 0; border-left: 0; }
    ul.tre li { margin: .25rem 0; }
    details > summary { cursor: pointer; }
    .steg-detaljer { margin: .2rem 0 .2rem 1.2rem; }
    .steg-detaljer p { margin: .2rem 0; }
    figure.lovtekst-figur { margin: .4rem 0; }
    .knapper { margin: .5rem 0; }
    .knapper button { font: inherit; padding: .2rem .7rem; }
    .kolonner { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr); gap: 1.5rem; align-items: start; }
    .kolonner > * { min-width: 0; }
    article.regel { border-top: 1px solid \(Palette.border); padding-top: .5rem; }
    .apne-punkter { border-left: 4px solid \(Palette.unknown); padding: .25rem .75rem; background: \(Palette.unknownBackground); }
    form.sok label { font-weight: 600; margin-right: .5rem; }
    form.sok input { font: inherit; padding: .3rem .5rem; width: min(30rem, 100%); border: 1px solid \(Palette.muted); }
    @media (max-width: 48rem) { .kolonner { grid-template-columns: 1fr; } }
    @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
    @media print {
      body { font-size: 10.5pt; }
      .hopp, .knapper, form.sok, nav.sti { display: none !important; }
      header.topp, main, footer.bunn { max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
      details > summary { list-style: none; }
      details::details-content { content-visibility: visible; display: block; }
      h2, h3 { break-after: avoid; }
      table, blockquote, pre, li { break-inside: avoid; }
      .kolonner { grid-template-columns: 1fr; }
    }
    """
}

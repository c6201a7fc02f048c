/// The stylesheet inside every HTML action sheet: A4 portrait on paper, one page on screen.
///
/// It names no outside resource (no fonts, images or imports), so that the file prints the
/// same on a school computer with no network. Each status has a colour and a word, and the
/// colours are pale behind dark text, so that a black-and-white print still reads.
enum ActionSheetStyle {
  /// The CSS, to go inside one `<style>` element.
  static let css = """
    @page { size: A4 portrait; margin: 12mm 13mm 12mm; }
    :root {
      color-scheme: light;
      --ink: #1b1b1b; --muted: #555; --rule: #8c8c8c; --head: #ececec;
      --above: #174ea6; --above-pale: #dfe9fa;
      --on-target: #17692d; --on-target-pale: #dcf0e1;
      --below: #7a4b00; --below-pale: #fcebc7; --below-edge: #e0a100;
      --well-below: #a1160e; --well-below-pale: #f9dcd9;
    }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body {
      margin: 0; background: #e4e4e4; color: var(--ink); font-size: 15px; line-height: 1.4;
      overflow-wrap: break-word;
      font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
    }
    .sheet { max-width: 210mm; margin: 0 auto; padding: 10mm 12mm; background: #fff; }
    header {
      display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline;
      gap: 1mm 6mm; border-bottom: 2px solid var(--ink); padding-bottom: 1.5mm;
    }
    h1 { margin: 0; font-size: 1.75em; letter-spacing: 0.02em; }
    header p { margin: 0; color: var(--muted); }
    h2 {
      margin: 3.5mm 0 1.5mm; padding-bottom: 0.5mm; border-bottom: 1px solid var(--rule);
      font-size: 1.1em; break-after: avoid; page-break-after: avoid;
    }
    h3 { margin: 2mm 0 1mm; font-size: 1em; break-after: avoid; page-break-after: avoid; }
    p { margin: 1mm 0; }
    ul { margin: 1mm 0; padding-left: 5mm; }
    li { margin: 0.5mm 0; break-inside: avoid; page-break-inside: avoid; }
    .details {
      display: grid; grid-template-columns: repeat(auto-fill, minmax(32mm, 1fr));
      gap: 1.5mm 4mm; margin: 2.5mm 0 0;
    }
    .details div { min-width: 0; }
    .details dt {
      color: var(--muted); font-size: 0.75em; text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .details dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
    .details .wide { grid-column: span 2; }
    .details .wide dd { font-weight: normal; }
    .scroll { overflow-x: auto; }
    table {
      width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 0.9em;
    }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    th, td {
      padding: 1mm 1.5mm; border: 1px solid var(--rule); text-align: left;
      vertical-align: top; overflow-wrap: break-word; hyphens: manual;
    }
    td.long { overflow-wrap: anywhere; }
    th { background: var(--head); font-weight: 600; overflow-wrap: normal; hyphens: manual; }
    table.data { table-layout: auto; }
    table.data td:first-child { min-width: 28mm; }
    td.grade, th.grade { text-align: center; }
    td.status { font-weight: 600; border-left-width: 4px; white-space: nowrap; }
    .above { background: var(--above-pale); color: var(--above); border-color: var(--above); }
    .on-target {
      background: var(--on-target-pale); color: var(--on-target); border-color: var(--on-target);
    }
    .below { background: var(--below-pale); color: var(--below); border-color: var(--below-edge); }
    .well-below {
      background: var(--well-below-pale); color: var(--well-below);
      border-color: var(--well-below);
    }
    td.status.above, td.status.on-target, td.status.below, td.status.well-below {
      border-top-color: var(--rule); border-right-color: var(--rule);
      border-bottom-color: var(--rule);
    }
    td.status.well-below { text-decoration: underline; }
    .key { font-size: 0.8em; color: var(--muted); }
    .key span {
      display: inline-block; padding: 0 1.5mm; border-left: 3px solid; font-weight: 600;
    }
    .said { font-style: italic; }
    .aside { display: block; color: var(--muted); font-size: 0.9em; }
    .aside.flag { color: var(--well-below); font-weight: 600; }
    .none { color: var(--muted); font-style: italic; }
    .praise { columns: 2 60mm; column-gap: 8mm; }
    .checks {
      display: flex; flex-wrap: wrap; gap: 1mm 10mm; margin: 2mm 0 0; padding: 0;
      list-style: none;
    }
    .box {
      display: inline-block; width: 1.15em; height: 1.15em; margin-right: 1.5mm;
      border: 1.5px solid var(--ink); text-align: center; line-height: 1.05em;
      font-weight: 700; vertical-align: -0.2em;
    }
    .next {
      margin: 4mm 0 0; padding: 1.5mm 3mm; border: 2px solid var(--ink); font-size: 1.1em;
      break-inside: avoid; page-break-inside: avoid;
    }
    .signatures { break-inside: avoid; page-break-inside: avoid; }
    .signatures table { font-size: 1em; }
    .signatures td {
      height: 11mm; border: none; padding: 0 2mm 0.5mm 0; vertical-align: bottom;
    }
    .signatures .line { border-bottom: 1px solid var(--ink); }
    .signatures .date { padding-left: 3mm; }
    .signatures .printed { display: block; color: var(--muted); font-size: 0.85em; }
    footer {
      margin-top: 4mm; padding-top: 1mm; border-top: 1px solid var(--rule);
      color: var(--muted); font-size: 0.75em;
    }
    @media screen and (min-width: 230mm) {
      .sheet { margin: 8mm auto; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.3); }
    }
    @media screen and (max-width: 160mm) {
      .sheet { padding: 5mm 4mm; }
      .scroll table { min-width: 150mm; }
    }
    @media print {
      body { background: none; font-size: 10pt; line-height: 1.3; }
      .sheet { max-width: none; margin: 0; padding: 0; box-shadow: none; }
      .scroll { overflow: visible; }
    }
    """
}

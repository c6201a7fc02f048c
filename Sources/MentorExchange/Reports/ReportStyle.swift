/// The stylesheet inside every HTML report: A4 portrait on paper, one column on screen.
///
/// It names no outside resource (no fonts, images or imports), so that the file shows and
/// prints the same on a school computer with no network.
enum ReportStyle {
  /// The CSS, to go inside one `<style>` element.
  static let css = """
    @page { size: A4 portrait; margin: 12mm 13mm 12mm; }
    :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --rule: #8c8c8c; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body {
      margin: 0; background: #e4e4e4; color: var(--ink); font-size: 15px; line-height: 1.4;
      font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
    }
    .report { max-width: 210mm; margin: 0 auto; padding: 10mm 12mm; background: #fff; }
    header {
      display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline;
      gap: 1mm 6mm; border-bottom: 2px solid var(--ink); padding-bottom: 1.5mm;
      margin-bottom: 2mm;
    }
    h1 { margin: 0; font-size: 1.6em; }
    header p { margin: 0; color: var(--muted); }
    h2 {
      margin: 5mm 0 2mm; padding-bottom: 0.5mm; border-bottom: 1px solid var(--rule);
      font-size: 1.15em; break-after: avoid; page-break-after: avoid;
    }
    p.note { margin: 1mm 0; color: var(--muted); font-size: 0.9em; }
    figure { margin: 2mm 0 3mm; break-inside: avoid; page-break-inside: avoid; }
    svg.chart { display: block; width: 100%; max-width: 170mm; height: auto; margin: 0 auto; }
    svg .chart-title { font-size: 15px; font-weight: 600; fill: var(--ink); }
    svg .tick, svg .legend, svg .value { font-size: 12px; fill: var(--ink); }
    svg .value.inside { fill: #ffffff; }
    svg .axis-label { font-size: 12px; fill: var(--muted); }
    svg .grid { stroke: #d0d0d0; stroke-width: 1; }
    svg .axis { stroke: var(--ink); stroke-width: 1.2; }
    svg .series { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
    .scroll { overflow-x: auto; }
    table { width: 100%; border-collapse: collapse; font-size: 0.85em; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    th, td {
      padding: 0.8mm 1.5mm; border: 1px solid var(--rule); text-align: left;
      vertical-align: top;
    }
    th { background: #ececec; font-weight: 600; }
    td.code { white-space: nowrap; }
    th.number, td.number { text-align: right; font-variant-numeric: tabular-nums; }
    tbody tr:nth-child(even) { background: #f6f6f6; }
    .none { color: var(--muted); font-style: italic; }
    footer {
      margin-top: 5mm; padding-top: 1mm; border-top: 1px solid var(--rule);
      color: var(--muted); font-size: 0.75em;
    }
    @media screen and (min-width: 230mm) {
      .report { margin: 8mm auto; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.3); }
    }
    @media print {
      body { background: none; font-size: 10pt; line-height: 1.3; }
      .report { max-width: none; margin: 0; padding: 0; box-shadow: none; }
      .scroll { overflow: visible; }
    }
    """
}

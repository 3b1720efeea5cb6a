extension EvaluationHTMLReport {
    /// The page's style sheet: system fonts only, nothing loaded from elsewhere.
    static let style = #"""
        :root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--up:#1a7f37;--down:#cf222e;
        --same:#8c959f;--a:#ffe08a;--b:#0969da}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
        color:var(--ink);background:#fff}
        header{background:#24292f;color:#fff;padding:14px 24px}
        header h1{margin:0;font-size:20px;font-weight:600}
        main{max-width:1260px;margin:0 auto;padding:8px 24px 40px}
        h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
        h3{font-size:17px;margin:12px 0 2px}
        h4{font-size:13px;margin:14px 0 4px;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
        .note,.id{color:var(--muted);font-size:13px;margin:4px 0 10px}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0;font-size:14px}
        dt{color:var(--muted)} dd{margin:0}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:8px 24px}
        figure.chart{margin:0} figcaption{font-weight:600;font-size:14px;margin:6px 0 0}
        svg{max-width:100%;height:auto;font-size:12px}
        svg .grid{stroke:#eaeef2} svg .tick{fill:var(--muted);text-anchor:middle}
        svg .baseline{stroke:var(--ink);stroke-dasharray:4 3}
        svg .name{text-anchor:end;dominant-baseline:middle;fill:var(--ink)}
        svg .value{dominant-baseline:middle;fill:var(--ink)} svg .p{fill:var(--muted)}
        svg .whisker{stroke-width:2} svg .mean{stroke-width:2;fill:#fff}
        .row.base .whisker,.row.base .mean{stroke:var(--ink)} .row.base .mean{fill:var(--ink)}
        .row.base .name{font-weight:700}
        .row.up .whisker,.row.up .mean{stroke:var(--up)} .row.up .mean{fill:var(--up)}
        .row.down .whisker,.row.down .mean{stroke:var(--down)} .row.down .mean{fill:var(--down)}
        .row.same .whisker,.row.same .mean{stroke:var(--same)}
        .legend{font-size:13px;color:var(--muted)}
        .dot{display:inline-block;width:10px;height:10px;border-radius:50%;border:2px solid;margin:0 3px 0 10px;
        vertical-align:-1px}
        .dot.base{background:var(--ink);border-color:var(--ink)} .dot.up{background:var(--up);border-color:var(--up)}
        .dot.down{background:var(--down);border-color:var(--down)} .dot.same{border-color:var(--same)}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;font-size:12.5px;font-variant-numeric:tabular-nums}
        th,td{padding:4px 5px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
        th:first-child,td:first-child{text-align:left}
        thead th{background:var(--soft);position:sticky;top:0}
        table.sortable th{cursor:pointer;user-select:none} table.sortable th:hover{background:#eaeef2}
        th.asc::after{content:" \25B2"} th.desc::after{content:" \25BC"}
        table.hide-pr .pr{display:none} td.ci{color:var(--muted)} tr.baseline td{background:#fafbfc;font-weight:600}
        .controls{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;background:var(--soft);
        border:1px solid var(--line);border-radius:6px;padding:8px 12px;font-size:14px}
        select{max-width:320px;font:inherit;font-size:13px} button{font:inherit;padding:1px 10px}
        #position{color:var(--muted);font-size:13px}
        .swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border-radius:2px}
        .swatch.a{background:var(--a)} .swatch.b{border-bottom:3px solid var(--b);height:12px}
        .columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:24px}
        @media (max-width:800px){.columns{grid-template-columns:1fr}}
        .body p{margin:0 0 10px;line-height:1.6}
        .s.a{background:var(--a)} .s.b{border-bottom:3px solid var(--b)}
        .reference{margin:0;padding-left:18px} .reference li{margin-bottom:4px}
        table.scores tbody tr{cursor:pointer} table.scores tbody tr:hover{background:var(--soft)}
        table.scores td.positions{text-align:left;color:var(--muted);white-space:normal}
        table.scores tr.a td:first-child{background:var(--a)}
        table.scores tr.b td:first-child{box-shadow:inset 0 -3px 0 var(--b)}
        .outside{display:none} .outside.shown{display:block}
        """#
}

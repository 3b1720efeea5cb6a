"""Opens Lede's HTML pages in headless Chromium and checks that they work (standard library only).

For each page: Chromium loads a copy of it with a small probe script appended, which exercises
the page the way a reader would (the explorer's pager, the table's sorting) and writes what it
saw into the DOM; `--dump-dom` returns that DOM after the scripts ran. Any console message
(errors included) fails the check, as do an empty chart and a dead explorer. Then a screenshot of
the unmodified page is saved.

    python3 browser_check.py REPORT.html ARTICLE.html --screenshots DIR
"""

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--disable-background-networking", "--no-first-run", "--enable-logging=stderr", "--v=0"]

REPORT_PROBE = """
<script>
(function () {
  function visible() {
    return Array.prototype.map.call(document.querySelectorAll("article.item:not([hidden])"), function (e) { return e.id; });
  }
  var out = {};
  var circles = document.querySelectorAll("svg circle.mean");
  out.charts = document.querySelectorAll("figure.chart svg").length;
  out.circles = circles.length;
  out.drawnCircles = Array.prototype.filter.call(circles, function (c) {
    var box = c.getBoundingClientRect(); return box.width > 0 && box.height > 0;
  }).length;
  out.distinctPositions = new Set(Array.prototype.map.call(circles, function (c) { return c.getAttribute("cx"); })).size;
  out.systems = document.querySelectorAll("#results-table tbody tr").length;
  out.first = visible();
  out.highlightedA = document.querySelectorAll("article.item:not([hidden]) .s.a").length;
  out.highlightedB = document.querySelectorAll("article.item:not([hidden]) .s.b").length;
  out.position = document.getElementById("position").textContent;
  document.getElementById("next").click();
  out.second = visible();
  out.position2 = document.getElementById("position").textContent;
  var pick = document.getElementById("article");
  pick.value = pick.options[pick.options.length - 1].value;
  pick.dispatchEvent(new Event("change"));
  out.picked = visible();
  out.lastId = "article-" + pick.options[pick.options.length - 1].value;
  var rows = document.querySelectorAll("article.item:not([hidden]) table.scores tbody tr");
  var lastRow = rows[rows.length - 1];
  lastRow.click();
  out.clickedSystem = lastRow.dataset.system;
  out.systemA = document.getElementById("system-a").value;
  out.stayed = visible();
  out.highlightedAfterClick = document.querySelectorAll("article.item:not([hidden]) .s.a").length;
  out.positionsOfClicked = lastRow.querySelector("td.positions").textContent;
  var header = document.querySelectorAll("#results-table thead th")[1];
  header.click();
  out.sortedColumn = Array.prototype.map.call(document.querySelectorAll("#results-table tbody tr"), function (r) {
    return Number(r.cells[1].dataset.v);
  });
  var precision = document.querySelector("#results-table td.pr");
  out.precisionHidden = precision.getBoundingClientRect().width === 0;
  var toggle = document.getElementById("show-pr");
  toggle.checked = true;
  toggle.dispatchEvent(new Event("change"));
  out.precisionShown = precision.getBoundingClientRect().width > 0;
  var pre = document.createElement("pre");
  pre.id = "browser-check";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""

ARTICLE_PROBE = """
<script>
(function () {
  var out = {};
  out.chosen = document.querySelectorAll(".s.chosen").length;
  out.sentences = document.querySelectorAll(".s").length;
  out.summary = document.querySelectorAll(".summary li").length;
  out.titled = Array.prototype.filter.call(document.querySelectorAll(".s"), function (s) {
    return /^score -?[0-9.]+, rank [0-9]+ of [0-9]+/.test(s.title);
  }).length;
  var chosen = document.querySelector(".s.chosen");
  out.highlighted = chosen ? getComputedStyle(chosen).backgroundColor : "";
  var pre = document.createElement("pre");
  pre.id = "browser-check";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def run_chromium(arguments, page):
    result = subprocess.run(CHROMIUM + arguments + ["file://" + os.path.abspath(page)],
                            capture_output=True, text=True, timeout=120)
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    return result, console


def probe(page, script):
    """The probe's findings and the console messages of `page` with `script` appended."""
    with open(page, encoding="utf-8") as f:
        text = f.read()
    probed = text.replace("</body>", script + "</body>", 1)
    with tempfile.NamedTemporaryFile("w", suffix=".html", dir=os.path.dirname(os.path.abspath(page)),
                                     delete=False, encoding="utf-8") as f:
        f.write(probed)
        copy = f.name
    try:
        result, console = run_chromium(["--dump-dom"], copy)
    finally:
        os.unlink(copy)
    found = re.search(r'<pre id="browser-check">(.*?)</pre>', result.stdout, re.S)
    findings = json.loads(html.unescape(found.group(1))) if found else None
    return findings, console


def screenshot(page, path, height):
    result, console = run_chromium(["--screenshot=" + path, "--window-size=1280,%d" % height], page)
    if not os.path.exists(path):
        raise SystemExit("no screenshot of %s: %s" % (page, result.stderr[-500:]))
    return console


def check(condition, message, failures):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        failures.append(message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("article")
    parser.add_argument("--screenshots", required=True)
    args = parser.parse_args()
    failures = []

    print("== %s" % args.report)
    r, console = probe(args.report, REPORT_PROBE)
    check(not console, "no console messages %s" % console[:3], failures)
    check(r is not None, "the page's scripts ran", failures)
    if r:
        check(r["charts"] == 4, "4 charts (got %d)" % r["charts"], failures)
        check(r["circles"] == 4 * r["systems"] > 0, "a mean per system and measure: %d" % r["circles"], failures)
        check(r["drawnCircles"] == r["circles"], "every mean drawn with a size: %d" % r["drawnCircles"], failures)
        check(r["distinctPositions"] > 1, "the means are not all in one place", failures)
        check(len(r["first"]) == 1, "one article shown at first: %s" % r["first"], failures)
        check(r["highlightedA"] > 0 and r["highlightedB"] > 0,
              "sentences of systems A and B highlighted: %d, %d" % (r["highlightedA"], r["highlightedB"]), failures)
        check(r["position"].startswith("1 of "), "pager at the first article: %r" % r["position"], failures)
        check(len(r["second"]) == 1 and r["second"] != r["first"], "'next' shows another article: %s" % r["second"], failures)
        check(r["position2"].startswith("2 of "), "pager moved: %r" % r["position2"], failures)
        check(r["picked"] == [r["lastId"]], "picking an article shows it: %s" % r["picked"], failures)
        check(r["systemA"] == r["clickedSystem"] and r["stayed"] == r["picked"],
              "a click on a system's scores makes it system A on the same article", failures)
        expected = len([p for p in r["positionsOfClicked"].split(", ") if p.isdigit()])
        check(r["highlightedAfterClick"] == expected,
              "its sentences are highlighted: %d, listed as %r" % (r["highlightedAfterClick"], r["positionsOfClicked"]), failures)
        values = r["sortedColumn"]
        check(values == sorted(values, reverse=True), "a click sorts the table by ROUGE-1 F: %s" % values, failures)
        check(r["precisionHidden"] and r["precisionShown"], "precision and recall hidden, shown on request", failures)
    report_png = os.path.join(args.screenshots, "report.png")
    console = screenshot(args.report, report_png, 2000)
    check(not console, "no console messages while taking the screenshot", failures)

    print("== %s" % args.article)
    a, console = probe(args.article, ARTICLE_PROBE)
    check(not console, "no console messages %s" % console[:3], failures)
    check(a is not None, "the page loaded", failures)
    if a:
        check(a["chosen"] == a["summary"] > 0, "chosen sentences highlighted: %d of %d" % (a["chosen"], a["sentences"]), failures)
        check(a["titled"] == a["sentences"], "every sentence has its score on hover: %d" % a["titled"], failures)
        check(a["highlighted"] not in ("", "rgba(0, 0, 0, 0)"), "the highlight is visible: %s" % a["highlighted"], failures)
    article_png = os.path.join(args.screenshots, "article.png")
    screenshot(args.article, article_png, 1100)

    for path in (report_png, article_png):
        print("screenshot %s (%d KB)" % (path, os.path.getsize(path) // 1024))
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()

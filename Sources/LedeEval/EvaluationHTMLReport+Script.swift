extension EvaluationHTMLReport {
    /// The page's script: sortable tables and the article explorer. Plain JavaScript, reading
    /// only the page itself.
    static let script = #"""
        "use strict";
        document.querySelectorAll("table.sortable").forEach(function (table) {
          var headers = table.tHead.rows[0].cells;
          Array.prototype.forEach.call(headers, function (th, column) {
            th.addEventListener("click", function () {
              var descending = !th.classList.contains("desc");
              Array.prototype.forEach.call(headers, function (h) { h.classList.remove("asc", "desc"); });
              th.classList.add(descending ? "desc" : "asc");
              var text = th.dataset.type === "text";
              var rows = Array.prototype.slice.call(table.tBodies[0].rows);
              rows.sort(function (r1, r2) {
                var v1 = r1.cells[column].dataset.v, v2 = r2.cells[column].dataset.v;
                if (text) { return descending ? v2.localeCompare(v1) : v1.localeCompare(v2); }
                if (v1 === "" || v2 === "") { return (v1 === "") - (v2 === ""); }
                return descending ? v2 - v1 : v1 - v2;
              });
              rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
            });
          });
        });
        (function () {
          var toggle = document.getElementById("show-pr"), table = document.getElementById("results-table");
          if (toggle && table) {
            toggle.addEventListener("change", function () { table.classList.toggle("hide-pr", !toggle.checked); });
          }
        })();
        (function () {
          var source = document.getElementById("explorer-data");
          if (!source) { return; }
          var data = JSON.parse(source.textContent);
          var pick = document.getElementById("article"), pickA = document.getElementById("system-a"),
              pickB = document.getElementById("system-b"), pickMeasure = document.getElementById("measure");
          var position = document.getElementById("position");
          var order = [], at = 0, current = null;
          var a = 0, b = data.baseline == null ? Math.min(1, data.systems.length - 1) : data.baseline;
          if (a === b && data.systems.length > 1) { a = b === 0 ? 1 : 0; }
          pickA.value = String(a); pickB.value = String(b);
          function gap(i) {
            var m = Number(pickMeasure.value), s = data.scores[i];
            return Math.abs(s[Number(pickA.value)][m] - s[Number(pickB.value)][m]);
          }
          function sortArticles() {
            order = data.scores.map(function (_, i) { return i; });
            order.sort(function (i, j) { return gap(j) - gap(i) || i - j; });
          }
          function show(i) {
            if (current) { current.hidden = true; }
            current = document.getElementById("article-" + i);
            current.hidden = false;
            pick.value = String(i);
            at = order.indexOf(i);
            var sa = Number(pickA.value), sb = Number(pickB.value);
            var chosenA = data.chosen[i][sa], chosenB = data.chosen[i][sb];
            current.querySelectorAll(".s").forEach(function (span) {
              var k = Number(span.dataset.k);
              span.classList.toggle("a", chosenA.indexOf(k) >= 0);
              span.classList.toggle("b", chosenB.indexOf(k) >= 0);
            });
            current.querySelectorAll("[data-system]").forEach(function (element) {
              var s = Number(element.dataset.system);
              element.classList.toggle("a", s === sa);
              element.classList.toggle("b", s === sb);
              element.classList.toggle("shown", s === sa || s === sb);
            });
            var difference = (100 * gap(i)).toFixed(2);
            position.textContent = (at + 1) + " of " + order.length + " by difference (" + difference + " points)";
          }
          function refresh() { sortArticles(); show(current ? Number(pick.value) : order[0]); }
          pick.addEventListener("change", function () { show(Number(pick.value)); });
          [pickA, pickB, pickMeasure].forEach(function (control) {
            control.addEventListener("change", function () { sortArticles(); show(Number(pick.value)); });
          });
          document.querySelectorAll("table.scores tbody tr").forEach(function (row) {
            row.addEventListener("click", function () {
              pickA.value = row.dataset.system;
              pickA.dispatchEvent(new Event("change"));
            });
          });
          document.getElementById("previous").addEventListener("click", function () {
            show(order[(at - 1 + order.length) % order.length]);
          });
          document.getElementById("next").addEventListener("click", function () {
            show(order[(at + 1) % order.length]);
          });
          refresh();
        })();
        """#
}

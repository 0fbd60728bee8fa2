// figcheck report: picking a finding or a figure selects it everywhere.
(function () {
  "use strict";
  var current = null;
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function byId(id) { return all('[data-ids~="' + id + '"]'); }

  // select highlights everything standing for id and scrolls each report
  // to its first such figure; fromTable also brings the reports into view.
  function select(id, fromTable) {
    all(".selected").forEach(function (e) { e.classList.remove("selected"); });
    current = id;
    showSelection(id); // first: the bar takes room above the reports
    var items = byId(id);
    items.forEach(function (e) { e.classList.add("selected"); });
    all(".report .text").forEach(function (col) {
      var m = col.querySelector('mark[data-ids~="' + id + '"]');
      if (m && col.scrollHeight > col.clientHeight) {
        col.scrollTop = Math.max(0, m.offsetTop - col.clientHeight / 3);
      }
    });
    if (fromTable) {
      var first = document.querySelector('.report mark[data-ids~="' + id + '"]');
      if (first) first.scrollIntoView({ block: "center" });
    }
    if (history.replaceState) history.replaceState(null, "", "#" + id);
  }

  // showSelection repeats the picked finding (status, key, reasons) in the
  // bar above the reports, which stays in view while they scroll.
  function showSelection(id) {
    var bar = document.getElementById("selection");
    var row = document.querySelector('tr.finding[data-ids="' + id + '"]');
    if (!bar || !row) return;
    bar.textContent = "";
    bar.setAttribute("data-status", row.getAttribute("data-status"));
    var head = document.createElement("p");
    head.className = "sel-head";
    var sw = row.querySelector(".swatch");
    if (sw) head.appendChild(sw.cloneNode(true));
    var status = row.querySelector(".status"), key = row.querySelector("[data-pick]");
    head.appendChild(document.createTextNode(" " + (status ? status.textContent.trim().replace(/^\S+\s*/, "") : "") +
      " · " + (key ? key.textContent : "")));
    bar.appendChild(head);
    all(".reason p", row).forEach(function (p) { bar.appendChild(p.cloneNode(true)); });
    bar.hidden = false;
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target.closest("[data-pick], mark[data-ids]");
    if (!t) return;
    ev.preventDefault();
    if (t.hasAttribute("data-pick")) select(t.getAttribute("data-pick"), true);
    else select(t.getAttribute("data-ids").split(" ")[0], false);
  });

  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (t.tagName === "MARK" && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      select(t.getAttribute("data-ids").split(" ")[0], false);
      return;
    }
    if (ev.altKey || ev.ctrlKey || ev.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    if (ev.key !== "n" && ev.key !== "p") return;
    var rows = all("tr.finding");
    if (!rows.length) return;
    var i = rows.findIndex(function (r) { return r.getAttribute("data-ids") === current; });
    i = ev.key === "n" ? (i + 1) % rows.length : (i <= 0 ? rows.length - 1 : i - 1);
    var id = rows[i].getAttribute("data-ids");
    select(id, true);
    var pick = rows[i].querySelector("[data-pick]");
    if (pick) pick.focus({ preventScroll: true });
  });

  // Folded findings print too.
  window.addEventListener("beforeprint", function () {
    all("details").forEach(function (d) { d.open = true; });
  });

  var m = /^#((?:g|d)\d+(?:f\d+)?)$/.exec(location.hash);
  if (m && byId(m[1]).length) select(m[1], true);
})();

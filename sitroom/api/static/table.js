/* sitroom table: the filtered events, sortable by any column (numbers as numbers), paged,
 * with a CSV download of exactly the rows it holds, in its order. */
(function () {
  "use strict";
  var S = window.Sitroom = window.Sitroom || {};

  var COLUMNS = [
    ["event_id_cnty", "id"], ["event_date", "date"], ["event_type", "type"],
    ["sub_event_type", "sub-type"], ["actor1", "actor 1"], ["actor2", "actor 2"],
    ["location", "place"], ["admin1", "region"], ["country", "country"],
    ["geo_precision", "geo prec.", true], ["fatalities", "fatalities", true], ["status", "status"],
    ["claim", "claim"]
  ];
  var NUMERIC = {};
  COLUMNS.forEach(function (c) { if (c[2]) NUMERIC[c[0]] = true; });
  var PAGE_SIZE = 50;

  S.Table = function (root, onPick) {
    this.root = root;
    this.onPick = onPick;
    this.rows = [];
    this.sort = { key: "event_date", dir: -1 };
    this.page = 0;
  };

  S.Table.prototype.setRows = function (rows) { this.rows = rows; this.page = 0; this.render(); };

  S.Table.prototype.sorted = function () {
    var key = this.sort.key, dir = this.sort.dir, num = NUMERIC[key];
    return this.rows.slice().sort(function (a, b) {
      var x = a[key], y = b[key];
      if (num) { x = Number(x) || 0; y = Number(y) || 0; } else { x = x == null ? "" : String(x); y = y == null ? "" : String(y); }
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
  };

  S.Table.prototype.sortBy = function (key) {
    this.sort = { key: key, dir: this.sort.key === key ? -this.sort.dir : (NUMERIC[key] ? -1 : 1) };
    this.page = 0;
    this.render();
  };

  S.Table.prototype.render = function () {
    var self = this, root = this.root, rows = this.sorted();
    var pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    this.page = Math.min(this.page, pages - 1);
    var first = this.page * PAGE_SIZE, shown = rows.slice(first, first + PAGE_SIZE);
    root.textContent = "";
    var bar = document.createElement("div");
    bar.className = "table-bar";
    var info = document.createElement("span");
    info.id = "table-info";
    info.textContent = rows.length ? (first + 1) + "–" + (first + shown.length) + " of " + rows.length : "no events";
    bar.appendChild(info);
    [["table-prev", "‹ previous", -1], ["table-next", "next ›", 1]].forEach(function (b) {
      var btn = document.createElement("button");
      btn.type = "button"; btn.id = b[0]; btn.textContent = b[1];
      btn.disabled = b[2] < 0 ? self.page === 0 : self.page >= pages - 1;
      btn.addEventListener("click", function () { self.page += b[2]; self.render(); });
      bar.appendChild(btn);
    });
    var csv = document.createElement("a");
    csv.id = "table-csv";
    csv.textContent = "CSV of these " + rows.length + " rows";
    csv.download = "sitroom-table.csv";
    csv.href = "data:text/csv;charset=utf-8," + encodeURIComponent(this.csv(rows));
    bar.appendChild(csv);
    root.appendChild(bar);

    var table = document.createElement("table");
    table.id = "events-table";
    var head = table.createTHead().insertRow();
    COLUMNS.forEach(function (c) {
      var th = document.createElement("th");
      th.textContent = c[1];
      th.dataset.key = c[0];
      if (NUMERIC[c[0]]) th.className = "num";
      if (self.sort.key === c[0]) th.setAttribute("aria-sort", self.sort.dir > 0 ? "ascending" : "descending");
      th.addEventListener("click", function () { self.sortBy(c[0]); });
      head.appendChild(th);
    });
    var body = table.createTBody();
    shown.forEach(function (e) {
      var tr = body.insertRow();
      tr.dataset.id = e.event_id_cnty;
      COLUMNS.forEach(function (c) {
        var td = tr.insertCell();
        td.textContent = e[c[0]] == null ? "" : String(e[c[0]]);
        if (NUMERIC[c[0]]) td.className = "num";
      });
      tr.addEventListener("click", function () { self.onPick(e.event_id_cnty); });
    });
    root.appendChild(table);
  };

  function cell(v) {
    var s = v == null ? "" : String(v);
    return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  S.Table.prototype.csv = function (rows) {
    var keys = COLUMNS.map(function (c) { return c[0]; });
    return [keys.join(",")].concat(rows.map(function (e) {
      return keys.map(function (k) { return cell(e[k]); }).join(",");
    })).join("\n") + "\n";
  };
})();

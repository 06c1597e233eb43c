/* sitroom weekly chart: events per week stacked by event type, with the week's fatalities
 * as a line on its own scale (right axis). Weeks start on Monday. */
(function () {
  "use strict";
  var S = window.Sitroom = window.Sitroom || {};

  function weekOf(day) { return day - ((day + 3) % 7); }  // day 0 (1970-01-01) was a Thursday

  S.weekly = function (events, types) {
    var weeks = {};
    events.forEach(function (e) {
      if (!e.event_date) return;
      var w = weekOf(S.dayNumber(e.event_date));
      var row = weeks[w] || (weeks[w] = { week: w, counts: {}, fatalities: 0, total: 0 });
      var t = e.event_type || "Other";
      row.counts[t] = (row.counts[t] || 0) + 1;
      row.total += 1;
      row.fatalities += Number(e.fatalities) || 0;
    });
    var keys = Object.keys(weeks).map(Number).sort(function (a, b) { return a - b; });
    if (!keys.length) return [];
    var out = [];
    for (var w = keys[0]; w <= keys[keys.length - 1]; w += 7) {
      out.push(weeks[w] || { week: w, counts: {}, fatalities: 0, total: 0 });
    }
    return out;
  };

  S.drawWeekly = function (svg, events, typeOrder) {
    var svgEl = S.svgEl;
    var W = svg.clientWidth || 400, H = svg.clientHeight || 100;
    var pad = { l: 26, r: 30, t: 8, b: 20 };
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.textContent = "";
    var rows = S.weekly(events);
    svg.dataset.weeks = String(rows.length);
    if (!rows.length) {
      svg.appendChild(svgEl("text", { x: pad.l, y: H / 2, class: "axis" }, "no dated events"));
      return;
    }
    var maxCount = Math.max.apply(null, rows.map(function (r) { return r.total; }));
    var maxDead = Math.max(1, Math.max.apply(null, rows.map(function (r) { return r.fatalities; })));
    var plotW = W - pad.l - pad.r, plotH = H - pad.t - pad.b, bw = plotW / rows.length;
    rows.forEach(function (r, i) {
      var y = pad.t + plotH;
      typeOrder.forEach(function (t, k) {
        var c = r.counts[t.name] || 0;
        if (!c) return;
        var h = c / maxCount * plotH;
        y -= h;
        var bar = svgEl("rect", { x: pad.l + i * bw + 0.5, y: y, width: Math.max(1, bw - 1), height: h,
          class: "wk ev-fill-" + k });
        bar.appendChild(svgEl("title", {}, "week of " + S.isoDay(r.week) + ": " + c + " " + t.name));
        svg.appendChild(bar);
      });
    });
    var points = rows.map(function (r, i) {
      return (pad.l + (i + 0.5) * bw).toFixed(1) + "," + (pad.t + plotH - r.fatalities / maxDead * plotH).toFixed(1);
    }).join(" ");
    var line = svgEl("polyline", { points: points, class: "dead" });
    line.appendChild(svgEl("title", {}, "fatalities per week"));
    svg.appendChild(line);
    svg.appendChild(svgEl("text", { x: 2, y: pad.t + 9, class: "axis" }, String(maxCount)));
    svg.appendChild(svgEl("text", { x: W - 2, y: pad.t + 9, class: "axis dead-axis", "text-anchor": "end" },
      String(maxDead) + "†"));
    svg.appendChild(svgEl("text", { x: pad.l, y: H - 5, class: "axis" }, "week of " + S.isoDay(rows[0].week)));
    svg.appendChild(svgEl("text", { x: W - pad.r, y: H - 5, class: "axis", "text-anchor": "end" },
      S.isoDay(rows[rows.length - 1].week)));
  };
})();

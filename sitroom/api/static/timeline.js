/* sitroom timeline: a histogram of event dates over a view that defaults to the span of the
 * new events, zooms (wheel, buttons, date inputs) and takes a brushed selection.
 *
 * Extending it: `timeline.addLayer(function (ctx) {...})` draws after the bars on every
 * redraw; ctx = {svg, x(day), lo, hi, top, height, svgEl, isoDay, dayNumber}. Days are whole
 * days since 1970-01-01 (UTC); a layer draws only between ctx.lo and ctx.hi.
 */
(function () {
  "use strict";
  var S = window.Sitroom = window.Sitroom || {};

  function dayNumber(iso) { return Math.floor(Date.parse(iso + "T00:00:00Z") / 86400000); }
  function isoDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
  S.dayNumber = dayNumber;
  S.isoDay = isoDay;

  function svgEl(tag, attrs, text) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text != null) node.textContent = text;
    return node;
  }
  S.svgEl = svgEl;

  function span(events) {
    var days = events.filter(function (e) { return e.event_date; })
      .map(function (e) { return dayNumber(e.event_date); });
    if (!days.length) return null;
    return [Math.min.apply(null, days), Math.max.apply(null, days)];
  }

  /* svg: the histogram; onBrush(range|null) when the user selects dates. */
  S.Timeline = function (svg, onBrush) {
    this.svg = svg;
    this.onBrush = onBrush;
    this.events = [];
    this.brush = null;      // [firstDay, lastDay] selected
    this.view = null;       // [lo, hi] days drawn
    this.home = null;       // the default view: the new events' span
    this.layers = [];
    this.listen();
  };

  S.Timeline.prototype.addLayer = function (draw) { this.layers.push(draw); this.draw(); };

  /* New data: the view goes back to the span of the new events (all events if none). */
  S.Timeline.prototype.setEvents = function (events, keepView) {
    this.events = events;
    var fresh = span(events.filter(function (e) { return e.status === "new"; }));
    this.home = fresh || span(events);
    if (!keepView || !this.view) this.view = this.home && this.home.slice();
    this.draw();
    if (this.onView) this.onView(this.view);
  };

  S.Timeline.prototype.setView = function (lo, hi) {
    if (lo > hi) { var t = lo; lo = hi; hi = t; }
    this.view = [lo, Math.max(hi, lo)];
    this.draw();
    if (this.onView) this.onView(this.view);
  };

  /* Zoom by a factor around a day (the cursor's, or the middle). */
  S.Timeline.prototype.zoom = function (factor, around) {
    if (!this.view) return;
    var lo = this.view[0], hi = this.view[1];
    var mid = around == null ? (lo + hi) / 2 : around;
    var width = Math.max(6, (hi - lo + 1) * factor);
    var f = (mid - lo) / Math.max(1, hi - lo + 1);
    var nlo = Math.round(mid - f * width);
    this.setView(nlo, Math.round(nlo + width - 1));
  };

  S.Timeline.prototype.setBrush = function (range, silent) {
    this.brush = range;
    if (range && this.view && (range[0] < this.view[0] || range[1] > this.view[1])) {
      this.view = [Math.min(range[0], this.view[0]), Math.max(range[1], this.view[1])];
    }
    this.draw();
    if (!silent && this.onBrush) this.onBrush(range);
  };

  S.Timeline.prototype.draw = function () {
    var svg = this.svg;
    var W = svg.clientWidth || 800, H = svg.clientHeight || 100;
    var pad = { l: 30, r: 12, t: 8, b: 20 };
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.textContent = "";
    this.scale = null;
    if (!this.view) {
      delete svg.dataset.start; delete svg.dataset.end;
      svg.appendChild(svgEl("text", { x: pad.l, y: H / 2, class: "axis" }, "no dated events"));
      return;
    }
    var lo = this.view[0], hi = this.view[1];
    svg.dataset.start = isoDay(lo);
    svg.dataset.end = isoDay(hi);
    var days = hi - lo + 1;
    var width = days <= 120 ? 1 : days <= 3 * 366 ? 7 : 30;
    var n = Math.ceil(days / width);
    var counts = new Array(n).fill(0);
    this.events.forEach(function (e) {
      if (!e.event_date) return;
      var d = dayNumber(e.event_date);
      if (d >= lo && d <= hi) counts[Math.floor((d - lo) / width)] += 1;
    });
    var max = Math.max(1, Math.max.apply(null, counts));
    var plotW = W - pad.l - pad.r, plotH = H - pad.t - pad.b;
    var x = function (day) { return pad.l + (day - lo) / days * plotW; };
    this.scale = { x: x, lo: lo, hi: hi, pad: pad, plotW: plotW };
    var brush = this.brush;
    counts.forEach(function (c, i) {
      if (!c) return;
      var start = lo + i * width, h = Math.max(1, c / max * plotH);
      var inside = brush && start + width - 1 >= brush[0] && start <= brush[1];
      var bar = svgEl("rect", {
        x: x(start) + 0.5, y: pad.t + plotH - h, width: Math.max(1, x(start + width) - x(start) - 1),
        height: h, class: "bar" + (inside ? " in" : "")
      });
      bar.appendChild(svgEl("title", {}, isoDay(start) + (width > 1 ? " (" + width + " days)" : "") + ": " + c));
      svg.appendChild(bar);
    });
    svg.appendChild(svgEl("text", { x: 2, y: pad.t + 9, class: "axis" }, String(max)));
    [lo, Math.round((lo + hi) / 2), hi].forEach(function (d, i) {
      svg.appendChild(svgEl("text", {
        x: x(i === 2 ? d + 1 : d), y: H - 5, class: "axis", "text-anchor": ["start", "middle", "end"][i]
      }, isoDay(d)));
    });
    if (brush) {
      var a = Math.max(brush[0], lo), b = Math.min(brush[1], hi);
      if (a <= b) {
        svg.appendChild(svgEl("rect", {
          x: x(a), y: pad.t, height: plotH, class: "brush", width: Math.max(2, x(b + 1) - x(a))
        }));
      }
    }
    var ctx = { svg: svg, x: x, lo: lo, hi: hi, top: pad.t, height: plotH, svgEl: svgEl,
      isoDay: isoDay, dayNumber: dayNumber };
    this.layers.forEach(function (layer) { layer(ctx); });
  };

  S.Timeline.prototype.dayAt = function (clientX) {
    var s = this.scale, rect = this.svg.getBoundingClientRect();
    var px = (clientX - rect.left) * ((this.svg.viewBox.baseVal.width || rect.width) / rect.width);
    var f = Math.min(1, Math.max(0, (px - s.pad.l) / s.plotW));
    return Math.min(s.hi, Math.floor(s.lo + f * (s.hi - s.lo + 1)));
  };

  S.Timeline.prototype.listen = function () {
    var self = this, svg = this.svg, startDay = null;
    svg.addEventListener("mousedown", function (ev) {
      if (!self.scale) return;
      startDay = self.dayAt(ev.clientX);
      ev.preventDefault();
    });
    window.addEventListener("mousemove", function (ev) {
      if (startDay === null) return;
      var d = self.dayAt(ev.clientX);
      self.brush = [Math.min(startDay, d), Math.max(startDay, d)];
      self.draw();
    });
    window.addEventListener("mouseup", function (ev) {
      if (startDay === null) return;
      var d = self.dayAt(ev.clientX);
      var range = d === startDay ? null : [Math.min(startDay, d), Math.max(startDay, d)];
      startDay = null;
      self.setBrush(range);
    });
    svg.addEventListener("wheel", function (ev) {
      if (!self.scale) return;
      ev.preventDefault();
      self.zoom(ev.deltaY < 0 ? 0.7 : 1 / 0.7, self.dayAt(ev.clientX));
    }, { passive: false });
    svg.addEventListener("dblclick", function () { self.setBrush(null); });
    window.addEventListener("resize", function () { self.draw(); });
  };
})();

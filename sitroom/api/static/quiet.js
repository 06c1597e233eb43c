/* Quiet periods on the timeline: stretches of more than N days with no event matching the
 * page's filter, over everything stored (GET /api/trends?lull_days=N with the same server
 * filters), shaded behind the bars; the one still running reaches the latest event. The
 * threshold is the "quiet >" box beside the zoom buttons; empty turns the shading off.
 */
(function () {
  "use strict";
  var S = window.Sitroom = window.Sitroom || {};
  var PAGE_ONLY = ["offset", "limit", "fields", "sort"];  // /api/events paging, not filters

  S.Quiet = function (timeline, input) {
    var self = this;
    this.timeline = timeline;
    this.input = input;
    this.params = new URLSearchParams();
    this.periods = [];
    timeline.addLayer(function (ctx) { self.draw(ctx); });
    input.addEventListener("change", function () { self.reload(self.params); });
  };

  /* params: the filters the events were loaded with. */
  S.Quiet.prototype.reload = function (params) {
    var self = this, days = Number(this.input.value);
    this.params = new URLSearchParams(params);
    if (!(days >= 1)) { this.show([]); return Promise.resolve(); }
    var q = new URLSearchParams(this.params);
    PAGE_ONLY.forEach(function (k) { q.delete(k); });
    q.set("lull_days", String(Math.round(days)));
    return fetch("/api/trends?" + q.toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (body) { self.show(body.quiet_periods || []); })
      .catch(function () { self.show([]); });
  };

  S.Quiet.prototype.show = function (periods) {
    this.periods = periods;
    this.timeline.svg.dataset.quiet = String(periods.length);
    this.timeline.draw();
  };

  S.Quiet.prototype.draw = function (ctx) {
    this.periods.forEach(function (p) {
      var a = Math.max(ctx.dayNumber(p.start) + 1, ctx.lo);
      var b = Math.min(p.end ? ctx.dayNumber(p.end) - 1 : ctx.hi, ctx.hi);
      if (a > b) return;
      var rect = ctx.svgEl("rect", {
        x: ctx.x(a), y: ctx.top, width: Math.max(1, ctx.x(b + 1) - ctx.x(a)), height: ctx.height,
        class: "quiet"
      });
      var until = p.end ? "until " + p.end + " (" + p.resumed_place + ")" : "so far";
      rect.appendChild(ctx.svgEl("title", {}, p.days + " quiet days " + until +
        "; last event " + p.start + " (" + p.last_place + ")"));
      ctx.svg.insertBefore(rect, ctx.svg.firstChild);  // behind the bars
    });
  };
})();

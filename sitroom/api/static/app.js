/* sitroom map page. Plain JavaScript, no framework, no network beyond this server.
 *
 * Flow: the filter form → GET /api/events (server-side filters, paged) → markers,
 * list and timeline; dragging on the timeline narrows the dates shown (client-side);
 * clicking an event → GET /api/events/{id} → the record with its evidence highlighted.
 */
(function () {
  "use strict";

  var MAP_FIELDS = [
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "fatalities", "status", "claim", "attributed_to"
  ].join(",");
  var PAGE = 5000;          // the API's largest page
  var CAP = 20000;          // most events the page draws at once
  var LIST_MAX = 300;       // rows in the side list
  var TYPE_CLASS = {
    "Battles": 0, "Explosions/Remote violence": 1, "Violence against civilians": 2,
    "Protests": 3, "Riots": 4, "Strategic developments": 5
  };
  var FIELD_LABELS = {
    event_date: "date", event_type: "type", sub_event_type: "sub-type", actor1: "actor 1",
    actor2: "actor 2", assoc_actor_1: "assoc. 1", assoc_actor_2: "assoc. 2",
    location: "place", admin1: "region", country: "country", fatalities: "fatalities",
    injuries: "injuries", claim: "claim", attributed_to: "claimed by", status: "status",
    notes: "sentence", origin: "launched from", civilian_targeting: "civilians",
    disorder_type: "disorder", plover_type: "PLOVER type", plover_mode: "PLOVER mode",
    time_precision: "time precision", geo_precision: "geo precision"
  };
  var PALETTE = ["#ffe08a", "#b9e3ff", "#c8f0c0", "#ffd0e0", "#e3d4ff", "#ffd9b3", "#d4f4ef",
    "#f5e6a3", "#dfe7c7", "#f7c6c6"];
  var INKS = ["#8a6d00", "#1f6394", "#2f7a25", "#a03a62", "#5b3f99", "#a0571a", "#237a6c",
    "#7a6a12", "#5a6b2e", "#9b3030"];

  var state = { events: [], total: 0, brush: null, markers: {}, facetsLoaded: false };
  var map, cluster;

  // -- small helpers ------------------------------------------------------------------

  function $(sel) { return document.querySelector(sel); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "class") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error((body.error && body.error.message) || r.statusText);
        return body;
      });
    });
  }

  function filterParams() {
    var params = new URLSearchParams();
    new FormData($("#filters")).forEach(function (value, key) {
      if (String(value).trim()) params.set(key, String(value).trim());
    });
    var box = $("#inview").checked && viewBox();
    if (box) params.set("bbox", box);
    return params;
  }

  /* The map view as the API's bbox (minlon,minlat,maxlon,maxlat), clamped to the world;
     null when the view wraps around it (then every longitude is in view anyway). */
  function viewBox() {
    var b = map.getBounds();
    if (b.getEast() - b.getWest() >= 360) return null;
    var west = L.Util.wrapNum(b.getWest(), [-180, 180], true);
    var east = west + (b.getEast() - b.getWest());
    if (east > 180) return null;
    var clamp = function (v, lim) { return Math.max(-lim, Math.min(lim, v)).toFixed(4); };
    return [clamp(west, 180), clamp(b.getSouth(), 90), clamp(east, 180), clamp(b.getNorth(), 90)].join(",");
  }

  function dayNumber(iso) { return Math.floor(Date.parse(iso + "T00:00:00Z") / 86400000); }
  function isoDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

  function hashIndex(s, n) {
    var h = 0;
    for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
    return h % n;
  }

  function inBrush(e) {
    if (!state.brush) return true;
    if (!e.event_date) return false;
    var d = dayNumber(e.event_date);
    return d >= state.brush[0] && d <= state.brush[1];
  }

  // -- map --------------------------------------------------------------------------------

  function initMap(config) {
    map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 18 }).setView([25, 30], 3);
    if (config.tiles && config.tiles.url) {
      L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution || "", maxZoom: 18 })
        .addTo(map);
    } else {
      getJSON("/static/data/countries-50m.json").then(function (topo) {
        var land = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(land, {
          interactive: false,
          style: { color: "#8795a3", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 }
        }).addTo(map).bringToBack();
      }).catch(function () { /* the markers still show without outlines */ });
      map.attributionControl.addAttribution("Country outlines: Natural Earth");
    }
    cluster = L.markerClusterGroup({ chunkedLoading: true, maxClusterRadius: 45 });
    map.addLayer(cluster);
  }

  function markerFor(e) {
    var cls = "ev-marker ev-t" + (e.event_type in TYPE_CLASS ? TYPE_CLASS[e.event_type] : 5);
    if (e.status === "background") cls += " background";
    var marker = L.marker([e.latitude, e.longitude], {
      icon: L.divIcon({ className: cls, iconSize: [14, 14] }),
      title: (e.sub_event_type || e.event_type || "event") + " — " + (e.location || "") +
        " (" + (e.event_date || "?") + ")",
      keyboard: true
    });
    marker.on("add", function () {
      var node = marker.getElement();
      if (node) {
        node.dataset.id = e.event_id_cnty;
        node.classList.toggle("selected", state.selected === e.event_id_cnty);
      }
    });
    marker.on("click", function () { openRecord(e.event_id_cnty); });
    return marker;
  }

  function drawMarkers(events, fit) {
    cluster.clearLayers();
    state.markers = {};
    var layers = [];
    events.forEach(function (e) {
      if (e.latitude == null || e.longitude == null) return;
      var m = markerFor(e);
      state.markers[e.event_id_cnty] = m;
      layers.push(m);
    });
    cluster.addLayers(layers);
    if (fit && layers.length) {  // from the markers: chunked loading fills the cluster later
      var bounds = L.latLngBounds(layers.map(function (m) { return m.getLatLng(); }));
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8, animate: false });
    }
  }

  // -- list and summary --------------------------------------------------------------------

  function drawList(events) {
    var list = $("#list");
    list.textContent = "";
    events.slice().reverse().slice(0, LIST_MAX).forEach(function (e) {  // newest first
      var item = el("li", { tabindex: "0", "data-id": e.event_id_cnty }, [
        el("span", { class: "when", text: e.event_date || "?" }),
        (e.sub_event_type || e.event_type || "event") + " — " +
          [e.location, e.country].filter(Boolean).join(", ")
      ]);
      item.addEventListener("click", function () { openRecord(e.event_id_cnty); });
      item.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter") openRecord(e.event_id_cnty);
      });
      list.appendChild(item);
    });
    if (events.length > LIST_MAX) {
      list.appendChild(el("li", { class: "more", text: (events.length - LIST_MAX) + " more…" }));
    }
  }

  function drawSummary(shown) {
    var text = shown.length + " event" + (shown.length === 1 ? "" : "s") + " shown";
    if (state.total > state.events.length) {
      text += " (the latest " + state.events.length + " of " + state.total + " matching: narrow the filters)";
    } else if (shown.length !== state.total) {
      text += " of " + state.total;
    }
    $("#summary").textContent = text;
    var note = $("#brush-note");
    note.hidden = !state.brush;
    if (state.brush) $("#brush-range").textContent = isoDay(state.brush[0]) + " – " + isoDay(state.brush[1]);
  }

  function exportLinks() {
    var params = filterParams();
    if (state.brush) {
      params.set("since", isoDay(state.brush[0]));
      params.set("until", isoDay(state.brush[1]));
    }
    var qs = params.toString() ? "?" + params.toString() : "";
    $("#export-csv").href = "/api/export.csv" + qs;
    $("#export-geojson").href = "/api/export.geojson" + qs;
  }

  function refresh(fit) {
    var shown = state.events.filter(inBrush);
    drawMarkers(shown, fit);
    drawList(shown);
    drawSummary(shown);
    drawTimeline();
    exportLinks();
  }

  // -- timeline: a histogram of event dates; drag to choose a date range -------------------

  function bins(events) {
    var days = events.filter(function (e) { return e.event_date; })
      .map(function (e) { return dayNumber(e.event_date); });
    if (!days.length) return null;
    var lo = Math.min.apply(null, days), hi = Math.max.apply(null, days);
    var span = hi - lo + 1;
    var width = span <= 120 ? 1 : span <= 3 * 366 ? 7 : 30;
    lo -= width; hi += width;   // a little room either side for the brush
    var n = Math.ceil((hi - lo + 1) / width);
    var counts = new Array(n).fill(0);
    days.forEach(function (d) { counts[Math.floor((d - lo) / width)] += 1; });
    return { lo: lo, hi: lo + n * width - 1, width: width, counts: counts };
  }

  function drawTimeline() {
    var svg = $("#histogram");
    var W = svg.clientWidth || 800, H = svg.clientHeight || 110;
    var pad = { l: 30, r: 12, t: 8, b: 20 };
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.textContent = "";
    var b = bins(state.events);
    state.scale = null;
    if (!b) {
      svg.appendChild(svgEl("text", { x: pad.l, y: H / 2, class: "axis" }, "no dated events"));
      return;
    }
    var max = Math.max.apply(null, b.counts);
    var plotW = W - pad.l - pad.r, plotH = H - pad.t - pad.b;
    var bw = plotW / b.counts.length;
    var x = function (day) { return pad.l + (day - b.lo) / (b.hi - b.lo + 1) * plotW; };
    state.scale = { x: x, lo: b.lo, hi: b.hi, pad: pad, plotW: plotW, H: H };
    b.counts.forEach(function (c, i) {
      if (!c) return;
      var h = Math.max(1, c / max * plotH);
      var start = b.lo + i * b.width;
      var inside = state.brush && start + b.width - 1 >= state.brush[0] && start <= state.brush[1];
      var bar = svgEl("rect", {
        x: pad.l + i * bw + 0.5, y: pad.t + plotH - h, width: Math.max(1, bw - 1), height: h,
        class: "bar" + (inside ? " in" : "")
      });
      bar.appendChild(svgEl("title", {}, isoDay(start) + (b.width > 1 ? " (" + b.width + " days)" : "") + ": " + c));
      svg.appendChild(bar);
    });
    svg.appendChild(svgEl("text", { x: 2, y: pad.t + 9, class: "axis" }, String(max)));
    [b.lo, Math.round((b.lo + b.hi) / 2), b.hi].forEach(function (d, i) {
      svg.appendChild(svgEl("text", {
        x: x(d), y: H - 5, class: "axis", "text-anchor": ["start", "middle", "end"][i]
      }, isoDay(d)));
    });
    if (state.brush) {
      svg.appendChild(svgEl("rect", {
        x: x(state.brush[0]), y: pad.t, height: plotH, class: "brush",
        width: Math.max(2, x(state.brush[1] + 1) - x(state.brush[0]))
      }));
    }
  }

  function svgEl(tag, attrs, text) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text != null) node.textContent = text;
    return node;
  }

  function dayAt(clientX) {
    var s = state.scale, svg = $("#histogram");
    var rect = svg.getBoundingClientRect();
    var px = (clientX - rect.left) * ((svg.viewBox.baseVal.width || rect.width) / rect.width);
    var f = Math.min(1, Math.max(0, (px - s.pad.l) / s.plotW));
    return Math.floor(s.lo + f * (s.hi - s.lo + 1));
  }

  function initBrush() {
    var svg = $("#histogram");
    var startDay = null;
    svg.addEventListener("mousedown", function (ev) {
      if (!state.scale) return;
      startDay = dayAt(ev.clientX);
      ev.preventDefault();
    });
    window.addEventListener("mousemove", function (ev) {
      if (startDay === null) return;
      var d = dayAt(ev.clientX);
      state.brush = [Math.min(startDay, d), Math.max(startDay, d)];
      drawTimeline();
    });
    window.addEventListener("mouseup", function (ev) {
      if (startDay === null) return;
      var d = dayAt(ev.clientX);
      state.brush = d === startDay ? null : [Math.min(startDay, d), Math.max(startDay, d)];
      startDay = null;
      refresh(false);
    });
    svg.addEventListener("dblclick", function () { state.brush = null; refresh(false); });
    $("#brush-clear").addEventListener("click", function () { state.brush = null; refresh(false); });
    window.addEventListener("resize", drawTimeline);
  }

  // -- loading ------------------------------------------------------------------------------

  function load(fit) {
    var params = filterParams();
    params.set("fields", MAP_FIELDS);
    params.set("limit", String(PAGE));
    $("#summary").textContent = "loading…";
    var events = [];
    /* Oldest first, so when more than CAP match, start CAP from the end: the latest events. */
    function page(offset) {
      params.set("offset", String(offset));
      return getJSON("/api/events?" + params.toString()).then(function (body) {
        state.total = body.total;
        if (offset === 0 && body.total > CAP) return page(body.total - CAP);
        events = events.concat(body.events);
        if (body.next && events.length < CAP) return page(offset + body.count);
        return events;
      });
    }
    return page(0).then(function (all) {
      state.events = all;
      state.brush = null;
      if (!state.facetsLoaded) { fillFacets(all); state.facetsLoaded = true; }
      refresh(fit);
    }).catch(function (err) {
      $("#summary").textContent = "could not load events: " + err.message;
    });
  }

  function fillFacets(events) {
    function fill(name, values, group) {
      var select = $("#filters [name=" + name + "]");
      var parent = group ? select.appendChild(el("optgroup", { label: group })) : select;
      Array.from(new Set(values.filter(Boolean))).sort().forEach(function (v) {
        parent.appendChild(el("option", { value: v, text: v }));
      });
    }
    fill("country", events.map(function (e) { return e.country; }));
    fill("type", events.map(function (e) { return e.event_type; }), "Event types");
    fill("type", events.map(function (e) { return e.sub_event_type; }), "Sub-event types");
    var counts = {};
    events.forEach(function (e) {
      [e.actor1, e.actor2].forEach(function (a) { if (a) counts[a] = (counts[a] || 0) + 1; });
    });
    var list = $("#actor-names");
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); })
      .slice(0, 500).forEach(function (a) { list.appendChild(el("option", { value: a })); });
  }

  // -- the record: fields, claim, sources, article text with evidence spans -----------------

  function openRecord(id) {
    var box = $("#record"), body = $("#record-body");
    box.hidden = false;
    setDrawer(true);
    select(id);
    body.textContent = "loading " + id + "…";
    if (location.hash !== "#event=" + encodeURIComponent(id)) {
      history.replaceState(null, "", "#event=" + encodeURIComponent(id));
    }
    getJSON("/api/events/" + encodeURIComponent(id)).then(function (detail) {
      renderRecord(body, detail);
      var m = state.markers[id];
      if (m && !map.getBounds().contains(m.getLatLng())) map.panTo(m.getLatLng());
    }).catch(function (err) {
      body.textContent = "could not load " + id + ": " + err.message;
    });
  }

  function select(id) {
    state.selected = id;
    document.querySelectorAll(".ev-marker.selected").forEach(function (n) { n.classList.remove("selected"); });
    document.querySelectorAll("#list li.selected").forEach(function (n) { n.classList.remove("selected"); });
    var m = id && state.markers[id], node = m && m.getElement();
    if (node) node.classList.add("selected");
    var item = id && document.querySelector("#list li[data-id='" + CSS.escape(id) + "']");
    if (item) item.classList.add("selected");
  }

  function setDrawer(open) {
    if (document.body.classList.contains("record-open") === open) return;
    document.body.classList.toggle("record-open", open);
    map.invalidateSize();
    drawTimeline();
  }

  function closeRecord() {
    $("#record").hidden = true;
    setDrawer(false);
    select(null);
    history.replaceState(null, "", location.pathname + location.search);
  }

  function claimText(e) {
    var text = e.claim || "reported";
    if (e.attributed_to) text += " by " + e.attributed_to;
    return text;
  }

  function renderRecord(body, detail) {
    var e = detail.event;
    body.textContent = "";
    body.dataset.id = e.event_id_cnty;
    body.appendChild(el("h2", {
      text: (e.sub_event_type || e.event_type || "Event") + (e.location ? " — " + e.location : "")
    }));
    body.appendChild(el("span", { class: "claim " + (e.claim || ""), id: "record-claim", text: claimText(e) }));
    var rows = [
      ["id", e.event_id_cnty],
      ["date", (e.event_date || "unknown") + " (time precision " + e.time_precision + ")"],
      ["type", [e.event_type, e.sub_event_type].filter(Boolean).join(" / ")],
      ["actor 1", e.actor1 + (e.assoc_actor_1 ? " (with " + e.assoc_actor_1 + ")" : "")],
      ["actor 2", e.actor2 + (e.assoc_actor_2 ? " (with " + e.assoc_actor_2 + ")" : "")],
      ["where", [e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(", ") +
        (e.latitude != null ? " (geo precision " + e.geo_precision + ")" : " (not placed)")],
      ["fatalities", String(e.fatalities) + (e.fatalities_high > e.fatalities_low ?
        " (" + e.fatalities_low + "–" + e.fatalities_high + ")" : "")],
      ["injuries", e.injuries ? String(e.injuries) : ""],
      ["status", e.status],
      ["claim", claimText(e)],
      ["launched from", e.origin],
      ["sources", e.source],
      ["confidence", e.confidence ? Number(e.confidence).toFixed(2) : ""],
      ["notes", e.notes]
    ];
    var table = el("table", {}, []);
    rows.forEach(function (r) {
      if (r[1] === "" || r[1] == null) return;
      var row = el("tr", {}, [el("th", { text: r[0] }), el("td", { text: String(r[1]) })]);
      var fields = ROW_FIELDS[r[0]];
      if (fields) {
        row.classList.add("cited");
        row.title = "Show the words this came from";
        row.addEventListener("click", function () { showEvidence(body, fields); });
      }
      table.appendChild(row);
    });
    body.appendChild(table);

    var views = sourceViews(detail);
    if (!views.length) {
      body.appendChild(el("p", { class: "warn", text: "The source article is not in the store." }));
      return;
    }
    var tabs = el("div", { class: "tabs", role: "tablist" }, []);
    var holder = el("div", {}, []);
    views.forEach(function (v, i) {
      var tab = el("button", { type: "button", role: "tab", text: v.label }, []);
      tab.addEventListener("click", function () {
        Array.from(tabs.children).forEach(function (t) { t.setAttribute("aria-selected", "false"); });
        tab.setAttribute("aria-selected", "true");
        holder.textContent = "";
        holder.appendChild(renderArticle(v.article, v.evidence, v.reason));
      });
      tab.setAttribute("aria-selected", i === 0 ? "true" : "false");
      tabs.appendChild(tab);
    });
    if (views.length > 1) body.appendChild(tabs);
    holder.appendChild(renderArticle(views[0].article, views[0].evidence, views[0].reason));
    body.appendChild(holder);
  }

  /* Which evidence fields each row of the record table stands for. */
  var ROW_FIELDS = {
    "date": ["event_date"], "type": ["event_type", "sub_event_type"], "actor 1": ["actor1"],
    "actor 2": ["actor2"], "where": ["location", "admin1", "country"],
    "fatalities": ["fatalities"], "injuries": ["injuries"], "claim": ["claim", "attributed_to"],
    "launched from": ["origin"], "notes": ["notes"]
  };

  function showEvidence(body, fields) {
    var mark = null;
    for (var i = 0; i < fields.length && !mark; i++) {
      mark = body.querySelector(".article mark[data-fields~='" + fields[i] + "']");
    }
    if (!mark) return;
    mark.scrollIntoView({ block: "center" });
    body.querySelectorAll("mark.flash").forEach(function (m) { m.classList.remove("flash"); });
    mark.classList.add("flash");
  }

  function sourceViews(detail) {
    var views = [];
    (detail.sources || []).forEach(function (s) {
      var article = detail.articles[s.article_id];
      if (!article) return;
      views.push({
        label: (s.source || article.source || "source") + (s.published ? " · " + s.published : ""),
        article: article,
        reason: s.merge_reason || "",
        evidence: (s.mention && s.mention.evidence) || {}
      });
    });
    if (!views.length && detail.articles[detail.event.article_id]) {
      var a = detail.articles[detail.event.article_id];
      views.push({ label: a.source || "source", article: a, evidence: detail.event.evidence || {} });
    }
    return views;
  }

  /* Evidence offsets index the stored text; if a span's text does not sit at its offsets
     (an edited copy), look for it nearby rather than highlight the wrong words. */
  function placeSpan(text, ev) {
    if (text.slice(ev.start, ev.end) === ev.text) return [ev.start, ev.end];
    if (!ev.text) return null;
    var at = text.indexOf(ev.text, Math.max(0, ev.start - 200));
    if (at < 0) at = text.indexOf(ev.text);
    return at < 0 ? null : [at, at + ev.text.length];
  }

  /* Known fields get distinct colours in a fixed order; others share by hash. */
  var FIELD_ORDER = ["event_type", "actor1", "actor2", "location", "event_date", "fatalities",
    "claim", "attributed_to", "injuries", "origin"];

  function colours(field) {
    var i = FIELD_ORDER.indexOf(field);
    if (i < 0) i = hashIndex(field, PALETTE.length);
    return { hl: PALETTE[i % PALETTE.length], ink: INKS[i % INKS.length] };
  }

  function renderArticle(article, evidence, reason) {
    var text = article.text || "";
    var wrap = el("div", {}, []);
    var spans = [], missing = [];
    Object.keys(evidence).forEach(function (field) {
      var pos = placeSpan(text, evidence[field]);
      if (pos && pos[1] > pos[0]) spans.push({ field: field, start: pos[0], end: pos[1] });
      else missing.push(field);
    });
    spans.sort(function (a, b) { return a.start - b.start || b.end - a.end; });

    var legend = el("div", { class: "legend" }, []);
    spans.forEach(function (s) {
      var c = colours(s.field);
      var tag = el("span", { class: "ev-label", text: FIELD_LABELS[s.field] || s.field });
      tag.style.setProperty("--hl-ink", c.ink);
      legend.appendChild(tag);
    });
    if (article.title) wrap.appendChild(el("h3", { text: article.title }));
    if (reason) wrap.appendChild(el("p", { class: "reason", text: "Fusion: " + reason }));
    if (/^https?:\/\//i.test(article.url || "")) {  // never a javascript: or data: link
      wrap.appendChild(el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank", text: article.url }));
    }
    wrap.appendChild(legend);
    if (missing.length) {
      wrap.appendChild(el("p", { class: "warn", text: "Not found in this text: " + missing.join(", ") }));
    }
    wrap.appendChild(highlighted(text, spans));
    return wrap;
  }

  /* The text cut at every span boundary; each piece is marked with the spans covering it
     (the narrowest decides the colour), and each span's label sits where it starts. */
  function highlighted(text, spans) {
    var out = el("div", { class: "article" }, []);
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    for (var i = 0; i < cuts.length - 1; i++) {
      var a = cuts[i], b = cuts[i + 1];
      spans.forEach(function (s) {
        if (s.start === a) {
          var c = colours(s.field);
          var label = el("span", { class: "ev-label", "data-field": s.field, text: FIELD_LABELS[s.field] || s.field });
          label.style.setProperty("--hl-ink", c.ink);
          out.appendChild(label);
        }
      });
      var covering = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      var piece = text.slice(a, b);
      if (!covering.length) { out.appendChild(document.createTextNode(piece)); continue; }
      covering.sort(function (x, y) { return (x.end - x.start) - (y.end - y.start); });
      var mark = el("mark", {
        class: "evidence",
        "data-fields": covering.map(function (s) { return s.field; }).join(" "),
        title: covering.map(function (s) { return FIELD_LABELS[s.field] || s.field; }).join(", "),
        text: piece
      });
      var inner = covering[0].field;
      if (inner === "notes" && covering.length === 1) mark.classList.add("sentence");
      mark.style.setProperty("--hl", inner === "notes" && covering.length === 1 ? "#f3f3f3" : colours(inner).hl);
      out.appendChild(mark);
    }
    return out;
  }

  // -- start -----------------------------------------------------------------------------

  function start() {
    getJSON("/api/config").catch(function () { return {}; }).then(function (config) {
      initMap(config);
      initBrush();
      $("#filters").addEventListener("submit", function (ev) {
        ev.preventDefault();
        load(!$("#inview").checked);  // keep the view the user chose the area with
      });
      $("#filters").addEventListener("reset", function () { setTimeout(function () { load(true); }, 0); });
      $("#record-close").addEventListener("click", closeRecord);
      document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") closeRecord(); });
      load(true).then(function () {
        var m = /^#event=(.+)$/.exec(location.hash);
        if (m) openRecord(decodeURIComponent(m[1]));
        document.body.dataset.ready = "1";
      });
    });
  }

  document.addEventListener("DOMContentLoaded", start);
})();

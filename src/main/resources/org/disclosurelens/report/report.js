// Disclosure Lens report: the findings and documents tables of index.html, drawn from data.js
// (window.DL, written by ReportWriter) one page of rows at a time, so that the index opens as fast
// with 10,000 documents as with ten. A click on a column's header sorts by it (again: the other
// way); the controls filter; the address keeps all (#findings.sev=warning&findings.sort=-2&
// findings.page=3, and findings.rows=… for another page size), so a
// filtered view can be bookmarked or sent. Rows are built with textContent, never innerHTML: a
// document's text stays text.
(function () {
  'use strict';
  var PAGE = 100;
  var D = window.DL || {documents: [], findings: []};
  var DOC = {id: 0, path: 1, unit: 2, year: 3, kind: 4, province: 5, status: 6, error: 7, warning: 8, info: 9};

  function params() {
    var out = {};
    window.location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
      var i = kv.indexOf('=');
      if (i > 0) {
        out[decodeURIComponent(kv.slice(0, i))] = decodeURIComponent(kv.slice(i + 1));
      }
    });
    return out;
  }

  function link(doc) {
    var a = document.createElement('a');
    a.href = 'doc/' + encodeURIComponent(doc[DOC.id]) + '.html';
    a.textContent = doc[DOC.path];
    return a;
  }

  function cell(tr, value, cls) {
    var td = document.createElement('td');
    if (value instanceof Node) {
      td.appendChild(value);
    } else {
      td.textContent = value == null ? '' : String(value);
    }
    if (cls) {
      td.className = cls;
    }
    tr.appendChild(td);
  }

  function options(select, values) {
    values.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v;
      o.textContent = v;
      select.appendChild(o);
    });
  }

  function distinct(rows, get) {
    var seen = {};
    rows.forEach(function (r) { seen[get(r)] = true; });
    return Object.keys(seen).filter(function (v) { return v !== ''; }).sort();
  }

  /**
   * A paged, sortable, filtered table. spec: id (the table's and its controls' prefix), rows,
   * columns [{title, value(row), show(row) (a Node or text), numeric, cls(row)}], filters
   * [{key, value(row)}] matched against a select of id-key, text(row) searched by id-q.
   */
  function Table(spec) {
    var table = document.getElementById(spec.id);
    var pager = document.getElementById(spec.id + '-pager');
    var sort = -1, descending = false, page = 0, size = PAGE, shown = spec.rows;
    var prefix = spec.id + '.';

    var head = document.createElement('tr');
    spec.columns.forEach(function (c, i) {
      var th = document.createElement('th');
      th.textContent = c.title;
      th.style.cursor = 'pointer';
      th.title = '排序 sort';
      th.addEventListener('click', function () {
        descending = sort === i ? !descending : false;
        sort = i;
        page = 0;
        update(true);
      });
      head.appendChild(th);
    });
    table.createTHead().appendChild(head);
    var body = table.createTBody();

    var controls = spec.filters.map(function (f) { return document.getElementById(spec.id + '-' + f.key); });
    spec.filters.forEach(function (f, i) {
      if (controls[i].tagName === 'SELECT') {
        options(controls[i], distinct(spec.rows, f.value));
      }
    });
    var search = document.getElementById(spec.id + '-q');
    controls.concat([search]).forEach(function (c) {
      c.addEventListener(c.tagName === 'SELECT' ? 'change' : 'input', function () {
        page = 0;
        update(true);
      });
    });

    function restore() {
      var state = params();
      spec.filters.forEach(function (f, i) {
        controls[i].value = state[prefix + f.key] || '';
      });
      search.value = state[prefix + 'q'] || '';
      sort = state[prefix + 'sort'] ? Math.abs(parseInt(state[prefix + 'sort'], 10)) - 1 : -1;
      descending = (state[prefix + 'sort'] || '').charAt(0) === '-';
      page = Math.max(0, (parseInt(state[prefix + 'page'], 10) || 1) - 1);
      size = Math.max(1, parseInt(state[prefix + 'rows'], 10) || PAGE);
    }
    restore();
    // A link to another view of the page (the index's rule counts link their rule's findings).
    window.addEventListener('hashchange', function () {
      restore();
      update(false);
    });

    function update(remember) {
      var q = search.value.toLowerCase();
      shown = spec.rows.filter(function (r) {
        for (var i = 0; i < spec.filters.length; i++) {
          if (controls[i].value && spec.filters[i].value(r) !== controls[i].value) {
            return false;
          }
        }
        return !q || spec.text(r).toLowerCase().indexOf(q) >= 0;
      });
      if (sort >= 0 && sort < spec.columns.length) {
        var c = spec.columns[sort];
        shown = shown.slice().sort(function (a, b) {
          var x = c.value(a), y = c.value(b);
          var d = c.numeric ? (Number(x) || 0) - (Number(y) || 0) : String(x).localeCompare(String(y), 'zh');
          return descending ? -d : d;
        });
      }
      var pages = Math.max(1, Math.ceil(shown.length / size));
      page = Math.min(page, pages - 1);
      while (body.firstChild) {
        body.removeChild(body.firstChild);
      }
      shown.slice(page * size, page * size + size).forEach(function (r) {
        var tr = document.createElement('tr');
        spec.columns.forEach(function (c) { cell(tr, c.show ? c.show(r) : c.value(r), c.cls ? c.cls(r) : ''); });
        body.appendChild(tr);
      });
      Array.prototype.forEach.call(head.children, function (th, i) {
        th.textContent = spec.columns[i].title + (i === sort ? (descending ? ' ▼' : ' ▲') : '');
      });
      pager.textContent = '';
      var prev = document.createElement('button');
      prev.textContent = '‹ 上一页 previous';
      prev.disabled = page === 0;
      prev.addEventListener('click', function () { page--; update(true); });
      var next = document.createElement('button');
      next.textContent = '下一页 next ›';
      next.disabled = page >= pages - 1;
      next.addEventListener('click', function () { page++; update(true); });
      var where = document.createElement('span');
      where.className = 'where';
      where.textContent = ' ' + (page + 1) + ' / ' + pages + '（' + shown.length + ' 行 rows） ';
      pager.appendChild(prev);
      pager.appendChild(where);
      pager.appendChild(next);
      if (remember) {
        remember = params();
        Object.keys(remember).forEach(function (k) {
          if (k.indexOf(prefix) === 0) {
            delete remember[k];
          }
        });
        spec.filters.forEach(function (f, i) {
          if (controls[i].value) {
            remember[prefix + f.key] = controls[i].value;
          }
        });
        if (search.value) {
          remember[prefix + 'q'] = search.value;
        }
        if (sort >= 0) {
          remember[prefix + 'sort'] = (descending ? '-' : '') + (sort + 1);
        }
        if (page > 0) {
          remember[prefix + 'page'] = String(page + 1);
        }
        if (size !== PAGE) {
          remember[prefix + 'rows'] = String(size);
        }
        var hash = Object.keys(remember).sort().map(function (k) {
          return encodeURIComponent(k) + '=' + encodeURIComponent(remember[k]);
        }).join('&');
        history.replaceState(null, '', hash ? '#' + hash : window.location.pathname + window.location.search);
      }
    }
    update(false);
  }

  function docOf(f) {
    return D.documents[f[0]] || [];
  }

  Table({
    id: 'findings',
    rows: D.findings,
    columns: [
      {title: '文件 document', value: function (f) { return docOf(f)[DOC.path]; }, show: function (f) { return link(docOf(f)); }},
      {title: '地区 region', value: function (f) { return docOf(f)[DOC.province]; }},
      {title: '类型 kind', value: function (f) { return docOf(f)[DOC.kind]; }},
      {title: '规则 rule', value: function (f) { return f[1]; }},
      {title: '级别 severity', value: function (f) { return f[2]; }, cls: function (f) { return f[2]; }},
      {title: '说明 message', value: function (f) { return f[3]; }},
      {title: '页 page', value: function (f) { return f[4]; }, numeric: true}
    ],
    filters: [
      {key: 'sev', value: function (f) { return f[2]; }},
      {key: 'rule', value: function (f) { return f[1]; }},
      {key: 'province', value: function (f) { return docOf(f)[DOC.province] || ''; }},
      {key: 'kind', value: function (f) { return docOf(f)[DOC.kind] || ''; }}
    ],
    text: function (f) { var d = docOf(f); return f[1] + ' ' + f[3] + ' ' + d[DOC.path] + ' ' + d[DOC.unit]; }
  });

  Table({
    id: 'documents',
    rows: D.documents,
    columns: [
      {title: '文件 document', value: function (d) { return d[DOC.path]; }, show: link},
      {title: '单位 unit', value: function (d) { return d[DOC.unit]; }},
      {title: '年度 year', value: function (d) { return d[DOC.year]; }, numeric: true},
      {title: '类型 kind', value: function (d) { return d[DOC.kind]; }},
      {title: '地区 region', value: function (d) { return d[DOC.province]; }},
      {title: '状态 status', value: function (d) { return d[DOC.status]; }},
      {title: 'error', value: function (d) { return d[DOC.error]; }, numeric: true},
      {title: 'warning', value: function (d) { return d[DOC.warning]; }, numeric: true},
      {title: 'info', value: function (d) { return d[DOC.info]; }, numeric: true}
    ],
    filters: [
      {key: 'status', value: function (d) { return d[DOC.status]; }},
      {key: 'province', value: function (d) { return d[DOC.province] || ''; }}
    ],
    text: function (d) { return d[DOC.path] + ' ' + d[DOC.unit]; }
  });
}());

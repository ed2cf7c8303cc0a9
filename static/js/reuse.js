// Marks the passages of the 文本复用 panel in the speech text. The page reads fine without it.
// A passage is found by its text (whitespace ignored) among the text nodes of the body, so
// it is marked wherever the page shows it, whatever else (search hits) is marked there.
(function () {
  "use strict";
  var data = document.getElementById("reuse-marks");
  var body = document.getElementById("speech-body");
  if (!data || !body) return;
  var marks = JSON.parse(data.textContent);

  function collect() {
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    var flat = [], where = [], node;
    while ((node = walker.nextNode())) {
      var t = node.nodeValue;
      for (var i = 0; i < t.length; i++) {
        if (!/\s/.test(t[i])) { flat.push(t[i]); where.push([node, i]); }
      }
    }
    return { text: flat.join(""), where: where };
  }

  function wrap(from, to, id, index) {
    // Split per text node: a mark never crosses a paragraph or an existing element.
    var pieces = [], i = from;
    while (i < to) {
      var node = index.where[i][0], start = index.where[i][1], end = start;
      while (i < to && index.where[i][0] === node) { end = index.where[i][1] + 1; i++; }
      pieces.push([node, start, end]);
    }
    pieces.reverse().forEach(function (p, k) {
      var node = p[0];
      var tail = node.splitText(p[1]);
      tail.splitText(p[2] - p[1]);
      var mark = document.createElement("mark");
      mark.className = "reuse";
      if (k === pieces.length - 1) mark.id = id;
      tail.parentNode.insertBefore(mark, tail);
      mark.appendChild(tail);
    });
  }

  var index = collect();
  var found = marks.map(function (m) {
    var at = m.text ? index.text.indexOf(m.text) : -1;
    return at < 0 ? null : [at, at + m.text.length, m.id];
  }).filter(Boolean);
  // Right to left, so earlier offsets stay valid while the DOM changes.
  found.sort(function (a, b) { return b[0] - a[0]; });
  found.forEach(function (f) { wrap(f[0], f[1], f[2], index); });
  // #r123 from another speech's panel: the mark holding body offset 123.
  var wanted = /^#r(\d+)$/.exec(location.hash);
  if (wanted) {
    var at = parseInt(wanted[1], 10), target = document.getElementById("r" + at);
    marks.forEach(function (m) {
      if (!target && m.start <= at && at < m.end) target = document.getElementById(m.id);
    });
    if (target) target.scrollIntoView({ block: "center" });
  }
})();

// The visual check's measurements (tests/e2e/test_visual_check.py), run in the page.
// Components that must fit the window (the text itself may run on: paragraphs of a speech,
// the cells of a comparison, a sentence); a list item or cell that holds a list is a container.
(MIN_TEXT_PX) => {
  const vw = innerWidth, vh = innerHeight;
  const visible = (el) => {
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.visibility === 'hidden' || +s.opacity === 0) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const hidden = (el) => el.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)');
  const box = (el) => { const r = el.getBoundingClientRect(); return {x: r.left, y: r.top + scrollY, w: r.width, h: r.height}; };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) problems.push(`page ${doc.scrollWidth}px wide in ${doc.clientWidth}px`);

  const TEXT = '#speech-body, #speech-body *, .compare-row .cell, .compare-row .cell *, td.sentence, td.sentence *';
  const COMPONENTS = 'svg, figure, img, table.trend-table, tr, li, p, h1, h2, h3, dt, dd, td, th, summary, label, button, input, select, a, .chip, .histogram, .reuse-source';
  for (const el of document.querySelectorAll(COMPONENTS)) {
    if (!visible(el) || hidden(el) || el.matches(TEXT)) continue;
    if (el.matches('li, td, dd') && el.querySelector('ul, ol, details, table, p')) continue;
    const r = el.getBoundingClientRect();
    if (r.height > vh) problems.push(`${name(el)} is ${Math.round(r.height)}px tall (window ${vh})`);
  }

  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg') || !visible(el) || hidden(el)) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < MIN_TEXT_PX - 0.01) problems.push(`${name(el)} text ${px}px: ${el.textContent.trim().slice(0, 30)}`);
  }

  for (const svg of document.querySelectorAll('svg')) {
    if (!visible(svg) || hidden(svg)) continue;
    const sr = svg.getBoundingClientRect();
    if (sr.right > vw + 1 || sr.left < -1) problems.push(`${name(svg)} outside the window`);
    if (sr.height > 0.9 * vh) problems.push(`${name(svg)} ${Math.round(sr.height)}px tall`);
    const vb = svg.viewBox && svg.viewBox.baseVal;
    const scale = vb && vb.width ? sr.width / vb.width : 1;
    const labels = [...svg.querySelectorAll('text')].filter(visible);
    const rects = labels.map((t) => t.getBoundingClientRect());
    labels.forEach((t, i) => {
      const r = rects[i];
      if (r.left < sr.left - 1 || r.right > sr.right + 1 || r.top < sr.top - 1 || r.bottom > sr.bottom + 1)
        problems.push(`label "${t.textContent}" outside its chart`);
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (px < MIN_TEXT_PX - 0.01) problems.push(`chart label "${t.textContent}" ${px.toFixed(1)}px`);
      for (let j = 0; j < i; j++) {
        const o = rects[j];
        const overlap = Math.min(r.right, o.right) - Math.max(r.left, o.left) > 1 &&
                        Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top) > 1;
        if (overlap) problems.push(`labels "${labels[j].textContent}" and "${t.textContent}" overlap`);
      }
    });
  }
  for (const axis of document.querySelectorAll('.histogram-axis')) {
    const spans = [...axis.children].map((s) => s.getBoundingClientRect());
    for (let i = 1; i < spans.length; i++)
      if (spans[i].left < spans[i - 1].right) problems.push('histogram year labels overlap');
    const fig = axis.closest('.histogram').getBoundingClientRect();
    if (fig.height > 200) problems.push(`histogram ${Math.round(fig.height)}px tall`);
  }
  return problems;
}

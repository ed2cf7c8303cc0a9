// Enhancements for the speech page: the page reads fine without them.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Current section follows scrolling.
  var anchors = Array.prototype.slice.call(document.querySelectorAll(".speech-body .anchor"));
  var items = {};
  document.querySelectorAll(".outline-node").forEach(function (li) { items[li.dataset.anchor] = li; });
  var current = null;
  function setCurrent(id) {
    if (current === id) return;
    if (current && items[current]) items[current].classList.remove("current");
    current = id;
    var li = items[id];
    if (!li) return;
    li.classList.add("current");
    var box = document.getElementById("outline");
    if (box && box.scrollHeight > box.clientHeight) {
      var r = li.getBoundingClientRect(), b = box.getBoundingClientRect();
      if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - b.height / 3;
    }
  }
  function onScroll() {
    var id = null;
    for (var i = 0; i < anchors.length; i++) {
      if (anchors[i].getBoundingClientRect().top <= 80) id = anchors[i].id; else break;
    }
    // Above the first heading (the preamble) no section is current.
    setCurrent(id);
  }
  if (anchors.length) {
    window.addEventListener("scroll", onScroll, { passive: true });
    onScroll();
  }

  // Next / previous hit, buttons and keys n / p.
  var hits = Array.prototype.slice.call(document.querySelectorAll("mark.hit"));

  // A long speech comes in pages: the next one loads when its link comes into view (the
  // link itself works without the script).
  var more = document.querySelector(".speech-next");
  var bodyBox = document.getElementById("speech-body");
  function loadMore() {
    if (!more || !bodyBox || more.dataset.loading) return;
    more.dataset.loading = "1";
    fetch(more.href + "&fragment=1", { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      var next = r.headers.get("X-Next-Page");
      return r.text().then(function (html) {
        bodyBox.insertAdjacentHTML("beforeend", html);  // escaped by the server, as the page
        hits = Array.prototype.slice.call(document.querySelectorAll("mark.hit"));
        if (next) { more.href = next; delete more.dataset.loading; }
        else { more.parentNode.removeChild(more); more = null; }
      });
    }).catch(function () { if (more) delete more.dataset.loading; });
  }
  if (more && "IntersectionObserver" in window) {
    new IntersectionObserver(function (entries) {
      if (entries[0].isIntersecting) loadMore();
    }, { rootMargin: "600px" }).observe(more);
  }
  var pos = -1;
  var label = document.querySelector(".hit-position");
  function go(delta) {
    if (!hits.length) return;
    if (pos >= 0) hits[pos].classList.remove("current");
    pos = (pos + delta + hits.length) % hits.length;
    var el = hits[pos];
    el.classList.add("current");
    el.scrollIntoView({ block: "center" });
    if (label) label.textContent = (pos + 1) + " / " + hits.length;
    if (history.replaceState) history.replaceState(null, "", "#hit-" + pos);
  }
  document.querySelectorAll(".next-hit").forEach(function (a) {
    a.addEventListener("click", function (e) { e.preventDefault(); go(1); });
  });
  document.querySelectorAll(".prev-hit").forEach(function (a) {
    a.addEventListener("click", function (e) { e.preventDefault(); go(-1); });
  });
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    if (e.key === "n") { go(1); e.preventDefault(); }
    else if (e.key === "p") { go(-1); e.preventDefault(); }
  });

  // Copy the citation.
  document.querySelectorAll(".copy-citation").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var box = document.getElementById(btn.dataset.target);
      if (!box) return;
      var text = box.textContent.trim();
      var done = function () { btn.textContent = btn.dataset.done || "✓"; };
      // Without the clipboard API: select the whole line, so Ctrl+C copies it all.
      var select = function () {
        var range = document.createRange();
        range.selectNodeContents(box);
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
      };
      if (navigator.clipboard) navigator.clipboard.writeText(text).then(done, select);
      else { select(); document.execCommand("copy"); done(); }
    });
  });

  document.querySelectorAll(".print-page").forEach(function (btn) {
    btn.addEventListener("click", function () { window.print(); });
  });

  // Phone: start with the outline menu closed.
  var menu = document.querySelector(".outline-menu");
  if (menu && window.matchMedia("(max-width: 800px)").matches) menu.open = false;
})();

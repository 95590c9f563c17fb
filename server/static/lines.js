// Highlight the line range named in the URL fragment (#L120-L124) and bring it into view.
(function () {
  function highlight() {
    document.querySelectorAll('.ln.hl').forEach(function (el) { el.classList.remove('hl'); });
    var m = /^#L(\d+)(?:-L?(\d+))?$/.exec(window.location.hash);
    if (!m) return;
    var start = parseInt(m[1], 10), end = m[2] ? parseInt(m[2], 10) : start;
    if (end < start) { var t = start; start = end; end = t; }
    var first = null;
    for (var n = start; n <= end && n - start < 2000; n++) {
      var el = document.getElementById('L' + n);
      if (!el) continue;
      el.classList.add('hl');
      if (!first) first = el;
    }
    if (first) first.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', highlight);
  highlight();
})();

// Suggestions for the trace and network inputs, from /api/search.
(function () {
  document.querySelectorAll('input[list]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || q.indexOf('://') >= 0) return;
      timer = setTimeout(function () {
        fetch('/api/search?limit=8&q=' + encodeURIComponent(q)).then(function (r) { return r.json(); }).then(function (hits) {
          list.textContent = '';
          hits.forEach(function (h) {
            var opt = document.createElement('option');
            opt.value = h.iri;
            opt.label = h.label + ' (' + h.kindName + ')';
            opt.textContent = h.label + ' (' + h.kindName + ')';
            list.appendChild(opt);
          });
        });
      }, 150);
    });
  });
})();

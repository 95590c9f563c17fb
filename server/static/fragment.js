// Ontology documentation: resolve #Term fragments whatever the case of the generated anchor ids.
(function () {
  function go() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id || document.getElementById(id)) return;
    var want = id.toLowerCase();
    var all = document.querySelectorAll('[id]');
    for (var i = 0; i < all.length; i++) {
      if (all[i].id.toLowerCase() === want) { all[i].scrollIntoView(); return; }
    }
  }
  window.addEventListener('hashchange', go);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go); else go();
})();

// Interactive neighbourhood view (cytoscape.js); labels are set as data, never as HTML.
(function () {
  var box = document.getElementById('network');
  if (!box || typeof cytoscape === 'undefined') return;
  var colours = { provider: '#c2410c', organisation: '#ea580c', person: '#1d4ed8', meeting: '#047857', item: '#10b981',
    decision: '#7c3aed', contract: '#b91c1c', report: '#0e7490', committee: '#4d7c0f', council: '#374151',
    post: '#6d28d9', declaration: '#be185d', document: '#6b7280', party: '#92400e' };
  var url = '/api/neighbourhood?depth=' + encodeURIComponent(box.dataset.depth) + '&iri=' + encodeURIComponent(box.dataset.iri);
  fetch(url).then(function (r) { return r.json(); }).then(function (data) {
    var cy = cytoscape({
      container: box,
      elements: data.elements,
      maxZoom: 1.6, minZoom: 0.2,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 120,
          'background-color': function (n) { return colours[n.data('kind')] || '#94a3b8'; }, 'width': 14, 'height': 14 } },
        { selector: 'node[depth = 0]', style: { 'width': 26, 'height': 26, 'font-weight': 'bold', 'font-size': 11 } },
        { selector: 'edge', style: { 'width': 1, 'line-color': '#cbd5e1', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'target-arrow-color': '#cbd5e1', 'arrow-scale': 0.6, 'label': 'data(label)', 'font-size': 7, 'color': '#64748b', 'text-rotation': 'autorotate' } }
      ],
      layout: { name: 'cose', animate: false, nodeRepulsion: 8000, idealEdgeLength: 80, padding: 40 }
    });
    cy.on('tap', 'node', function (evt) { window.location.href = evt.target.data('url'); });
    // a legend of the kinds shown (text only)
    var legend = document.getElementById('network-legend');
    if (legend) {
      var seen = {};
      data.elements.nodes.forEach(function (n) { seen[n.data.kind] = n.data.kindName || n.data.kind; });
      Object.keys(seen).sort().forEach(function (k) {
        var item = document.createElement('li');
        var dot = document.createElement('span');
        dot.className = 'dot';
        dot.style.backgroundColor = colours[k] || '#94a3b8';
        item.appendChild(dot);
        item.appendChild(document.createTextNode(seen[k]));
        legend.appendChild(item);
      });
    }
    box.dataset.ready = String(cy.nodes().length);
  });
})();

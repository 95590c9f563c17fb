// Query editor: CodeMirror with SPARQL highlighting and completion of the project's prefixes.
(function () {
  var area = document.getElementById('query');
  if (!area || typeof CodeMirror === 'undefined') return;
  var prefixes = JSON.parse(area.dataset.prefixes || '{}');
  var names = Object.keys(prefixes);
  // completing "cg:" in the query body also declares the prefix when the query lacks it
  function usePrefix(p) {
    return function (cm, data, completion) {
      cm.replaceRange(completion.text, data.from, data.to);
      var declared = new RegExp('^\\s*PREFIX\\s+' + p + ':', 'im');
      if (!declared.test(cm.getValue())) {
        cm.replaceRange('PREFIX ' + p + ': <' + prefixes[p] + '>\n', CodeMirror.Pos(0, 0));
      }
    };
  }
  function hint(cm) {
    var cur = cm.getCursor(), line = cm.getLine(cur.line);
    var start = cur.ch;
    while (start > 0 && /[\w:-]/.test(line.charAt(start - 1))) start--;
    var word = line.slice(start, cur.ch);
    var list = [];
    var declaring = /^\s*PREFIX\s+[\w-]*$/i.test(line.slice(0, cur.ch));
    names.forEach(function (p) {
      if ((p + ':').indexOf(word) === 0 || word === '') {
        list.push(declaring ? { text: p + ': <' + prefixes[p] + '>', displayText: p + ': <' + prefixes[p] + '>' }
                            : { text: p + ':', displayText: p + ':  ' + prefixes[p], hint: usePrefix(p) });
      }
    });
    return { list: list, from: CodeMirror.Pos(cur.line, start), to: CodeMirror.Pos(cur.line, cur.ch) };
  }
  var cm = CodeMirror.fromTextArea(area, {
    mode: 'application/sparql-query', lineNumbers: true, matchBrackets: true, indentUnit: 2,
    extraKeys: { 'Ctrl-Space': function (c) { c.showHint({ hint: hint, completeSingle: false }); },
                 'Ctrl-Enter': function () { document.getElementById('query-form').requestSubmit(); } }
  });
  cm.on('inputRead', function (c, change) {
    if (/^[a-z]$/i.test(change.text[0])) {
      var cur = c.getCursor(), before = c.getLine(cur.line).slice(0, cur.ch);
      if (/(^|[\s({.;,])[a-z]{1,5}$/i.test(before) && !/\?\w*$/.test(before)) c.showHint({ hint: hint, completeSingle: false });
    }
  });
  window.councilgraphEditor = cm;
})();

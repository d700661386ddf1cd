/// The pages' only JavaScript: buttons that fold and unfold every `<details>` (which fold by
/// themselves without it), opening all of them before printing, and on the site the search over
/// the index embedded in the page. Nothing is loaded from elsewhere; the pages work without it.
package enum ReportScript {
    /// Shows the fold buttons (hidden for a reader without JavaScript, where they could do nothing)
    /// and opens every fold before printing, so paper shows the whole explanation.
    package static let folding = """
    (function () {
      var all = function (open) { document.querySelectorAll('details').forEach(function (d) { d.open = open; }); };
      document.querySelectorAll('.knapper').forEach(function (bar) { bar.hidden = false; });
      document.querySelectorAll('[data-fold]').forEach(function (button) {
        button.addEventListener('click', function () { all(button.getAttribute('data-fold') === 'open'); });
      });
      window.addEventListener('beforeprint', function () { all(true); });
    })();
    """

    /// Shows the search form and lists the entries of the embedded index (`#sokeindeks`) whose
    /// title or description holds every word typed. Results are built with `textContent`, never
    /// as markup.
    package static let search = """
    (function () {
      var form = document.getElementById('sok');
      var data = document.getElementById('sokeindeks');
      if (!form || !data) { return; }
      var entries = JSON.parse(data.textContent);
      var input = document.getElementById('sokefelt');
      var list = document.getElementById('soketreff');
      var status = document.getElementById('sokestatus');
      form.hidden = false;
      form.addEventListener('submit', function (event) { event.preventDefault(); });
      input.addEventListener('input', function () {
        var words = input.value.toLowerCase().split(/\\s+/).filter(function (w) { return w.length > 0; });
        list.textContent = '';
        if (words.length === 0) { status.textContent = ''; return; }
        var hits = entries.filter(function (e) {
          var text = (e.tittel + ' ' + e.type + ' ' + e.tekst).toLowerCase();
          return words.every(function (w) { return text.indexOf(w) >= 0; });
        }).slice(0, 50);
        hits.forEach(function (e) {
          var item = document.createElement('li');
          var link = document.createElement('a');
          link.href = e.adresse;
          link.textContent = e.tittel;
          item.appendChild(link);
          var kind = document.createElement('span');
          kind.className = 'dempet';
          kind.textContent = ' (' + e.type + ') ' + e.tekst;
          item.appendChild(kind);
          list.appendChild(item);
        });
        status.textContent = status.getAttribute('data-' + (hits.length === 0 ? 'ingen' : 'treff')).replace('N', String(hits.length));
      });
    })();
    """
}

/* Small behaviours of every page, kept out of the HTML so that the Content Security Policy can
   refuse inline code: a [data-print] button prints the page. */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-print]") : null;
    if (!button) return;
    event.preventDefault();
    window.print();
  });
})();

/* The reader's "Show vowels" toggle: each word that has its vowels in data-vowels (from the
   analysis) shows them, or its text as printed again. The choice is remembered in this browser. */
(function () {
  "use strict";
  var button = document.getElementById("vowels-toggle");
  var article = document.querySelector("article.reading");
  if (!button || !article) return;
  var KEY = "reader-vowels";
  var words = article.querySelectorAll(".w[data-vowels]");

  function show(on) {
    Array.prototype.forEach.call(words, function (word) {
      if (word.dataset.plain === undefined) word.dataset.plain = word.textContent;
      word.textContent = on ? word.dataset.vowels : word.dataset.plain;
    });
    article.classList.toggle("vowels-on", on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
    try { window.localStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* private mode */ }
  }

  button.hidden = false;
  button.addEventListener("click", function () {
    show(button.getAttribute("aria-pressed") !== "true");
  });
  var stored = null;
  try { stored = window.localStorage.getItem(KEY); } catch (e) { /* private mode */ }
  if (stored === "1") show(true);
})();

/* The reading page: tap or press Enter on a word to look it up; mark its status.
   Words are one tab stop (a roving tabindex): the arrow keys move from word to word (right to
   left: the left arrow goes to the next word), Enter or Space looks up, N / L / K / I (or 1–4)
   mark the word new, learning, known or ignored, Escape closes the panel. */
(function () {
  "use strict";
  var reader = document.querySelector(".reader[data-article]");
  if (!reader || !window.htmx) return;
  var base = document.body.dataset.reader.replace(/0\/$/, reader.dataset.article + "/");
  var panel = document.getElementById("word-panel");
  var bar = document.getElementById("reader-bar");
  var article = reader.querySelector("article");
  var words = Array.prototype.slice.call(reader.querySelectorAll(".w"));
  var headers = JSON.parse(document.body.getAttribute("hx-headers") || "{}");
  var STATUS_KEYS = {
    KeyN: "new", KeyL: "learning", KeyK: "known", KeyI: "ignored",
    Digit1: "new", Digit2: "learning", Digit3: "known", Digit4: "ignored"
  };
  var STATUSES = ["new", "learning", "known", "ignored"];
  var current = null;
  var refocusStatus = null;

  words.forEach(function (word, index) { word.tabIndex = index === 0 ? 0 : -1; });
  if (article) article.setAttribute("aria-describedby", "reader-help");

  function applyStatus(lemma, status) {
    words.forEach(function (word) {
      if (word.dataset.lemma !== lemma) return;
      STATUSES.forEach(function (s) { word.classList.remove("s-" + s); });
      word.classList.add("s-" + status);
    });
  }

  function moveTo(word) {
    if (!word) return;
    words.forEach(function (w) { w.tabIndex = -1; });
    word.tabIndex = 0;
    word.focus();
  }

  function lookUp(word) {
    words.forEach(function (w) { w.classList.remove("selected"); });
    word.classList.add("selected");
    current = word;
    moveTo(word);
    panel.hidden = false;
    return htmx.ajax("GET", base + "words/" + word.dataset.token + "/", { target: panel, swap: "innerHTML" });
  }

  function setStatus(word, status) {
    if (!word.dataset.lemma) return;
    lookUp(word).then(function () {
      return htmx.ajax("POST", base + "words/" + word.dataset.token + "/status/", {
        target: panel, swap: "innerHTML", values: { status: status }, headers: headers
      });
    });
  }

  function closePanel() {
    panel.hidden = true;
    if (current) { current.classList.remove("selected"); current.focus(); }
  }

  reader.addEventListener("click", function (event) {
    var word = event.target.closest(".w");
    if (word) { lookUp(word); return; }
    if (event.target.closest("[data-close-panel]")) closePanel();
    var button = event.target.closest(".status-button");
    if (button) refocusStatus = button.value;
  });

  reader.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) { event.preventDefault(); closePanel(); return; }
    var word = event.target.closest(".w");
    if (!word || event.altKey || event.ctrlKey || event.metaKey) return;
    var index = words.indexOf(word);
    if (event.key === "ArrowLeft") { event.preventDefault(); moveTo(words[index + 1]); }
    else if (event.key === "ArrowRight") { event.preventDefault(); moveTo(words[index - 1]); }
    else if (event.key === "Home") { event.preventDefault(); moveTo(words[0]); }
    else if (event.key === "End") { event.preventDefault(); moveTo(words[words.length - 1]); }
    else if (event.key === "Enter" || event.key === " ") { event.preventDefault(); lookUp(word); }
    else if (STATUS_KEYS[event.code]) { event.preventDefault(); setStatus(word, STATUS_KEYS[event.code]); }
  });

  document.body.addEventListener("wordStatus", function (event) {
    applyStatus(event.detail.lemma, event.detail.status);
  });

  panel.addEventListener("htmx:afterSwap", function () {
    if (refocusStatus) {
      var again = panel.querySelector('.status-button[value="' + refocusStatus + '"]');
      if (again) again.focus();
      refocusStatus = null;
    }
  });

  htmx.ajax("GET", base, { target: bar, swap: "innerHTML" }).then(function () {
    var data = document.getElementById("word-statuses");
    if (!data) return;
    var statuses = JSON.parse(data.textContent);
    Object.keys(statuses).forEach(function (lemma) { applyStatus(lemma, statuses[lemma]); });
    if (bar.querySelector('[data-signed-in="true"]')) reader.classList.add("reader-on");
  });
})();

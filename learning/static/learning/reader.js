/* The reading page: tap or press Enter on a word to look it up; mark its status.
   Words are one tab stop (a roving tabindex): the arrow keys move from word to word (right to
   left: the left arrow goes to the next word), Enter or Space looks up, N / L / K / I (or 1–4)
   mark the word new, learning, known or ignored, Escape closes the panel.
   Several words as one term: shift+click a word, or "Add the next word" in the panel, selects
   the run from the word looked up; the panel then keeps it as a term with a status.
   The panel's listen buttons play the server's audio in its <audio>; a notice when it fails. */
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
  var TERM_CLASSES = ["term", "term-start", "term-end"].concat(STATUSES.map(function (s) { return "t-" + s; }));

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

  function select(first, last) {
    words.forEach(function (w, i) { w.classList.toggle("selected", i >= first && i <= last); });
  }

  function lookUp(word) {
    select(words.indexOf(word), words.indexOf(word));
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
    document.body.classList.remove("panel-open");
    select(-1, -1);
    if (current) current.focus();
  }

  // The panel stays at the foot of the screen: when it would cover the word looked up, the
  // page scrolls the word above it (the open panel leaves room below the text to scroll).
  function keepInSight(word) {
    if (!word || panel.hidden) return;
    document.body.classList.add("panel-open");
    var w = word.getBoundingClientRect(), p = panel.getBoundingClientRect(), gap = 12;
    if (w.bottom + gap > p.top && w.top < p.bottom) window.scrollBy(0, w.bottom + gap - p.top);
    else if (w.top < 0) window.scrollBy(0, w.top - gap);
  }

  function byToken(token) {
    return words.filter(function (w) { return w.dataset.token === String(token); })[0];
  }

  // The panel for the words from `first` to `last` (elements of the page, in reading order).
  function lookUpRun(first, last) {
    var a = words.indexOf(first), b = words.indexOf(last);
    if (a < 0 || b < 0) return;
    if (a > b) { var t = a; a = b; b = t; }
    if (a === b) { lookUp(words[a]); return; }
    select(a, b);
    current = words[a];
    panel.hidden = false;
    var query = "?first=" + words[a].dataset.token + "&last=" + words[b].dataset.token;
    htmx.ajax("GET", base + "terms/" + query, { target: panel, swap: "innerHTML" });
  }

  function extend() {
    var card = panel.querySelector(".word-card");
    if (!card) return;
    var first = byToken(card.dataset.first || card.dataset.token);
    var last = byToken(card.dataset.last || card.dataset.token);
    var next = words[words.indexOf(last) + 1];
    if (first && next) { refocusStatus = "extend"; lookUpRun(first, next); }
  }

  function applyTerms(terms) {
    words.forEach(function (w) { TERM_CLASSES.forEach(function (c) { w.classList.remove(c); }); });
    terms.forEach(function (term) {
      words.forEach(function (w) {
        var token = Number(w.dataset.token);
        if (token < term[0] || token > term[1]) return;
        w.classList.add("term", "t-" + term[2]);
        if (token === term[0]) w.classList.add("term-start");
        if (token === term[1]) w.classList.add("term-end");
      });
    });
  }

  function play(button) {
    var card = button.closest(".word-audio");
    var player = card.querySelector("[data-audio-player]");
    var notice = card.querySelector("[data-audio-notice]");
    function failed() { if (notice) notice.hidden = false; }
    notice.hidden = true;
    player.onerror = failed;
    player.src = button.dataset.audioSrc;
    var playing = player.play();
    if (playing && playing.catch) playing.catch(function (error) {
      if (error && error.name !== "AbortError") failed();
    });
  }

  function loadBar() {
    return htmx.ajax("GET", base, { target: bar, swap: "innerHTML" }).then(function () {
      var data = document.getElementById("word-statuses");
      if (!data) return;
      var statuses = JSON.parse(data.textContent);
      words.forEach(function (w) { STATUSES.forEach(function (s) { w.classList.remove("s-" + s); }); });
      Object.keys(statuses).forEach(function (lemma) { applyStatus(lemma, statuses[lemma]); });
      var terms = document.getElementById("learner-terms");
      if (terms) applyTerms(JSON.parse(terms.textContent));
      if (bar.querySelector('[data-signed-in="true"]')) reader.classList.add("reader-on");
    });
  }

  reader.addEventListener("click", function (event) {
    var word = event.target.closest(".w");
    if (word && event.shiftKey && current && !panel.hidden) { lookUpRun(current, word); return; }
    if (word) { lookUp(word); return; }
    if (event.target.closest("[data-close-panel]")) closePanel();
    var audio = event.target.closest("[data-audio-src]");
    if (audio) { play(audio); return; }
    if (event.target.closest("[data-extend]")) { extend(); return; }
    var open = event.target.closest("[data-term-first]");
    if (open) { lookUpRun(byToken(open.dataset.termFirst), byToken(open.dataset.termLast)); return; }
    if (event.target.closest("[data-cancel-rest]")) {
      document.getElementById("rest-known-step").innerHTML = "";
      var start = reader.querySelector("#rest-known a");
      if (start) start.focus();
      return;
    }
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

  document.body.addEventListener("learnerTerms", function (event) { applyTerms(event.detail.terms); });
  document.body.addEventListener("statusesChanged", loadBar);

  panel.addEventListener("htmx:afterSwap", function () {
    keepInSight(current);
    if (refocusStatus) {
      var again = refocusStatus === "extend" ? panel.querySelector("[data-extend]")
        : panel.querySelector('.status-button[value="' + refocusStatus + '"]');
      if (again) again.focus();
      refocusStatus = null;
    }
  });

  var confirmStep = document.getElementById("rest-known-step");
  if (confirmStep) confirmStep.addEventListener("htmx:afterSwap", function () {
    var first = confirmStep.querySelector("button");
    if (first) first.focus();
  });

  loadBar();
})();

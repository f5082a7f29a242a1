/* Quiz and review pages: time taken, the on-screen Arabic keyboard, keyboard shortcuts, and a
   clear message when an answer could not be sent. */
(function () {
  "use strict";
  var shownAt = performance.now();

  function typing(target) {
    return target && (target.tagName === "INPUT" && target.type === "text" || target.tagName === "TEXTAREA");
  }

  // Time taken: from the moment the item was shown to the moment it was sent.
  document.addEventListener("submit", function (event) {
    var field = event.target.querySelector('input[name="elapsed_ms"]');
    if (field) field.value = Math.round(performance.now() - shownAt);
  }, true);
  document.body.addEventListener("htmx:configRequest", function (event) {
    var form = event.detail.elt.closest ? event.detail.elt.closest("form") : null;
    if (form && form.querySelector('input[name="elapsed_ms"]')) {
      event.detail.parameters.elapsed_ms = String(Math.round(performance.now() - shownAt));
    }
  });
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var focus = event.detail.target.querySelector("[autofocus]") ||
      event.detail.target.querySelector("[data-focus-first]");
    if (focus) focus.focus();
    shownAt = performance.now();
  });

  // Lost connection or server error: keep the form and say so; the answer was not stored.
  function failed(event) {
    var box = document.getElementById("send-error");
    if (box) box.hidden = false;
  }
  document.body.addEventListener("htmx:sendError", failed);
  document.body.addEventListener("htmx:responseError", failed);
  document.body.addEventListener("htmx:beforeRequest", function () {
    var box = document.getElementById("send-error");
    if (box) box.hidden = true;
  });

  // The on-screen Arabic keyboard writes where the caret was in its text field.
  var caret = {};
  document.addEventListener("selectionchange", function () {
    var active = document.activeElement;
    if (active && active.dataset && active.dataset.keyboardTarget !== undefined) {
      caret[active.id] = [active.selectionStart, active.selectionEnd];
    }
  });
  document.addEventListener("click", function (event) {
    var key = event.target.closest("[data-insert], [data-backspace]");
    if (!key) return;
    var input = document.getElementById(key.closest("[data-for]").dataset.for);
    if (!input) return;
    var range = caret[input.id] || [input.value.length, input.value.length];
    var start = range[0], end = range[1];
    if (key.dataset.backspace !== undefined) {
      if (start === end && start > 0) start -= 1;
      input.value = input.value.slice(0, start) + input.value.slice(end);
    } else {
      input.value = input.value.slice(0, start) + key.dataset.insert + input.value.slice(end);
      start += key.dataset.insert.length;
    }
    caret[input.id] = [start, start];
    if (event.detail > 0) { // a tap or click: give the field its caret back
      input.focus();
      input.setSelectionRange(start, start);
    }
  });

  // A question opened by a page load starts with its first field focused, as after an in-place
  // swap: otherwise a keyboard user tabs through the header to reach a drop-down.
  var firstField = document.querySelector("form[data-quiz] [data-focus-first]");
  if (firstField && (!document.activeElement || document.activeElement === document.body)) {
    firstField.focus();
  }

  // Shortcuts: digits choose the n-th option, keys marked data-key press their button.
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    var digit = /^Digit([1-9])$/.exec(event.code);
    var form = document.querySelector("form[data-quiz]");
    if (digit && form) {
      var choices = form.querySelectorAll('input[type="radio"]');
      var choice = choices[Number(digit[1]) - 1];
      if (choice) { event.preventDefault(); choice.checked = true; choice.focus(); return; }
    }
    if (event.key === "Enter" && form && event.target.type === "radio") {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    var keyName = digit ? digit[1] : (event.key === " " ? "Space" : event.key);
    var button = document.querySelector('[data-key="' + keyName + '"]:not([hidden])');
    var native = (keyName === "Space" || keyName === "Enter") && event.target.closest("button, a, summary");
    if (button && button.offsetParent !== null && !native) {
      event.preventDefault();
      button.click();
    }
  });

  // Review: reveal the answer.
  document.addEventListener("click", function (event) {
    var reveal = event.target.closest("[data-reveal]");
    if (!reveal) return;
    var hidden = document.getElementById(reveal.dataset.reveal);
    if (hidden) {
      hidden.hidden = false;
      reveal.hidden = true;
      var first = hidden.querySelector("[data-default]") || hidden.querySelector("button");
      if (first) first.focus();
    }
  });
})();

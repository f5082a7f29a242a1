/* Matching as tap-to-pair tiles, ordering by tap-in-order, drag or arrows. Both enhance the
   select-based form, which stays in the page (hidden) and is what gets sent: without this script
   the selects work as they are. Every tile is a button (Tab, Enter, Space); changes are said in a
   live region in the interface's language. */
(function () {
  "use strict";

  function fmt(template, values) {
    return (template || "").replace(/\{(\w+)\}/g, function (whole, key) {
      return values[key] !== undefined ? values[key] : whole;
    });
  }

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function arabic(text) {
    var span = make("span", "tile-text", text);
    span.lang = "ar";
    span.dir = "rtl";
    return span;
  }

  var COMMA = document.documentElement.lang === "ar" ? "، " : ", ";

  function liveRegion() {
    var live = make("p", "visually-hidden tiles-live");
    live.setAttribute("aria-live", "polite");
    return live;
  }

  function say(live, text) {
    live.textContent = "";
    // A fresh text node after a tick, so that the same sentence twice is said twice.
    window.setTimeout(function () { live.textContent = text; }, 30);
  }

  // Once the answer is whole, a message that it was not goes.
  function clearError(box, complete) {
    var error = box.closest("form").querySelector(".tiles-error");
    if (error && complete()) error.remove();
  }

  function showHelp(box) {
    var form = box.closest("form");
    form.querySelectorAll("[data-tiles-help]").forEach(function (help) { help.hidden = false; });
    form.querySelectorAll("[data-order-plain]").forEach(function (plain) { plain.hidden = true; });
  }

  function takeOver(box) {
    box.dataset.enhanced = "1";
    box.hidden = true;
    box.querySelectorAll("select").forEach(function (select) {
      select.required = false; // a hidden required field would block the form without a word
      select.removeAttribute("data-focus-first");
    });
    showHelp(box);
  }

  // Matching ------------------------------------------------------------------------------

  function enhanceMatching(box) {
    var data = box.dataset;
    var rows = Array.prototype.slice.call(box.querySelectorAll(".match-row"));
    var selects = rows.map(function (row) { return row.querySelector("select"); });
    if (!selects.length) return null;
    var rights = Array.prototype.slice.call(selects[0].options)
      .filter(function (option) { return option.value; })
      .map(function (option) { return option.value; });
    var lefts = rows.map(function (row) { return row.querySelector("label").textContent.trim(); });
    var picked = null; // {side: "left"|"right", index}
    var live = liveRegion();
    var wrap = make("div", "match-tiles");
    var leftTiles = [], rightTiles = [];

    function column(label, texts, side, into) {
      var col = make("div", "tile-col");
      col.setAttribute("role", "group");
      col.setAttribute("aria-label", label);
      texts.forEach(function (text, index) {
        var tile = make("button", "tile");
        tile.type = "button";
        tile.dataset.side = side;
        tile.dataset.index = String(index);
        var badge = make("span", "tile-badge");
        badge.setAttribute("aria-hidden", "true");
        tile.appendChild(badge);
        tile.appendChild(arabic(text));
        tile.appendChild(make("span", "visually-hidden tile-state"));
        tile.addEventListener("click", function () { tapped(side, index); });
        col.appendChild(tile);
        into.push(tile);
      });
      wrap.appendChild(col);
    }

    function leftOf(right) {
      for (var i = 0; i < selects.length; i++) if (selects[i].value === right) return i;
      return -1;
    }

    function setPair(left, right) {
      var other = leftOf(right);
      if (other >= 0) selects[other].value = "";
      selects[left].value = right;
      selects[left].dispatchEvent(new Event("change", {bubbles: true}));
      picked = null;
      say(live, fmt(data.msgPaired, {n: rows[left].dataset.number, left: lefts[left], right: right}));
    }

    function takeApart(left) {
      var right = selects[left].value;
      selects[left].value = "";
      selects[left].dispatchEvent(new Event("change", {bubbles: true}));
      picked = null;
      say(live, fmt(data.msgApart, {left: lefts[left], right: right}));
    }

    function pick(side, index, text) {
      var same = picked && picked.side === side && picked.index === index;
      picked = same ? null : {side: side, index: index};
      if (!same) say(live, fmt(data.msgChosen, {word: text}));
    }

    function tapped(side, index) {
      if (side === "left") {
        if (selects[index].value) takeApart(index);
        else if (picked && picked.side === "right") setPair(index, rights[picked.index]);
        else pick("left", index, lefts[index]);
      } else {
        var left = leftOf(rights[index]);
        if (left >= 0) takeApart(left);
        else if (picked && picked.side === "left") setPair(picked.index, rights[index]);
        else pick("right", index, rights[index]);
      }
      draw();
    }

    function paint(tile, number, colour, chosen) {
      tile.className = "tile" + (number ? " paired pair-" + colour : "") + (chosen ? " chosen" : "");
      tile.setAttribute("aria-pressed", chosen ? "true" : "false");
      tile.querySelector(".tile-badge").textContent = number || "";
      tile.querySelector(".tile-state").textContent =
        COMMA + (number ? fmt(data.msgStatePair, {n: number}) : data.msgStateFree);
    }

    function draw() {
      leftTiles.forEach(function (tile, i) {
        var chosen = !!picked && picked.side === "left" && picked.index === i;
        paint(tile, selects[i].value ? rows[i].dataset.number : "", i % 6, chosen);
      });
      rightTiles.forEach(function (tile, j) {
        var left = leftOf(rights[j]);
        var chosen = !!picked && picked.side === "right" && picked.index === j;
        paint(tile, left >= 0 ? rows[left].dataset.number : "", left % 6, chosen);
      });
      clearError(box, complete);
    }

    function complete() { return selects.every(function (s) { return s.value; }); }

    column(data.labelLefts, lefts, "left", leftTiles);
    column(data.labelRights, rights, "right", rightTiles);
    takeOver(box);
    box.parentNode.insertBefore(wrap, box.nextSibling);
    wrap.parentNode.insertBefore(live, wrap.nextSibling);
    draw();
    return {
      first: leftTiles[0],
      complete: complete,
      message: data.msgIncomplete,
      live: live,
    };
  }

  // Ordering ------------------------------------------------------------------------------

  function enhanceOrdering(box) {
    var data = box.dataset;
    var rows = Array.prototype.slice.call(box.querySelectorAll(".order-row"));
    var selects = rows.map(function (row) { return row.querySelector("select"); });
    if (!selects.length) return null;
    var texts = rows.map(function (row) { return row.querySelector("label").textContent.trim(); });
    var live = liveRegion();
    var list = make("ul", "order-tiles");
    var items = [];

    function rank(i) { return Number(selects[i].value) || 0; }
    function setRank(i, value) {
      selects[i].value = value ? String(value) : "";
      selects[i].dispatchEvent(new Event("change", {bubbles: true}));
    }
    function shown(value) { return value ? selects[0].options[value].textContent.trim() : ""; }

    texts.forEach(function (text, i) {
      var item = make("li", "order-tile");
      item.dataset.index = String(i);
      var handle = make("span", "drag-handle", "⠿");
      handle.setAttribute("aria-hidden", "true");
      var choose = make("button", "tile order-pick");
      choose.type = "button";
      var badge = make("span", "tile-badge");
      badge.setAttribute("aria-hidden", "true");
      choose.appendChild(badge);
      choose.appendChild(arabic(text));
      choose.appendChild(make("span", "visually-hidden tile-state"));
      choose.addEventListener("click", function () { tapped(i); });
      var up = make("button", "order-move", "▲");
      up.type = "button";
      up.dataset.move = "up";
      up.setAttribute("aria-label", fmt(data.labelUp, {text: text}));
      up.addEventListener("click", function () { move(i, -1, up); });
      var down = make("button", "order-move", "▼");
      down.type = "button";
      down.dataset.move = "down";
      down.setAttribute("aria-label", fmt(data.labelDown, {text: text}));
      down.addEventListener("click", function () { move(i, 1, down); });
      handle.addEventListener("pointerdown", function (event) { dragStart(event, item); });
      [handle, choose, up, down].forEach(function (part) { item.appendChild(part); });
      items.push(item);
    });

    function tapped(i) {
      var had = rank(i);
      if (had) {
        setRank(i, 0);
        selects.forEach(function (s, k) { if (rank(k) > had) setRank(k, rank(k) - 1); });
        say(live, fmt(data.msgUnplaced, {text: texts[i]}));
      } else {
        var next = Math.max.apply(null, selects.map(function (s, k) { return rank(k); })) + 1;
        setRank(i, next);
        say(live, fmt(data.msgPlaced, {text: texts[i], n: shown(next)}));
      }
      draw();
    }

    // Moving a part puts the parts in the order the places say (unplaced ones after), moves it,
    // and gives every part the place it now stands in.
    function sortByPlace() {
      var current = Array.prototype.slice.call(list.children);
      current.sort(function (a, b) {
        // Array sort is stable: unplaced parts keep the order they stand in.
        return (rank(Number(a.dataset.index)) || 1e6) - (rank(Number(b.dataset.index)) || 1e6);
      });
      current.forEach(function (item) { list.appendChild(item); });
    }

    function placeByPosition() {
      Array.prototype.slice.call(list.children).forEach(function (item, position) {
        setRank(Number(item.dataset.index), position + 1);
      });
    }

    function move(i, step, button) {
      sortByPlace();
      var item = items[i];
      var sibling = step < 0 ? item.previousElementSibling : item.nextElementSibling;
      if (sibling) list.insertBefore(item, step < 0 ? sibling : sibling.nextSibling);
      placeByPosition();
      draw();
      say(live, fmt(data.msgPlaced, {text: texts[i], n: shown(rank(i))}));
      button.focus();
    }

    var dragging = null;
    function dragStart(event, item) {
      if (event.button !== undefined && event.button > 0) return;
      event.preventDefault();
      sortByPlace();
      dragging = item;
      item.classList.add("dragging");
      // Listened for on the document: moving the part in the list releases any pointer capture.
      document.addEventListener("pointermove", dragMove);
      document.addEventListener("pointerup", dragEnd);
      document.addEventListener("pointercancel", dragEnd);
    }
    function dragMove(event) {
      if (!dragging) return;
      var others = Array.prototype.slice.call(list.children).filter(function (n) { return n !== dragging; });
      var before = null;
      for (var k = 0; k < others.length; k++) {
        var box = others[k].getBoundingClientRect();
        if (event.clientY < box.top + box.height / 2) { before = others[k]; break; }
      }
      if (before !== dragging.nextElementSibling || (!before && list.lastElementChild !== dragging)) {
        list.insertBefore(dragging, before);
      }
    }
    function dragEnd(event) {
      if (!dragging) return;
      var item = dragging;
      dragging = null;
      item.classList.remove("dragging");
      document.removeEventListener("pointermove", dragMove);
      document.removeEventListener("pointerup", dragEnd);
      document.removeEventListener("pointercancel", dragEnd);
      placeByPosition();
      draw();
      var i = Number(item.dataset.index);
      say(live, fmt(data.msgPlaced, {text: texts[i], n: shown(rank(i))}));
    }

    function draw() {
      items.forEach(function (item, i) {
        var value = rank(i);
        var choose = item.querySelector(".order-pick");
        choose.className = "tile order-pick" + (value ? " paired pair-" + ((value - 1) % 6) : "");
        choose.setAttribute("aria-pressed", value ? "true" : "false");
        choose.querySelector(".tile-badge").textContent = shown(value);
        choose.querySelector(".tile-state").textContent =
          COMMA + (value ? fmt(data.msgStatePlace, {n: shown(value)}) : data.msgStateFree);
      });
      clearError(box, complete);
    }

    function complete() { return selects.every(function (s, k) { return rank(k) > 0; }); }

    items.forEach(function (item) { list.appendChild(item); });
    sortByPlace();
    takeOver(box);
    box.parentNode.insertBefore(list, box.nextSibling);
    list.parentNode.insertBefore(live, list.nextSibling);
    draw();
    return {
      first: items[0].querySelector(".order-pick"),
      complete: complete,
      message: data.msgIncomplete,
      live: live,
    };
  }

  // Wiring --------------------------------------------------------------------------------

  function enhance(root, afterSwap) {
    var boxes = root.querySelectorAll("[data-match-tiles]:not([data-enhanced]), [data-order-tiles]:not([data-enhanced])");
    Array.prototype.forEach.call(boxes, function (box) {
      var widget = box.hasAttribute("data-match-tiles") ? enhanceMatching(box) : enhanceOrdering(box);
      if (!widget) return;
      var form = box.closest("form");
      widget.first.setAttribute("data-focus-first", "");
      form.quizTiles = widget;
      var active = document.activeElement;
      if (afterSwap && active && (active === document.body || box.contains(active))) widget.first.focus();
    });
  }

  // An incomplete answer is not sent: the learner is told what is missing.
  document.addEventListener("submit", function (event) {
    var widget = event.target.quizTiles;
    if (!widget || widget.complete()) return;
    event.preventDefault();
    event.stopPropagation();
    var error = event.target.querySelector(".tiles-error");
    if (!error) {
      error = make("p", "message error tiles-error");
      error.setAttribute("role", "alert");
      event.target.insertBefore(error, event.target.querySelector(".actions"));
    }
    error.textContent = widget.message;
  }, true);

  enhance(document, false);
  document.body.addEventListener("htmx:afterSwap", function (event) { enhance(event.detail.target, true); });
})();

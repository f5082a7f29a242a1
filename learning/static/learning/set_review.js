/* The set review page: "Select all" for the bulk actions (whose answer swaps in the changed
   items out of band), and focus kept on the item an in-place action (htmx) has just replaced,
   so the keyboard does not lose its place. */
(function () {
  "use strict";
  var selectAll = document.getElementById("select-all");
  if (selectAll) {
    selectAll.hidden = false;
    selectAll.addEventListener("click", function () {
      var boxes = document.querySelectorAll('input[name="items"][form="bulk-form"]');
      var all = Array.prototype.every.call(boxes, function (box) { return box.checked; });
      Array.prototype.forEach.call(boxes, function (box) { box.checked = !all; });
    });
  }
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (!target || !target.classList) return;
    if (target.classList.contains("review-item")) {
      var swapped = target.id ? document.getElementById(target.id) : null;
      if (swapped) swapped.focus();
    }
  });
})();

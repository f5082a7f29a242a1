/* The set review page: "Select all" (the items shown, rejected ones only with "Include
   rejected items") for the bulk actions (whose answer swaps in the changed
   items out of band), and focus kept on the item an in-place action (htmx) has just replaced,
   so the keyboard does not lose its place. */
(function () {
  "use strict";
  var selectAll = document.getElementById("select-all");
  if (selectAll) {
    selectAll.hidden = false;
    selectAll.addEventListener("click", function () {
      // the items shown (the filtered view); rejected ones only when the teacher says so
      var rejected = document.getElementById("include-rejected");
      var boxes = Array.prototype.filter.call(
        document.querySelectorAll('#review-items input[name="items"][form="bulk-form"]'),
        function (box) { return !box.hasAttribute("data-rejected") || (rejected && rejected.checked); });
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

// The comparison of an event's texts: where the texts stand side by side (a wide screen), the
// paragraphs of one row (data-baris: paragraphs that share words) start at the same height, so the
// same words stand level. On a phone the texts follow one another and nothing moves; without this
// script the columns read as they are.
(function () {
  "use strict";
  var columns = document.querySelector(".compare-columns");
  if (!columns) return;
  /** @type {HTMLElement[]} */
  var blocks = Array.prototype.slice.call(columns.querySelectorAll("[data-baris]"));
  /** @type {Map<number, HTMLElement[]>} the blocks of each row that more than one text has */
  var rows = new Map();
  blocks.forEach(function (b) {
    var row = Number(b.getAttribute("data-baris"));
    var list = rows.get(row) || [];
    list.push(b);
    rows.set(row, list);
  });
  var order = Array.from(rows.keys()).filter(function (r) { return (rows.get(r) || []).length > 1; }).sort(function (a, b) { return a - b; });
  function sideBySide() {
    var cols = columns ? columns.querySelectorAll(".compare-column") : [];
    return cols.length > 1 && cols[0].getBoundingClientRect().top === cols[1].getBoundingClientRect().top;
  }
  function align() {
    blocks.forEach(function (b) { b.style.paddingTop = ""; });
    if (!sideBySide()) return;
    // row by row, top to bottom: a row moved moves every row below it
    order.forEach(function (row) {
      var list = rows.get(row) || [];
      var tops = list.map(function (b) { return b.getBoundingClientRect().top; });
      var lowest = Math.max.apply(null, tops);
      list.forEach(function (b, i) {
        var gap = lowest - tops[i];
        // padding, not margin: margins collapse with the ones around them, padding adds exactly the gap
        if (gap > 0.5) b.style.paddingTop = gap + "px";
      });
    });
  }
  var pending = 0;
  function later() {
    if (pending) cancelAnimationFrame(pending);
    pending = requestAnimationFrame(function () { pending = 0; align(); });
  }
  window.addEventListener("resize", later);
  window.addEventListener("load", later);
  align();
})();

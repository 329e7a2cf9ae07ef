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
  /**
   * The columns side by side, in bands: the columns of one grid row (the same top). A phone has one
   * column per band, and nothing to set level; a wide screen with more texts than fit wraps them.
   * @returns {Element[][]}
   */
  function bands() {
    /** @type {Map<number, Element[]>} */
    var byTop = new Map();
    Array.prototype.forEach.call(columns ? columns.querySelectorAll(".compare-column") : [], function (/** @type {Element} */ c) {
      var top = Math.round(c.getBoundingClientRect().top + window.scrollY);
      byTop.set(top, (byTop.get(top) || []).concat([c]));
    });
    return Array.from(byTop.keys()).sort(function (a, b) { return a - b; }).map(function (t) { return byTop.get(t) || []; }).filter(function (band) { return band.length > 1; });
  }
  function align() {
    blocks.forEach(function (b) { b.style.paddingTop = ""; });
    // band by band, row by row, top to bottom: a row moved moves every row below it
    bands().forEach(function (band) {
      order.forEach(function (row) {
        var list = (rows.get(row) || []).filter(function (b) { return band.indexOf(/** @type {Element} */ (b.closest(".compare-column"))) >= 0; });
        if (list.length < 2) return;
        var tops = list.map(function (b) { return b.getBoundingClientRect().top; });
        var lowest = Math.max.apply(null, tops);
        list.forEach(function (b, i) {
          var gap = lowest - tops[i];
          // padding, not margin: margins collapse with the ones around them, padding adds exactly the gap
          if (gap > 0.5) b.style.paddingTop = gap + "px";
        });
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

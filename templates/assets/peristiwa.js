// Event pages: a long article's text is folded under "Baca selengkapnya" (<details>, works without
// this script). A link to an article, or to anything inside a fold, opens the fold so the reader
// lands on the whole text; printing opens every fold.
(function () {
  "use strict";
  function openFor(id) {
    if (!id) return;
    var target = document.getElementById(decodeURIComponent(id));
    if (!target) return;
    var fold = /** @type {HTMLDetailsElement | null} */ (target.closest("details.fold") || (target.classList.contains("article") ? target.querySelector("details.fold") : null));
    if (fold) fold.open = true;
  }
  function fromHash() {
    openFor(window.location.hash.slice(1));
  }
  window.addEventListener("hashchange", fromHash);
  // a link to the anchor already in the address bar fires no hashchange
  document.addEventListener("click", function (e) {
    var link = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (link) openFor(link.getAttribute("href").slice(1));
  });
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details.fold"), function (d) { d.open = true; });
  });
  fromHash();
})();

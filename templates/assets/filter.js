// Tag filter for the timeline and the year archives. Without this script every chip is a link to its
// tag page. With it, chips become toggle buttons: the list shows only events carrying every selected
// tag, a live region announces the count, each chip counts the events that would remain with it
// (and is disabled when none would), and the selection lives in the URL (?topik=a,b).
(function () {
  "use strict";
  var bar = document.querySelector("[data-filter]");
  var list = document.querySelector("[data-filter-list]");
  if (!bar || !list) return;
  var status = bar.querySelector("[data-filter-status]");
  var empty = /** @type {HTMLElement | null} */ (document.querySelector("[data-filter-empty]"));
  var cards = Array.prototype.slice.call(list.querySelectorAll("[data-tags]"));
  var groups = Array.prototype.slice.call(list.querySelectorAll("[data-group]"));
  // the query that holds the selection, as the pages name it (src/lib/routes.ts TAG_FILTER_PARAM)
  var PARAM = bar.getAttribute("data-filter");
  if (!PARAM) return;
  var buttons = {};

  bar.classList.add("filter-js");
  var panel = bar.querySelector("details");
  var hint = bar.querySelector(".filter-hint");
  if (hint) hint.textContent = "Pilih satu atau beberapa tag: hanya peristiwa yang memuat semua tag terpilih yang ditampilkan.";

  Array.prototype.forEach.call(bar.querySelectorAll("a[data-tag]"), function (link) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.setAttribute("data-tag", link.getAttribute("data-tag"));
    button.setAttribute("aria-pressed", "false");
    while (link.firstChild) button.appendChild(link.firstChild);
    button.addEventListener("click", function () {
      button.setAttribute("aria-pressed", button.getAttribute("aria-pressed") === "true" ? "false" : "true");
      apply(selected(), true);
    });
    link.parentNode.replaceChild(button, link);
    buttons[button.getAttribute("data-tag")] = button;
  });

  var reset = document.createElement("button");
  reset.type = "button";
  reset.className = "filter-reset";
  reset.textContent = "Hapus pilihan";
  reset.hidden = true;
  reset.addEventListener("click", function () {
    Object.keys(buttons).forEach(function (id) { buttons[id].setAttribute("aria-pressed", "false"); });
    apply([], true);
  });
  status.parentNode.insertBefore(reset, status.nextSibling);

  function selected() {
    return Object.keys(buttons).filter(function (id) { return buttons[id].getAttribute("aria-pressed") === "true"; });
  }

  function fromUrl() {
    var value = new URLSearchParams(window.location.search).get(PARAM) || "";
    return value.split(",").filter(function (id) { return Object.prototype.hasOwnProperty.call(buttons, id); });
  }

  function apply(ids, updateUrl) {
    Object.keys(buttons).forEach(function (id) { buttons[id].setAttribute("aria-pressed", ids.indexOf(id) >= 0 ? "true" : "false"); });
    var shown = 0;
    cards.forEach(function (card) {
      var tags = (card.getAttribute("data-tags") || "").split(" ");
      var match = ids.every(function (id) { return tags.indexOf(id) >= 0; });
      card.hidden = !match;
      if (match) shown++;
    });
    // groups (months, years) without a visible event are hidden too, innermost first
    groups.slice().reverse().forEach(function (g) { g.hidden = !g.querySelector("[data-tags]:not([hidden])"); });
    // each chip shows how many of the listed events would remain with it added; a chip that would leave none is disabled
    Object.keys(buttons).forEach(function (id) {
      var button = buttons[id];
      var on = ids.indexOf(id) >= 0;
      var remain = 0;
      cards.forEach(function (card) {
        if (card.hidden) return;
        if (on || (" " + card.getAttribute("data-tags") + " ").indexOf(" " + id + " ") >= 0) remain++;
      });
      var n = button.querySelector(".n");
      if (n) n.textContent = "(" + remain + ")";
      button.disabled = !on && remain === 0;
    });
    var total = cards.length;
    status.textContent = ids.length === 0 ? total + " peristiwa" : shown + " dari " + total + " peristiwa memuat semua tag terpilih";
    if (empty) empty.hidden = shown > 0;
    reset.hidden = ids.length === 0;
    if (updateUrl) {
      var params = new URLSearchParams(window.location.search);
      if (ids.length) params.set(PARAM, ids.join(","));
      else params.delete(PARAM);
      var query = params.toString().replace(/%2C/gi, ",");
      history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }
  }

  window.addEventListener("popstate", function () { apply(fromUrl(), false); });
  window.addEventListener("pageshow", function () { apply(fromUrl(), false); });
  var initial = fromUrl();
  if (panel && initial.length) panel.open = true;
  apply(initial, false);
})();

// The search page: Pagefind in the browser, facets as checkboxes with counts, state in the URL
// (/cari/?q=rudal&topik=Nuklir&tahun=2023&urut=terbaru). All text is inserted as text; Pagefind's
// excerpts are rebuilt node by node, keeping only <mark>.
const form = /** @type {HTMLFormElement | null} */ (document.querySelector("[data-search-form]"));
/** @type {{ key: string, label: string, mode: "all" | "any" }[]} the facets, from the page (src/site/views.ts SEARCH_FACETS) */
const FACETS = JSON.parse(form?.dataset.facets ?? "[]");
// the site's root, from the form's own address (which carries the path prefix) less the search section's
// (src/lib/routes.ts, given by the page), and the search index below it
const SITE_ROOT = form ? new URL(form.getAttribute("action")?.slice(0, -(form.dataset.section ?? "/").length + 1) ?? "/", location.href).pathname : "/";
const INDEX_SCRIPT = new URL(`${(form?.dataset.index ?? "/").slice(1)}pagefind.js`, new URL(SITE_ROOT, location.href)).href;
const input = /** @type {HTMLInputElement | null} */ (document.getElementById("cari_q"));
const facetsBox = document.querySelector("[data-search-facets]");
const statusBox = document.querySelector("[data-search-status]");
const resultsBox = document.querySelector("[data-search-results]");
const noJs = /** @type {HTMLElement | null} */ (document.querySelector("[data-search-nojs]"));
const filtersBox = /** @type {HTMLDetailsElement | null} */ (document.querySelector("[data-search-filters]"));
const activeBox = document.querySelector("[data-search-active]");
/** Whether the stylesheet lays the facets out beside the results (its wide layout sets --facets-beside: 1). */
const facetsBeside = () => filtersBox !== null && getComputedStyle(filtersBox).getPropertyValue("--facets-beside").trim() === "1";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === undefined || v === null) continue;
    if (k === "class") node.className = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/** Pagefind excerpt HTML → text nodes and <mark> elements only. */
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  const out = [];
  for (const n of doc.body.firstChild ? doc.body.firstChild.childNodes : []) {
    if (n.nodeName === "MARK") out.push(el("mark", {}, n.textContent));
    else out.push(document.createTextNode(n.textContent || ""));
  }
  return out;
}

const squash = (text) => text.replace(/\s+/g, " ").trim();
const SENTENCE_END = /[.!?…:;"”’)\]]$/;

/**
 * An excerpt with an ellipsis wherever it cuts a sentence: before it when the text before it does not
 * end a sentence, after it when it stops before the end of the text and not at a sentence's end.
 */
function excerptWithEllipses(html, content) {
  const nodes = excerptNodes(html);
  const text = squash(nodes.map((n) => n.textContent).join(""));
  if (!text) return nodes;
  const whole = squash(content || "");
  const at = whole.indexOf(text);
  const before = at < 0 ? "x" : squash(whole.slice(0, at));
  const after = at < 0 ? "x" : whole.slice(at + text.length).trim();
  if (before !== "" && !SENTENCE_END.test(before)) nodes.unshift(document.createTextNode("… "));
  if (after !== "" && !SENTENCE_END.test(text)) nodes.push(document.createTextNode(" …"));
  return nodes;
}

/** A sub-result anchor on an article heading (#judul_<id>) lands on the article itself (#<id>). */
function articleAnchor(url) {
  return url.replace(/#judul_([a-z0-9-]+)$/, "#$1");
}

function readState() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const f of FACETS) filters[f.key] = params.getAll(f.key).filter(Boolean);
  return { q: (params.get("q") || "").trim(), urut: params.get("urut") === "terbaru" ? "terbaru" : "relevansi", filters };
}

function writeState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const f of FACETS) for (const v of state.filters[f.key]) params.append(f.key, v);
  if (state.urut === "terbaru") params.set("urut", "terbaru");
  const query = params.toString();
  history.replaceState(null, "", location.pathname + (query ? `?${query}` : ""));
}

function stateFromForm() {
  const filters = {};
  for (const f of FACETS) {
    filters[f.key] = Array.from(/** @type {NodeListOf<HTMLInputElement>} */ (facetsBox.querySelectorAll(`input[name="${f.key}"]:checked`)), (i) => i.value);
  }
  const urut = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name="urut"]:checked'));
  return { q: input.value.trim(), urut: urut && urut.value === "terbaru" ? "terbaru" : "relevansi", filters };
}

function renderFacets(state, counts) {
  const active = FACETS.reduce((n, f) => n + state.filters[f.key].length, 0);
  if (activeBox) activeBox.textContent = active ? `(${active} aktif)` : "";
  facetsBox.replaceChildren();
  FACETS.forEach((f, i) => {
    // values that match nothing are left out, unless the reader has ticked them
    const values = Object.entries(counts[f.key] || {}).filter(([v, n]) => n > 0 || state.filters[f.key].includes(v));
    for (const v of state.filters[f.key]) if (!(v in (counts[f.key] || {}))) values.push([v, 0]);
    if (values.length === 0) return;
    if (f.key === "tahun") values.sort((a, b) => b[0].localeCompare(a[0]));
    else values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "id"));
    const box = el("fieldset", { class: "facet" }, el("legend", {}, f.label));
    const list = el("ul", {});
    values.forEach(([value, count], j) => {
      const id = `facet_${i}_${j}`;
      const checkbox = el("input", { type: "checkbox", id, name: f.key, value, checked: state.filters[f.key].includes(value) });
      checkbox.addEventListener("change", () => run(stateFromForm(), true));
      list.append(el("li", {}, checkbox, " ", el("label", { for: id }, value, " ", el("span", { class: "n" }, `(${count})`))));
    });
    box.append(list);
    facetsBox.append(box);
  });
}

let pagefindPromise;
function loadPagefind() {
  if (!pagefindPromise) {
    pagefindPromise = import(INDEX_SCRIPT).then(async (pf) => {
      await pf.options({ baseUrl: SITE_ROOT, excerptLength: 24 });
      await pf.init();
      // load the filter index up front, so that every search answers with facet counts
      await pf.filters();
      return pf;
    });
  }
  return pagefindPromise;
}

let generation = 0;
async function run(state, updateUrl) {
  const mine = ++generation;
  if (updateUrl) writeState(state);
  let pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    statusBox.textContent = "Indeks pencarian belum tersedia. Jalankan npm run build untuk membuatnya.";
    return;
  }
  const filters = {};
  for (const f of FACETS) if (state.filters[f.key].length) filters[f.key] = f.mode === "any" ? { any: state.filters[f.key] } : state.filters[f.key];
  const hasFilters = Object.keys(filters).length > 0;
  if (!state.q && !hasFilters) {
    renderFacets(state, await pagefind.filters());
    resultsBox.replaceChildren();
    statusBox.textContent = "Ketik kata, nama atau kutipan, atau pilih saringan.";
    return;
  }
  const options = { filters };
  if (state.urut === "terbaru" || !state.q) options.sort = { tanggal: "desc" };
  const search = await pagefind.search(state.q || null, options);
  if (mine !== generation) return;
  renderFacets(state, search.filters || {});
  const data = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
  if (mine !== generation) return;
  const n = search.results.length;
  const what = state.q ? `untuk “${state.q}”` : "dengan saringan ini";
  statusBox.textContent = n === 0 ? `Tidak ada hasil ${what}.` : `${n} peristiwa ${what}${n > 50 ? " (50 pertama ditampilkan)" : ""}.`;
  resultsBox.replaceChildren(...data.map(resultItem));
}

/**
 * One hit: its title, date and outlets, one excerpt (from the article that matches best, named, or
 * from the page), and links to the other articles of the event that match.
 */
function resultItem(d) {
  const subs = (d.sub_results || []).filter((s) => s.url !== d.url && /#/.test(s.url));
  const best = subs[0];
  const excerpt = el("p", { class: "excerpt" }, ...excerptWithEllipses(best ? best.excerpt : d.excerpt, d.content));
  return el(
    "li",
    { class: "search-result" },
    el("h2", { class: "result-title" }, el("a", { href: d.url }, d.meta.title || d.url)),
    el("p", { class: "meta" }, [d.meta.tanggal, d.meta.sumber].filter(Boolean).join(" · ")),
    excerpt,
    subs.length
      ? el(
          "ul",
          { class: "sub-results", "aria-label": "Artikel yang memuatnya" },
          ...subs.slice(0, 6).map((s) => el("li", {}, el("a", { href: articleAnchor(s.url) }, s.title))),
        )
      : null,
  );
}

function applyStateToForm(state) {
  input.value = state.q;
  const urut = /** @type {HTMLInputElement | null} */ (form.querySelector(`input[name="urut"][value="${state.urut}"]`));
  if (urut) urut.checked = true;
}

if (form && input && facetsBox && statusBox && resultsBox) {
  if (noJs) noJs.hidden = true;
  if (filtersBox) {
    filtersBox.hidden = false;
    // open beside the results on a wide screen; on a phone folded behind "Saring", so the results come first
    let beside = facetsBeside();
    filtersBox.open = beside;
    window.addEventListener("resize", () => {
      const now = facetsBeside();
      if (now && !beside) filtersBox.open = true;
      beside = now;
    });
  }
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run(stateFromForm(), true);
  });
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(stateFromForm(), true), 200);
  });
  for (const r of form.querySelectorAll('input[name="urut"]')) r.addEventListener("change", () => run(stateFromForm(), true));
  const initial = readState();
  applyStateToForm(initial);
  run(initial, false);
  window.addEventListener("popstate", () => {
    const s = readState();
    applyStateToForm(s);
    run(s, false);
  });
}

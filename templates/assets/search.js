// The search page: Pagefind in the browser, facets as checkboxes with counts, state in the URL
// (/cari/?q=rudal&topik=Nuklir&tahun=2023&urut=terbaru). All text is inserted as text; Pagefind's
// excerpts are rebuilt node by node, keeping only <mark>.
const form = /** @type {HTMLFormElement | null} */ (document.querySelector("[data-search-form]"));
/** @type {{ key: string, label: string, mode: "all" | "any" }[]} the facets, from the page (src/site/views.ts SEARCH_FACETS) */
const FACETS = JSON.parse(form?.dataset.facets ?? "[]");
// the site's root, from the form's own address (which carries the path prefix) less the search section's
// (src/lib/routes.ts, given by the page), and the search index below it
const SITE_ROOT = form ? new URL(form.getAttribute("action")?.slice(0, -(form.dataset.section ?? "/").length + 1) ?? "/", location.href).pathname : "/";
/** @type {{ key: string, names: string[] }[]} names of several words, each with its group's key in the event pages' `nama` filter (src/site/spellings.ts) */
const PHRASES = JSON.parse(form?.dataset.phrases ?? "[]");
/** @type {string[][]} the names that mean one thing, each group a tag's label and aliases or a group of sinonim.yaml (src/site/spellings.ts) */
const NAMES = JSON.parse(form?.dataset.names ?? "[]");
/** @type {string[]} the parts of the search index, newest first: one Pagefind index per year, each in its folder (src/site/search-parts.ts) */
const PARTS = JSON.parse(form?.dataset.parts ?? "[]");
/** the filter that names each result's part (added here, never indexed) */
const PART_FILTER = form?.dataset.partFilter ?? "bagian";
/** A part's folder, as a path from the host's root (with the site's path prefix). */
const partPath = (part) => new URL(`${(form?.dataset.index ?? "/").slice(1)}${part}/`, new URL(SITE_ROOT, location.href)).pathname;
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

/**
 * The parts of a hit that are text (an article, the background), not the page's own list of
 * spellings at its top; each excerpt without the heading it starts with (an untitled article's
 * outlet, "Latar belakang"): the heading is the link, the excerpt is the text.
 */
function textParts(d) {
  return (d.sub_results || [])
    .filter((s) => s.url !== d.url && /#/.test(s.url))
    .map((s) => ({ ...s, excerpt: withoutHeading(s.excerpt, s.title) }));
}

function withoutHeading(excerpt, title) {
  const plain = excerpt.replace(/<\/?mark>/g, "");
  const head = `${title}.`;
  if (!title || !plain.startsWith(head)) return excerpt;
  // cut the heading's characters, counting only text (the marks stay in what remains)
  let skip = head.length;
  let i = 0;
  while (skip > 0 && i < excerpt.length) {
    const tag = /^<\/?mark>/.exec(excerpt.slice(i));
    if (tag) i += tag[0].length;
    else {
      i++;
      skip--;
    }
  }
  return excerpt.slice(i).replace(/^(?:<\/mark>)?\s*/, "");
}

const fold = (s) => s.toLocaleLowerCase("id").normalize("NFKC");
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The query with its quoted stretches ("…", “…”) blanked out, at the same length: a name inside quotes is the user's own phrase. */
const unquoted = (q) => q.replace(/"[^"]*"|“[^”]*”/g, (m) => " ".repeat(m.length));
/**
 * Where the names of `groups` stand in a query, longest first and never overlapping, each with its
 * group: matched without case on the query as typed, so that positions are the query's own.
 */
function findNames(q, groups) {
  const bare = unquoted(q);
  const found = [];
  const all = groups.flatMap((g) => g.names.map((name) => ({ name, group: g }))).sort((a, b) => b.name.length - a.name.length);
  for (const n of all) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(n.name.trim())}(?![\\p{L}\\p{N}])`, "iu").exec(bare);
    if (!m || found.some((f) => m.index < f.at + f.length && f.at < m.index + m[0].length)) continue;
    found.push({ at: m.index, length: m[0].length, ...n });
  }
  return found;
}

/** The known names in a query, each with where it is and the other names of its group. */
function namesIn(q) {
  return findNames(
    q,
    NAMES.map((names) => ({ names })),
  ).map((n) => ({ ...n, group: n.group.names }));
}

/** The query without its names of several words, and the keys of those names' groups. */
function withoutPhrases(q) {
  const found = findNames(
    q,
    PHRASES.map((g) => ({ key: g.key, names: g.names.filter((n) => /\s/.test(n.trim())) })),
  );
  let rest = q;
  for (const f of [...found].sort((a, b) => b.at - a.at)) rest = `${rest.slice(0, f.at)} ${rest.slice(f.at + f.length)}`;
  return { rest: rest.replace(/\s+/g, " ").trim(), keys: [...new Set(found.map((f) => f.group.key))] };
}

const alternatives = new Map();

/** A search's results, asked once per query. */
function searchOnce(pagefind, query) {
  if (!alternatives.has(query)) alternatives.set(query, pagefind.search(query));
  return alternatives.get(query);
}

/**
 * A hit as it is shown: with the parts of its texts that match. A hit found through the `nama` filter
 * alone (the query was only a name of several words) has none of its own: they come from the query
 * as typed, on the same page.
 */
async function withTexts(pagefind, d, id, q, keys) {
  if (textParts(d).length > 0 || !q) return d;
  const data = await hitOf((await searchOnce(pagefind, q)).results, id, d.url);
  if (!data) return d;
  // the query as typed is searched word by word: keep the parts that print the name itself
  const phrases = PHRASES.filter((g) => keys.includes(g.key));
  const printsName = (s) => findNames(s.excerpt.replace(/<\/?mark>/g, ""), phrases).length > 0;
  const parts = (data.sub_results || []).filter((s) => !textParts({ url: data.url, sub_results: [s] }).length || printsName(s));
  return textParts({ ...data, sub_results: parts }).length > 0 ? { ...data, sub_results: parts } : d;
}

/**
 * The data of the result for page `id` at `url` among `results`: Pagefind's ids are unique within
 * a part of the index only, so the address decides.
 */
async function hitOf(results, id, url) {
  for (const r of results.filter((x) => x.id === id)) {
    const data = await r.data();
    if (data.url === url) return data;
  }
  return undefined;
}

/**
 * The first `limit` results of a search sorted newest first. Pagefind orders a merged search by
 * score, and scores a sorted search within each part alone: so the parts are searched one by one,
 * newest first, each alone (its filter), as far as `limit` results go. `counts` says how many
 * results each part has (the merged search's counts of the part filter).
 */
async function newestFirst(pagefind, query, options, counts, limit) {
  const out = [];
  for (const part of PARTS) {
    if (out.length >= limit) break;
    // a part known to have none is not asked
    if (counts[part] === 0) continue;
    const alone = await pagefind.search(query, { ...options, filters: { ...options.filters, [PART_FILTER]: [part] } });
    out.push(...alone.results);
  }
  return out.slice(0, limit);
}

/** The hit's best text excerpt: its own, else the one another spelling of a name in the query has on the same page. */
async function textExcerpt(pagefind, d, id, q) {
  const own = textParts(d)[0];
  if (own || !q) return own;
  for (const n of namesIn(q)) {
    for (const other of n.group) {
      if (fold(other) === fold(n.name)) continue;
      const query = `${q.slice(0, n.at)}${other}${q.slice(n.at + n.length)}`;
      const hit = await hitOf((await searchOnce(pagefind, query)).results, id, d.url);
      const part = hit && textParts(hit)[0];
      if (part) return part;
    }
  }
  return undefined;
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
    const [newest, ...older] = PARTS;
    if (newest === undefined) return Promise.reject(new Error("no search index"));
    // the newest part is loaded, the others merged into it; each marks its pages with its name
    const options = (part) => ({ baseUrl: SITE_ROOT, excerptLength: 24, mergeFilter: { [PART_FILTER]: part } });
    pagefindPromise = import(`${partPath(newest)}pagefind.js`).then(async (pf) => {
      await pf.options(options(newest));
      await pf.init();
      await Promise.all(older.map((part) => pf.mergeIndex(partPath(part), options(part))));
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
    statusBox.textContent =
      PARTS.length === 0 ? "Arsip ini belum memuat peristiwa untuk dicari." : "Indeks pencarian belum tersedia. Jalankan npm run build untuk membuatnya.";
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
  // a name of several words ("Kim Song Nam") is found as those words together, in any of its
  // spellings: it becomes the page filter of the texts that print it, and leaves the query
  const { rest, keys } = withoutPhrases(state.q);
  if (keys.length) filters.nama = keys;
  const options = { filters };
  if (state.urut === "terbaru" || !rest) options.sort = { tanggal: "desc" };
  const search = await pagefind.search(rest || null, options);
  if (mine !== generation) return;
  renderFacets(state, search.filters || {});
  const shown = options.sort ? await newestFirst(pagefind, rest || null, options, (search.filters || {})[PART_FILTER] || {}, 50) : search.results.slice(0, 50);
  if (mine !== generation) return;
  const data = await Promise.all(shown.map(async (r) => withTexts(pagefind, await r.data(), r.id, state.q, keys)));
  // each hit's excerpt from the texts alone: an article's or the background's, never the page's own
  // list of spellings; a page found only through another spelling of a name gets the excerpt that
  // spelling has in its text
  const excerpts = await Promise.all(data.map((d, i) => textExcerpt(pagefind, d, shown[i]?.id, state.q)));
  if (mine !== generation) return;
  const n = search.results.length;
  const what = state.q ? `untuk “${state.q}”` : "dengan saringan ini";
  statusBox.textContent = n === 0 ? `Tidak ada hasil ${what}.` : `${n} peristiwa ${what}${n > 50 ? " (50 pertama ditampilkan)" : ""}.`;
  resultsBox.replaceChildren(...data.map((d, i) => resultItem(d, excerpts[i])));
}

/**
 * One hit: its title, date and outlets, one excerpt from its texts (`found`: textExcerpt; none when
 * no text of it matches), and links to the articles of the event that match.
 */
function resultItem(d, found) {
  const subs = textParts(d);
  const excerpt = found ? el("p", { class: "excerpt" }, ...excerptWithEllipses(found.excerpt, d.content)) : null;
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
